import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  title: 'Notifications',
  intro: 'What others did to your hypotheses and what they ask of you.',
  bell: {
    label_zero: 'Notifications, none unread',
    label_one: 'Notifications, {{count}} unread',
    label_other: 'Notifications, {{count}} unread',
    arrived: 'New notification: {{text}}',
  },
  filter: {
    label: 'Show',
    all: 'All notifications',
    unread: 'Unread only',
  },
  empty: 'You have no notifications.',
  emptyUnread: 'You have no unread notifications.',
  unread: 'Unread',
  markRead: 'Mark as read',
  markReadNamed: 'Mark as read: {{text}}',
  markAllRead: 'Mark all as read',
  allRead: 'All notifications are marked as read.',
  more: 'Load older notifications',
  open: 'View',
  openNamed: 'View {{title}}',
  inProject: 'in {{project}}',
  someone: 'Someone',
  status: {
    proposed: 'Proposed',
    under_investigation: 'Under investigation',
    supported: 'Supported',
    refuted: 'Refuted',
    inconclusive: 'Inconclusive',
    withdrawn: 'Withdrawn',
  },
  kinds: {
    hypothesis_status_changed:
      '{{actor}} moved your hypothesis “{{title}}” from {{from}} to {{to}}.',
    sign_off_requested: '{{actor}} asks you to sign off “{{title}}”.',
  },
};
