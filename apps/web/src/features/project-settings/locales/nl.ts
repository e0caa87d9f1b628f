export const nl = {
  title: 'Instellingen van {{project}}',
  titleShort: 'Projectinstellingen',
  back: 'Terug naar {{project}}',
  stale: {
    title: 'Stilgevallen hypothesen',
    label: 'Stilgevallen na (dagen)',
    description:
      'Een open hypothese die zo veel dagen niet is voorgesteld, bewerkt of verplaatst, staat als stilgevallen op de projectpagina. Een heel getal van {{min}} tot en met {{max}}.',
    range: 'Vul een heel aantal dagen in, van {{min}} tot en met {{max}}.',
    submit: 'Opslaan',
    saved_one: 'Opgeslagen: stilgevallen na {{count}} dag.',
    saved_other: 'Opgeslagen: stilgevallen na {{count}} dagen.',
  },
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
