import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  phase: {
    idea: 'Idea',
    exploration: 'Exploration',
    pilot: 'Pilot',
    scaling: 'Scaling up',
    closed: 'Closed',
  },
  visibility: {
    private: 'Private',
    partners: 'Partners',
    public: 'Public',
  },
  relation: {
    lead: 'Project lead',
    moderator: 'Moderator',
    contributor: 'Contributor',
    observer: 'Observer',
    visitor: 'Visitor',
    outsider: 'No access',
  },
  fields: {
    title: 'Title',
    goal: 'Goal',
    goalDescription: 'What do you want to know or achieve, and why?',
    societalObjective: 'Societal objective',
    societalObjectiveDescription: 'Which change in society should this project make possible?',
    phase: 'Phase',
    visibility: 'Visibility',
    visibilityDescription:
      'Private: members only. Partners: also staff of your organisation and the partner organisations. Public: everyone who signs in, and the public register.',
    partners: 'Partner organisations',
    partnersDescription: 'Staff of partner organisations can become members of the project.',
  },
  list: {
    title: 'Projects',
    intro:
      'Data projects in which your organisation researches a societal question together with chain partners.',
    heading: 'Projects you can see',
    empty: 'There are no projects you can see yet.',
    yourRole: 'Your role',
    organisations: 'Organisations',
  },
  create: {
    title: 'New project',
    intro: 'A new project belongs to {{organisation}}; you become its project lead.',
    open: 'Start a new project',
    submit: 'Create project',
    cancel: 'Cancel',
  },
  overview: {
    title: 'Project',
    about: 'About this project',
    owner: 'Owner',
    yourRole: 'Your role',
    noObjective: 'Not described yet.',
    noPartners: 'No partner organisations.',
    created: 'Started on',
    updated: 'last changed on',
    settings: 'Settings and members',
    unavailableTitle: 'Project not available',
    unavailable:
      'This project does not exist, or you do not have access to it. Ask the project lead to add you.',
  },
  members: {
    title: 'Members',
    caption: 'Members of this project and their role',
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
  },
  activity: {
    title: 'Recent activity',
    empty: 'No activity yet.',
    system: 'Ketenlab',
    someone: 'someone',
    refused: '(refused)',
    actions: {
      created: '{{actor}} created the project.',
      updated: '{{actor}} changed the project details.',
      memberAdded: '{{actor}} added {{person}} as a member.',
      memberRoleChanged: '{{actor}} changed the role of {{person}}.',
      memberRemoved: '{{actor}} removed {{person}} from the project.',
      other: '{{actor}}: {{action}}',
    },
  },
};
