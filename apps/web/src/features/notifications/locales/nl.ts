/** Texts of the notification bell and the notifications page. */
export const nl = {
  title: 'Meldingen',
  intro: 'Wat anderen deden aan uw hypothesen en wat zij aan u vragen.',
  bell: {
    label_zero: 'Meldingen, geen ongelezen',
    label_one: 'Meldingen, {{count}} ongelezen',
    label_other: 'Meldingen, {{count}} ongelezen',
    arrived: 'Nieuwe melding: {{text}}',
  },
  filter: {
    label: 'Toon',
    all: 'Alle meldingen',
    unread: 'Alleen ongelezen',
  },
  empty: 'U heeft geen meldingen.',
  emptyUnread: 'U heeft geen ongelezen meldingen.',
  unread: 'Ongelezen',
  markRead: 'Markeer als gelezen',
  markReadNamed: 'Markeer als gelezen: {{text}}',
  markAllRead: 'Alles als gelezen markeren',
  allRead: 'Alle meldingen zijn als gelezen gemarkeerd.',
  more: 'Oudere meldingen laden',
  open: 'Bekijken',
  openNamed: 'Bekijk {{title}}',
  inProject: 'in {{project}}',
  someone: 'Iemand',
  status: {
    proposed: 'Voorgesteld',
    under_investigation: 'In onderzoek',
    supported: 'Ondersteund',
    refuted: 'Weerlegd',
    inconclusive: 'Onbeslist',
    withdrawn: 'Ingetrokken',
  },
  kinds: {
    hypothesis_status_changed:
      '{{actor}} heeft uw hypothese “{{title}}” verplaatst van {{from}} naar {{to}}.',
    sign_off_requested: '{{actor}} vraagt u “{{title}}” te ondertekenen.',
  },
} as const;
