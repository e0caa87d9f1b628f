import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  title: 'Accounts',
  intro:
    'Invite people, give them a new invitation link when the old one has expired, and switch accounts on or off.',
  fields: {
    name: 'Name',
    email: 'E-mail address',
    organisation: 'Organisation',
    isAdmin: 'Ketenlab administrator',
  },
  invite: {
    title: 'Invite someone',
    chooseOrganisation: 'Choose an organisation',
    isAdminDescription: 'Administrators manage organisations and accounts.',
    submit: 'Invite',
  },
  invitation: {
    title: 'Invitation link for {{name}}',
    handOver: 'Give this link to {{name}}. It works once, until {{until}}.',
    mailed: 'The link has been sent to {{name}} by e-mail. It works once, until {{until}}.',
    link: 'Invitation link',
  },
  status: {
    active: 'Active',
    invited: 'Invited',
    deactivated: 'Deactivated',
  },
  list: {
    title: 'All accounts',
    caption: 'All accounts',
    status: 'Status',
    admin: 'Administrator',
    actions: 'Actions',
    yes: 'Yes',
    no: 'No',
  },
  actions: {
    reissue: 'New link',
    makeAdmin: 'Make administrator',
    revokeAdmin: 'Revoke administrator rights',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    reissued: 'There is a new invitation link for {{name}}; older links no longer work.',
    adminGranted: '{{name}} is now an administrator.',
    adminRevoked: '{{name}} is no longer an administrator.',
    deactivated: '{{name}} has been deactivated and can no longer sign in.',
    reactivated: '{{name}} is active again.',
  },
};
