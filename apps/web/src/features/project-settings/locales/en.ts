import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  title: 'Settings of {{project}}',
  titleShort: 'Project settings',
  back: 'Back to {{project}}',
  stale: {
    title: 'Stale hypotheses',
    label: 'Stale after (days)',
    description:
      'An open hypothesis that nobody has proposed, edited or moved for this many days shows as stale on the project page. A whole number from {{min}} to {{max}}.',
    range: 'Enter a whole number of days, from {{min}} to {{max}}.',
    submit: 'Save',
    saved_one: 'Saved: stale after {{count}} day.',
    saved_other: 'Saved: stale after {{count}} days.',
  },
  details: {
    title: 'Project details',
    submit: 'Save changes',
    saved: 'The project details have been saved.',
  },
  members: {
    title: 'Members and roles',
    intro:
      'Project leads manage the project and its members. Moderators lead decision making, contributors work on the content and observers read along.',
    caption: 'Members of this project, with their role',
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
    actions: 'Actions',
    roleOf: 'Role of {{name}}',
    changeRole: 'Change role',
    ofName: 'of {{name}}',
    remove: 'Remove',
    roleChanged: '{{name}} is now {{role}}.',
    removed: '{{name}} has been removed from the project.',
  },
  add: {
    title: 'Add a member',
    search: 'Find a person',
    searchDescription:
      'Search by name or e-mail address. Only people from {{organisations}} can become members.',
    found_one: '{{count, number}} person found who is not a member yet.',
    found_other: '{{count, number}} people found who are not members yet.',
    person: 'Person',
    choosePerson: 'Choose a person',
    role: 'Role in the project',
    submit: 'Add member',
    added: '{{name}} has been added as {{role}}.',
  },
};
