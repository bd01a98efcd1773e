import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ACLED_COLUMNS, EVENT_COLUMNS } from '../src/feeds';
import { Prng } from './prng';

/**
 * Large feed files of the same shape as the real ones, for W3 and W4: a GDELT 2.0 events table (61
 * tab-separated columns, no header) and an ACLED CSV export (its 31 columns under a header). The
 * same seed gives the same bytes. Actors come from real country codes (so they become the same
 * countries and national forces as the importers make of real files), CAMEO codes and ACLED types
 * from a mix of mapped and unmapped ones, places from a fixed pool with coordinates; about one
 * event in five shares its article with another, as GDELT's do, and the articles are on 300 sites
 * (each an outlet the importer publishes them by).
 */
const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['RUS', 'RUSSIA'], ['UKR', 'UKRAINE'], ['USA', 'UNITED STATES'], ['SYR', 'SYRIA'], ['ISR', 'ISRAEL'], ['IRN', 'IRAN'],
  ['SDN', 'SUDAN'], ['MMR', 'MYANMAR'], ['ETH', 'ETHIOPIA'], ['YEM', 'YEMEN'], ['PRK', 'NORTH KOREA'], ['KOR', 'SOUTH KOREA'],
  ['CHN', 'CHINA'], ['TUR', 'TURKEY'], ['FRA', 'FRANCE'], ['DEU', 'GERMANY'], ['GBR', 'UNITED KINGDOM'], ['NGA', 'NIGERIA'],
  ['MLI', 'MALI'], ['COD', 'DEMOCRATIC REPUBLIC OF THE CONGO'],
];
const TYPES = ['', '', 'MIL', 'MIL', 'GOV', 'REB', 'COP', 'CVL', 'MED', 'OPP'];
/** CAMEO codes with weights: mostly the mapped conflict codes, and unmapped talk. */
const CAMEO: ReadonlyArray<readonly [string, number]> = [
  ['010', 6], ['020', 3], ['036', 3], ['043', 3], ['051', 2], ['057', 1], ['062', 2], ['073', 3], ['112', 3], ['138', 2],
  ['141', 2], ['154', 2], ['173', 3], ['181', 1], ['183', 2], ['190', 5], ['193', 4], ['194', 3], ['195', 3], ['202', 1],
];
const PLACES = 200;
/** Sites the GDELT articles are on, a few large and many small, as in a real file. */
const OUTLETS = 300;

/**
 * The site of article `article`: squared, a spread hash of its number favours the first sites.
 * Taken from the number rather than the generator, so every other field of a line is what it was
 * before the sites were spread (one site before 2026-12-01).
 */
function outletOf(article: number): number {
  const spread = ((article * 2654435761) >>> 0) / 2 ** 32;
  return Math.floor(OUTLETS * spread * spread);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A place of the pool: a name, its region, its country and coordinates near the country's. */
function place(i: number): { name: string; lat: number; long: number; country: readonly [string, string] } {
  const country = COUNTRIES[i % COUNTRIES.length] as readonly [string, string];
  return { name: `Benchtown ${i}`, lat: ((i * 37) % 140) - 70 + (i % 7) / 10, long: ((i * 73) % 340) - 170 + (i % 11) / 10, country };
}

function day(rng: Prng): string {
  return `2025${pad(1 + rng.int(12))}${pad(1 + rng.int(28))}`;
}

function gdeltActor(rng: Prng): string[] {
  if (rng.chance(0.1)) return ['', '', '', '', '', '', '', '', '', ''];
  const [code, name] = rng.pick(COUNTRIES);
  const type = rng.pick(TYPES);
  return [`${code}${type}`, name, code, '', '', '', '', type, '', ''];
}

/** One line of the events table. */
export function gdeltEventLine(rng: Prng, n: number): string {
  const date = day(rng);
  const eventCode = rng.weighted(CAMEO);
  const p = place(rng.skewed(PLACES, 2));
  const article = rng.chance(0.2) ? Math.max(0, n - 1 - rng.int(10)) : n;
  const fields = [
    String(1_200_000_000 + n), date, date.slice(0, 6), date.slice(0, 4), `${date.slice(0, 4)}.${pad(Number(date.slice(4, 6)) * 8, 4)}`,
    ...gdeltActor(rng), ...gdeltActor(rng),
    rng.chance(0.4) ? '1' : '0', eventCode, eventCode.slice(0, 3), eventCode.slice(0, 2), String(1 + rng.int(4)),
    (rng.int(201) / 10 - 10).toFixed(1), String(1 + rng.int(50)), String(1 + rng.int(10)), String(1 + rng.int(40)), (rng.next() * 20 - 10).toFixed(6),
    ...['1', p.country[1], p.country[0].slice(0, 2), p.country[0].slice(0, 2), '', '0', '0', p.country[0].slice(0, 2)],
    ...['', '', '', '', '', '', '', ''],
    ...['4', `${p.name}, Region ${p.name.length}, ${p.country[1]}`, p.country[0].slice(0, 2), `${p.country[0].slice(0, 2)}01`, '', p.lat.toFixed(4), p.long.toFixed(4), `-${100000 + n % PLACES}`],
    `${date}120000`, `https://www.outlet-${outletOf(article)}.example/articles/${article}`,
  ];
  if (fields.length !== EVENT_COLUMNS.length) throw new Error(`expected ${EVENT_COLUMNS.length} columns, but made ${fields.length}`);
  return fields.join('\t');
}

const ACLED_TYPES: ReadonlyArray<readonly [readonly [string, string, string], number]> = [
  [['Political violence', 'Battles', 'Armed clash'], 5],
  [['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'], 4],
  [['Political violence', 'Explosions/Remote violence', 'Air/drone strike'], 3],
  [['Political violence', 'Violence against civilians', 'Attack'], 3],
  [['Demonstrations', 'Protests', 'Peaceful protest'], 4],
  [['Demonstrations', 'Riots', 'Mob violence'], 1],
  [['Strategic developments', 'Strategic developments', 'Arrests'], 1],
  [['Strategic developments', 'Strategic developments', 'Looting/property destruction'], 1],
];
const ACLED_COUNTRIES = ['Russia', 'Ukraine', 'Syria', 'Sudan', 'Myanmar', 'Ethiopia', 'Yemen', 'Nigeria', 'Mali', 'Israel'];
const PUBLISHERS = Array.from({ length: 60 }, (_, i) => `Bench Courier ${i}`);

const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** One record of the ACLED export, in ACLED_COLUMNS order. */
export function acledRow(rng: Prng, n: number): string {
  const [disorder, eventType, subType] = rng.weighted(ACLED_TYPES);
  const country = rng.pick(ACLED_COUNTRIES);
  const enemy = rng.pick(ACLED_COUNTRIES);
  const p = place(rng.skewed(PLACES, 2));
  const date = day(rng);
  const protest = eventType === 'Protests' || eventType === 'Riots';
  const actor1 = protest ? `Protesters (${country})` : `Military Forces of ${country} (2000-)`;
  const actor2 = protest ? '' : rng.chance(0.4) ? `Civilians (${enemy})` : `Military Forces of ${enemy} (2000-)`;
  const sources = Array.from({ length: 1 + rng.int(3) }, () => PUBLISHERS[rng.skewed(PUBLISHERS.length, 2)] as string);
  const fatalities = protest ? 0 : rng.int(12);
  const values: Record<string, string> = {
    event_id_cnty: `BEN${n}`, event_date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, year: date.slice(0, 4), time_precision: String(1 + rng.int(3)),
    disorder_type: disorder, event_type: eventType, sub_event_type: subType, actor1, assoc_actor_1: rng.chance(0.2) ? `Bench Militia ${rng.int(20)}` : '',
    inter1: protest ? 'Protesters' : 'State forces', actor2, assoc_actor_2: '', inter2: actor2.startsWith('Civilians') ? 'Civilians' : actor2 ? 'State forces' : '',
    interaction: protest ? 'Protesters only' : 'State forces-State forces', civilian_targeting: actor2.startsWith('Civilians') ? 'Civilian targeting' : '',
    iso: String(100 + rng.int(800)), region: 'Bench region', country, admin1: `Province ${p.name.length}`, admin2: '', admin3: '', location: p.name,
    latitude: p.lat.toFixed(4), longitude: p.long.toFixed(4), geo_precision: String(1 + rng.int(3)), source: sources.join('; '), source_scale: 'National',
    notes: `On ${date}, bench event ${n}: ${subType.toLowerCase()} near ${p.name}, "as reported", with ${fatalities} killed.`, fatalities: String(fatalities), tags: '',
    timestamp: String(1_740_000_000 + n),
  };
  return ACLED_COLUMNS.map((c) => csvField(values[c] ?? '')).join(',');
}

/** Writes `count` lines made by `line` to `file`, with back-pressure, so any size fits in memory. */
async function writeLines(file: string, header: string | null, count: number, line: (n: number) => string): Promise<void> {
  const out = createWriteStream(file);
  if (header !== null && !out.write(`${header}\n`)) await once(out, 'drain');
  for (let n = 0; n < count; n++) {
    if (!out.write(`${line(n)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export async function writeGdeltEvents(file: string, count: number, seed: number): Promise<void> {
  const rng = new Prng(seed);
  await writeLines(file, null, count, (n) => gdeltEventLine(rng, n));
}

export async function writeAcledRows(file: string, count: number, seed: number): Promise<void> {
  const rng = new Prng(seed + 1);
  await writeLines(file, ACLED_COLUMNS.join(','), count, (n) => acledRow(rng, n));
}
