import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED_FILE, readSeedFile, writeSeed } from '../../src/seed';
import { entityId, projectRoot } from '../../src/support';
import { runImportCommand } from '../helpers/importCommand';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * The seed's BBC is the outlet the feeds name: GDELT names a web source's outlet by its registrable
 * domain (bbc.co.uk, bbc.com; src/feeds/outlets.ts) and ACLED by the name in its `source` column
 * ("BBC News"). Were they other organisations, the BBC's reports would count as several
 * independent origins. Rows are made from this project's own fixtures, with BBC addresses.
 */
const FIXTURES = path.join(projectRoot, 'tests', 'fixtures', 'feeds');
const BBC = entityId('ORGANIZATION', 'BBC');

let scratch: ScratchNeo4j;
let folder: string;
beforeAll(async () => {
  scratch = await startScratchNeo4j('seed-outlets');
  await writeSeed(scratch.api.db, readSeedFile(DEFAULT_SEED_FILE));
  folder = mkdtempSync(path.join(os.tmpdir(), 'kg-seed-outlets-'));
}, 180_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await scratch?.stop();
});

/** The first row of the GDELT fixture with another event id and SOURCEURL (its last column). */
function gdeltRow(eventId: string, url: string): string {
  const columns = readFileSync(path.join(FIXTURES, 'gdelt.export.CSV'), 'utf8').split('\n')[0]!.split('\t');
  expect(columns).toHaveLength(61);
  columns[0] = eventId;
  columns[60] = url;
  return columns.join('\t');
}

/** The ACLED fixture's header and first row, with another event id and "BBC News" as its only source. */
function acledFile(eventId: string): string {
  const [header, row] = readFileSync(path.join(FIXTURES, 'acled.csv'), 'utf8').split('\n');
  const changed = row!.replace(/^UKR1001,/, `${eventId},`).replace('Ukrainska Pravda; Ministry of Defence of Ukraine', 'BBC News');
  expect(changed).toContain(`${eventId},`);
  expect(changed).toContain(',BBC News,');
  return `${header}\n${changed}\n`;
}

const SOURCES = /* GraphQL */ `
  query {
    sources(first: 100) { edges { node { url title publisher { id name } } } }
  }
`;

describe('the seed BBC as the feeds\' outlet', () => {
  it('publishes the GDELT sources at bbc.co.uk and bbc.com and the ACLED source "BBC News", with no other organisation made for them', async () => {
    const events = path.join(folder, 'bbc.export.CSV');
    writeFileSync(events, [
      gdeltRow('9100000001', 'https://www.bbc.co.uk/news/world-europe-70000001'),
      gdeltRow('9100000002', 'https://www.bbc.com/news/articles/c70000000002'),
    ].join('\n') + '\n');
    const acled = path.join(folder, 'bbc-acled.csv');
    writeFileSync(acled, acledFile('UKR9001'));

    const gdelt = await runImportCommand(scratch.uri, ['--format', 'gdelt', events]);
    expect(gdelt.err).toContain('2 written, 0 errors');
    expect(gdelt.code).toBe(0);
    const acledRun = await runImportCommand(scratch.uri, ['--format', 'acled', acled]);
    expect(acledRun.code).toBe(0);

    const result = await scratch.api.execute(SOURCES);
    expect(result.errors).toBeUndefined();
    const sources = (result.data as { sources: { edges: Array<{ node: { url: string | null; title: string | null; publisher: { id: string; name: string } | null } }> } }).sources.edges.map((e) => e.node);
    const fromFeeds = sources.filter((s) => /bbc\.(co\.uk|com)\/news\//.test(s.url ?? '') || s.title === 'BBC News');
    // Two web documents, and ACLED's record as the BBC reported it (titled by the name ACLED gives).
    expect(fromFeeds).toHaveLength(3);
    for (const source of fromFeeds) expect(source.publisher).toEqual({ id: BBC, name: 'BBC' });

    const [others] = await scratch.api.db.runStatement(
      `RETURN COUNT { (e:Entity) WHERE toLower(e.name) IN ['bbc.co.uk', 'bbc.com', 'bbc news'] } AS others`,
    );
    expect(others).toEqual({ others: 0 });
  });
});
