import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/support';
import { runImportCommand } from '../helpers/importCommand';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * Places of one name across runs (src/feeds/resolve.ts): a feed names a village by its district
 * and province ("Novoselivka, Kupianskyi, Kharkivska, Ukraine") with the bare name as an alias. A
 * later run's village of the same bare name in another district, tens of kilometres away, is
 * another place, not the first one under a second name; the same town geocoded a few kilometres
 * apart, under another spelling of its district, is the same place.
 */
const HEADER = readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'feeds', 'acled.csv'), 'utf8').split('\n')[0]!;
const COLUMNS = HEADER.split(',');

let scratch: ScratchNeo4j;
let dir: string;
beforeAll(async () => {
  scratch = await startScratchNeo4j('feeds-places');
  dir = mkdtempSync(path.join(os.tmpdir(), 'kg-places-'));
}, 180_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await scratch?.stop();
});

/** One ACLED row, an armed clash at the place, as the export's header orders its columns. */
function row(id: string, place: { location: string; admin2: string; latitude: number; longitude: number }): string {
  const values: Record<string, string> = {
    event_id_cnty: id, event_date: '2025-03-10', year: '2025', time_precision: '1', disorder_type: 'Political violence',
    event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia (2000-)', inter1: 'State forces',
    actor2: 'Military Forces of Ukraine (2019-)', inter2: 'State forces', interaction: 'State forces-State forces', iso: '804',
    region: 'Europe', country: 'Ukraine', admin1: 'Kharkiv', admin2: place.admin2, location: place.location,
    latitude: String(place.latitude), longitude: String(place.longitude), geo_precision: '1', source: 'Suspilne',
    source_scale: 'National', notes: `Fighting near ${place.location}.`, fatalities: '0', timestamp: '1741900000',
  };
  return COLUMNS.map((c) => values[c] ?? '').join(',');
}

async function importRows(name: string, rows: string[]): Promise<void> {
  const file = path.join(dir, name);
  writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
  const result = await runImportCommand(scratch.uri, ['--format', 'acled', file]);
  // Progress goes to standard error; a refused line would make the code 1.
  expect(result.code).toBe(0);
}

const placesNamed = async (bare: string) =>
  (await scratch.api.db.runStatement(`MATCH (p:Location) WHERE p.name STARTS WITH $bare RETURN p.name AS name, p.aliases AS aliases ORDER BY name`, { bare })) as Array<{ name: string; aliases: string[] }>;

describe('places of one name across runs', () => {
  it('keeps apart two villages of one name in two districts, imported in two runs', async () => {
    await importRows('first.csv', [row('UKR9001', { location: 'Novoselivka', admin2: 'Kupianskyi', latitude: 49.7, longitude: 37.6 })]);
    // About 55 km south-west: another village of the name.
    await importRows('second.csv', [row('UKR9002', { location: 'Novoselivka', admin2: 'Iziumskyi', latitude: 49.3, longitude: 37.2 })]);
    const places = await placesNamed('Novoselivka');
    expect(places.map((p) => p.name)).toEqual(['Novoselivka, Iziumskyi, Kharkiv, Ukraine', 'Novoselivka, Kupianskyi, Kharkiv, Ukraine']);
    // Neither lends its name to the other.
    for (const p of places) expect(p.aliases.filter((a) => a.startsWith('Novoselivka,'))).toEqual([]);
  });

  it('finds the same town under another spelling of its district, a few kilometres off', async () => {
    await importRows('third.csv', [row('UKR9003', { location: 'Kupiansk', admin2: 'Kupianskyi', latitude: 49.71, longitude: 37.61 })]);
    await importRows('fourth.csv', [row('UKR9004', { location: 'Kupiansk', admin2: 'Kupianskyi raion', latitude: 49.72, longitude: 37.64 })]);
    const places = await placesNamed('Kupiansk');
    expect(places.map((p) => p.name)).toEqual(['Kupiansk, Kupianskyi, Kharkiv, Ukraine']);
    expect(places[0]!.aliases).toContain('Kupiansk, Kupianskyi raion, Kharkiv, Ukraine');
  });
});
