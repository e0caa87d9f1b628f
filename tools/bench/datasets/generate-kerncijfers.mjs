// Writes a synthetic "Kerncijfers wijken en buurten" CSV as CBS publishes it: 30 columns,
// `;`-delimited, decimal commas, thousands dots in incomes, `.` for secret or unknown values,
// one row per (synthetic) neighbourhood. Deterministic for a given size.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const COLUMNS = [
  'gm_code',
  'gm_naam',
  'wk_code',
  'wk_naam',
  'bu_code',
  'bu_naam',
  'soort_regio',
  'postcode',
  'aantal_inwoners',
  'mannen',
  'vrouwen',
  'perc_0_tot_15',
  'perc_15_tot_25',
  'perc_25_tot_45',
  'perc_45_tot_65',
  'perc_65_plus',
  'huishoudens',
  'gem_huishoudgrootte',
  'bevolkingsdichtheid',
  'woningvoorraad',
  'gem_woz_waarde',
  'perc_koopwoningen',
  'gem_inkomen_per_inwoner',
  'gem_inkomen_huishouden',
  'perc_laag_inkomen',
  'bijstandsuitkeringen',
  'bedrijfsvestigingen',
  'afstand_huisarts_km',
  'stedelijkheid',
  'peildatum',
];
const GEMEENTEN = [
  ['0363', 'Amsterdam'],
  ['0599', 'Rotterdam'],
  ['0518', "'s-Gravenhage"],
  ['0344', 'Utrecht'],
  ['0772', 'Eindhoven'],
  ['0014', 'Groningen'],
  ['0193', 'Zwolle'],
  ['0080', 'Leeuwarden'],
  ['0202', 'Arnhem'],
  ['0268', 'Nijmegen'],
  ['0935', 'Maastricht'],
  ['0855', 'Tilburg'],
];
const STRAAT = ['Kerk', 'Molen', 'Dorps', 'School', 'Station', 'Linden', 'Beuken', 'Wilhelmina'];
const SUFFIX = ['buurt', 'kwartier', 'park', 'hof', 'dorp', 'veld'];

let seed = 20240101;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const comma = (value, digits = 1) => value.toFixed(digits).replace('.', ',');
const dots = (value) => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const secret = (text) => (random() < 0.03 ? '.' : text);

function row(index) {
  const [gm, gemeente] = GEMEENTEN[index % GEMEENTEN.length];
  const wijk = Math.floor(index / GEMEENTEN.length) % 100;
  const buurt = Math.floor(index / (GEMEENTEN.length * 100));
  const inwoners = int(50, 12000);
  const mannen = Math.round(inwoners * (0.46 + random() * 0.08));
  const shares = [int(8, 25), int(8, 20), int(15, 40), int(15, 35)];
  const huishoudens = Math.round(inwoners / (1.6 + random() * 1.2));
  const inkomen = 18000 + random() * 40000;
  return [
    `GM${gm}`,
    gemeente,
    `WK${gm}${String(wijk).padStart(2, '0')}`,
    `Wijk ${String(wijk).padStart(2, '0')} ${gemeente}`,
    `BU${gm}${String(wijk).padStart(2, '0')}${String(buurt).padStart(4, '0')}`,
    `${STRAAT[index % STRAAT.length]}${SUFFIX[buurt % SUFFIX.length]} ${buurt}`,
    'Buurt',
    `${int(1000, 9999)} ${String.fromCharCode(65 + int(0, 25), 65 + int(0, 25))}`,
    inwoners,
    mannen,
    inwoners - mannen,
    ...shares.map((share) => comma(share + random())),
    comma(100 - shares.reduce((a, b) => a + b) - 4 * 0.5),
    huishoudens,
    comma(inwoners / huishoudens),
    dots(int(100, 25000)),
    Math.round(huishoudens * (0.9 + random() * 0.2)),
    secret(String(int(150, 900))),
    secret(comma(random() * 100)),
    secret(dots(inkomen)),
    secret(dots(inkomen * (1.8 + random() * 0.6))),
    secret(comma(random() * 25)),
    secret(String(int(0, 400))),
    int(0, 900),
    comma(random() * 5),
    int(1, 5),
    `01-01-${2019 + (index % 6)}`,
  ].join(';');
}

export async function generate(path, bytes) {
  const out = createWriteStream(path);
  let written = 0;
  let index = 0;
  const header = COLUMNS.join(';') + '\n';
  out.write(header);
  written += header.length;
  while (written < bytes) {
    let batch = '';
    for (let i = 0; i < 2000; i++) batch += row(index++) + '\n';
    written += Buffer.byteLength(batch);
    if (!out.write(batch)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { rows: index, columns: COLUMNS.length };
}
