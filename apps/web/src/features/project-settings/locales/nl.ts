export const nl = {
  title: 'Instellingen van {{project}}',
  titleShort: 'Projectinstellingen',
  back: 'Terug naar {{project}}',
  details: {
    title: 'Projectgegevens',
    submit: 'Wijzigingen opslaan',
    saved: 'De projectgegevens zijn opgeslagen.',
  },
  members: {
    title: 'Leden en rollen',
    intro:
      'Projectleiders beheren het project en de leden. Moderatoren leiden besluitvorming, bijdragers werken mee aan de inhoud en meelezers lezen mee.',
    caption: 'Leden van dit project, met hun rol',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    actions: 'Acties',
    roleOf: 'Rol van {{name}}',
    changeRole: 'Rol wijzigen',
    ofName: 'van {{name}}',
    remove: 'Verwijderen',
    roleChanged: '{{name}} is nu {{role}}.',
    removed: '{{name}} is uit het project verwijderd.',
  },
  add: {
    title: 'Lid toevoegen',
    search: 'Zoek een persoon',
    searchDescription:
      'Zoek op naam of e-mailadres. Alleen mensen van {{organisations}} kunnen lid worden.',
    found_one: '{{count, number}} persoon gevonden die nog geen lid is.',
    found_other: '{{count, number}} personen gevonden die nog geen lid zijn.',
    person: 'Persoon',
    choosePerson: 'Kies een persoon',
    role: 'Rol in het project',
    submit: 'Lid toevoegen',
    added: '{{name}} is toegevoegd als {{role}}.',
  },
} as const;
