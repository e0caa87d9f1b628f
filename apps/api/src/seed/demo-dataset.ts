/**
 * The demo dataset: made-up figures for the made-up municipality of Voorbeeldstad, written the
 * way Dutch sources write them (semicolons, decimal commas, day-first dates). No real data:
 * /work/shared/data holds nothing tabular with a licence for this, so nothing is copied.
 */
export const DEMO_DATASET = {
  title: 'Huishoudens met problematische schulden per wijk',
  description:
    'Verzonnen demonstratiecijfers: per wijk van Voorbeeldstad het aantal huishoudens en het ' +
    'aantal en aandeel huishoudens met problematische schulden.',
  contactName: 'Team Onderzoek en Statistiek',
  contactEmail: 'onderzoek@voorbeeldstad.nl',
  theme: 'SOCI',
  licence: 'cc_by_4_0',
  accessClass: 'internal',
  updateFrequency: 'quarterly',
  temporalStart: '2024-01-01',
  temporalEnd: '2024-12-31',
  spatialCoverage: 'Gemeente Voorbeeldstad, per wijk',
  source: 'Schuldhulpregistratie Gemeente Voorbeeldstad (demonstratie)',
  keywords: ['schulden', 'armoede', 'wijken'],
} as const;

/** Organisations besides the owner (the lead's municipality) that may read the rows. */
export const DEMO_DATASET_ROW_READERS = ['ggd', 'cbs'];

export const DEMO_DATASET_FILE = {
  name: 'schulden-per-wijk-2024.csv',
  content: [
    'wijkcode;wijknaam;huishoudens;huishoudens_met_schulden;aandeel_schulden;peildatum',
    'WK099901;Centrum;4.210;231;5,5;31-12-2024',
    'WK099902;Oost;6.875;612;8,9;31-12-2024',
    'WK099903;Noord;5.430;347;6,4;31-12-2024',
    'WK099904;Zuid;7.120;285;4,0;31-12-2024',
    'WK099905;West;3.980;402;10,1;31-12-2024',
    'WK099906;Haven;1.245;98;7,9;31-12-2024',
    'WK099907;Buitengebied;2.310;46;2,0;31-12-2024',
    'WK099908;Nieuwbouw;3.455;;;31-12-2024',
    '',
  ].join('\n'),
};
