import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  status: {
    draft: 'Draft',
    in_review: 'In review',
    agreed: 'Agreed',
  },
  section: {
    title: 'Research questions',
    intro:
      'The questions this project wants to answer. Partners write them together, at the same time.',
    caption: 'Research questions of this project, with their status',
    question: 'Question',
    status: 'Status',
    updated: 'Last changed',
    empty: 'There are no research questions yet.',
  },
  create: {
    title: 'New research question',
    field: 'Title of the question',
    description:
      'A short title; you write out the question and its sub-questions together afterwards.',
    submit: 'Add question',
  },
  page: {
    title: 'Research question',
    back: 'Back to {{project}}',
    unavailableTitle: 'Question not available',
    unavailable:
      'This research question does not exist (any more), or you do not have access to it. It may have been deleted.',
    status: 'Status',
  },
  details: {
    title: 'Title and status',
    rename: 'Title',
    renameSubmit: 'Change title',
    renamed: 'The title has been changed.',
    status: 'Status',
    statusDescription: 'Draft, in review with the partners, or agreed by the partners.',
    statusSubmit: 'Change status',
    statusChanged: 'The status is now: {{status}}.',
  },
  remove: {
    title: 'Delete question',
    intro: 'Deleting removes the question, its text and all versions, for everyone.',
    open: 'Delete question',
    confirmTitle: 'Delete research question?',
    confirmBody:
      '“{{title}}” will be deleted with its text and all versions. This cannot be undone.',
    confirm: 'Yes, delete',
    cancel: 'Cancel',
  },
  editor: {
    title: 'Text',
    label: 'Text of the research question',
    hint: 'What you type, the others see at once. You can keep writing without a connection: your changes are kept on this device and sent as soon as you are connected again.',
    loading: 'Loading the text…',
    readOnly: 'You are reading along: as an observer you cannot change this text.',
    failedToLoad: 'The editor could not be loaded. Reload the page.',
    reload: 'Reload page',
    refused: {
      unauthenticated: 'You are not signed in (any more). Sign in again to keep writing.',
      forbidden: 'You do not have access to this text (any more).',
      unknown: 'This text no longer exists. The question may have been deleted.',
    },
  },
  format: {
    label: 'Formatting',
    heading: 'Heading',
    bold: 'Bold',
    italic: 'Italic',
    bulletList: 'Bullet list',
    orderedList: 'Numbered list',
  },
  connection: {
    label: 'Connection',
    connected: 'Connected',
    syncing: 'Synchronising',
    offline: 'Offline',
    offlineHint: 'Your changes are kept and sent as soon as the connection is back.',
  },
  presence: {
    title: 'Who is here',
    you: '(you)',
    count_one: '{{count}} person is working on this text.',
    count_other: '{{count}} people are working on this text.',
  },
  versions: {
    title: 'Versions',
    intro:
      'Keep the current text under a name, for example before a meeting. Restoring makes a new change; the history is kept.',
    introReadOnly: 'Earlier saved states of the text, to read back.',
    name: 'Name of the version',
    save: 'Save version',
    saved: 'Version “{{name}}” has been saved.',
    caption: 'Saved versions, newest first',
    columnName: 'Name',
    columnWhen: 'Saved on',
    columnActions: 'Actions',
    empty: 'No versions have been saved yet.',
    view: 'View',
    hide: 'Hide',
    restore: 'Restore',
    versionName: 'version {{name}}',
    viewing: 'Version “{{name}}”',
    viewingNote: 'Read only. Saved on',
    emptyBody: 'This version has no text.',
    confirmTitle: 'Restore version?',
    confirmBody:
      'The text will be replaced for everyone by version “{{name}}”. The current text stays in the history; save it as a version first if you want to find it again.',
    confirm: 'Yes, restore',
    cancel: 'Cancel',
    restored: 'Version “{{name}}” has been restored.',
  },
};
