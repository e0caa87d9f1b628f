import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  section: {
    title: 'Quality reports',
    intro:
      'Do you doubt this dataset? Tell its owner. While a report is open, everyone who uses the dataset sees that there is doubt.',
    empty: 'There are no quality reports about this dataset.',
  },
  badge: {
    count_one: '{{count}} open quality report',
    count_other: '{{count}} open quality reports',
  },
  dimensions: {
    completeness: 'Completeness',
    timeliness: 'Timeliness',
    accuracy: 'Accuracy',
    consistency: 'Consistency',
  },
  states: {
    open: 'Open',
    answered: 'Answered',
    confirmed: 'Confirmed',
    rejected: 'Rejected',
  },
  form: {
    title: 'Report doubt',
    dimension: 'What do you doubt?',
    dimensionDescription:
      'Completeness: something is missing. Timeliness: the data is out of date. Accuracy: values are wrong. Consistency: data contradicts itself.',
    choose: 'Choose…',
    column: 'Column',
    columnDescription:
      'Is it about one column? Choose it; otherwise it is about the whole dataset.',
    wholeDataset: 'The whole dataset',
    description: 'What is wrong?',
    descriptionDescription: 'Describe what you saw and where, so the owner can check it.',
    submit: 'Send report',
    sent: 'Your report has been sent to the owner of the dataset.',
    columnGone: 'This column does not exist (any more) in the current version of the dataset.',
    dimensionMissing: 'Choose what your doubt is about.',
    descriptionMissing: 'Describe what is wrong.',
    descriptionShort: 'Describe what is wrong in at least {{min}} characters.',
  },
  report: {
    about: '{{dimension}}',
    aboutColumn: '{{dimension}}, column “{{column}}”',
    reportedBy: 'Reported by {{name}} ({{organisation}})',
    thread: 'Conversation',
    ownerSide: 'for the owner',
    confirmedWithVersion: 'Confirmed and fixed in version {{number}}.',
    confirmedNote: 'Note with the confirmation:',
    rejectedReason: 'Reason for rejection:',
    resolvedBy: 'Handled by {{name}}',
  },
  actions: {
    reply: 'Reply',
    answer: 'Answer',
    message: 'Message',
    send: 'Send',
    confirm: 'Confirm',
    confirmTitle: 'Confirm report',
    confirmVersion: 'Fixed in version',
    confirmNoVersion: 'No fixed version yet',
    confirmNote: 'Note',
    confirmNoteDescription:
      'Choose the version that fixes it, write a note, or both. Everything relying on this dataset is then told that the data changed.',
    reject: 'Reject',
    rejectTitle: 'Reject report',
    rejectReason: 'Reason',
    cancel: 'Cancel',
    replied: 'Your message has been added.',
    confirmed: 'The report has been confirmed.',
    rejected: 'The report has been rejected.',
    needsNoteOrVersion: 'Choose a version or write a note.',
    messageMissing: 'Write a message.',
    reasonMissing: 'Give the reason for rejecting it.',
  },
  flags: {
    title: 'Data changed',
    intro:
      'Data this hypothesis relies on has changed since it was cited. Check whether the conclusion still holds and confirm you have seen it.',
    newVersion: 'Dataset “{{dataset}}” has a new version.',
    reportConfirmed: 'A quality report about dataset “{{dataset}}” was confirmed.',
    raised: 'Since {{date}}',
    acknowledge: 'Seen',
    acknowledgeLabel: 'Seen: {{what}}',
    acknowledged: 'Marked as seen.',
  },
};
