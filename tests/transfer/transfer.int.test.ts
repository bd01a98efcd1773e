import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/neo4j';
import { entityId } from '../../src/support';
import { CSV_COLUMNS, runExport, runImport, type Io } from '../../src/transfer';
import { writeAnalystGraph } from '../helpers/globalSetup';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/** Import and export from the command line's entry points, against real databases. */
// The first import into an empty Neo4j plans every write statement cold: over 120 s at a load above 20.
jest.setTimeout(300_000);

let scratch: ScratchNeo4j;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-transfer-'));
beforeAll(async () => {
  scratch = await startScratchNeo4j('transfer');
}, 180_000);
afterAll(() => scratch?.stop());

const databaseAt = (uri: string) => openDatabase({ uri });

/** Captures what a command prints. */
const recordingIo = () => {
  const io = { out: '', err: '', isTTY: false };
  const sink: Io = { out: (t) => { io.out += t; }, err: (t) => { io.err += t; }, isTTY: false };
  return { io, sink };
};

const exportTo = async (uri: string, file: string, format = 'ndjson') => {
  const { io, sink } = recordingIo();
  const code = await runExport(['--format', format, '--out', file], sink, databaseAt(uri));
  expect({ code, err: io.err }).toMatchObject({ code: 0 });
  return readFileSync(file, 'utf8');
};


describe('export and import', () => {
  // The analyst graph (the seed and tests/fixtures/analyst/), written into the scratch database,
  // exported, and the database emptied again for the import: the import needs an empty database,
  // and the shared analyst one is only read.
  let original: string;
  beforeAll(async () => {
    await writeAnalystGraph(scratch.api.db);
    original = await exportTo(scratch.uri, path.join(dir, 'analyst.ndjson'));
    await scratch.api.db.runStatement('MATCH (n) DETACH DELETE n');
  }, 300_000);

  it('rebuilds a graph exactly: export, import into an empty database, export again', async () => {
    const lines = original.trim().split('\n');
    expect(lines.length).toBeGreaterThan(40);

    const { io, sink } = recordingIo();
    const code = await runImport([path.join(dir, 'analyst.ndjson')], sink, databaseAt(scratch.uri));
    expect({ code, err: io.err }).toEqual({ code: 0, err: expect.stringContaining('[import] claims') });
    expect(io.out).toMatch(/^imported \d+ entities, 6 sources, \d+ claims, 0 retractions/);

    const rebuilt = await exportTo(scratch.uri, path.join(dir, 'rebuilt.ndjson'));
    expect(rebuilt).toBe(original);
  });

  it('prints its usage for --help, and refuses what it does not take, instead of printing the graph', async () => {
    const help = recordingIo();
    expect(await runExport(['--help'], help.sink, databaseAt(scratch.uri))).toBe(0);
    expect(help.io.out).toMatch(/^usage: npm run export -- \[--format json\|ndjson\|stix\] \[--out file\]\n/);
    expect(help.io.out).not.toContain('"type"');
    const stray = recordingIo();
    expect(await runExport(['everything'], stray.sink, databaseAt(scratch.uri))).toBe(2);
    expect(stray.io.err).toContain('expected --format and --out only, but got "everything"');
    expect(stray.io.out).toBe('');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await scratch.api.db.runStatement(`RETURN COUNT { MATCH (n) WHERE NOT n:Change } AS nodes, COUNT { MATCH ()-[r]->() WHERE type(r) <> 'OF' } AS rels`);
    const { sink } = recordingIo();
    expect(await runImport([path.join(dir, 'analyst.ndjson')], sink, databaseAt(scratch.uri))).toBe(0);
    const after = await scratch.api.db.runStatement(`RETURN COUNT { MATCH (n) WHERE NOT n:Change } AS nodes, COUNT { MATCH ()-[r]->() WHERE type(r) <> 'OF' } AS rels`);
    expect(after).toEqual(before);
  });

  it('writes a JSON document that imports the same way', async () => {
    const json = await exportTo(scratch.uri, path.join(dir, 'graph.json'), 'json');
    const doc = JSON.parse(json);
    expect(doc.format).toBe('conflict-knowledge-graph/1');
    const ndjson = readFileSync(path.join(dir, 'rebuilt.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(doc.records).toEqual(ndjson);
    const { sink } = recordingIo();
    expect(await runImport([path.join(dir, 'graph.json')], sink, databaseAt(scratch.uri))).toBe(0);
  });

  it('reports each malformed line with its number, imports the rest, and exits 1', async () => {
    const file = path.join(dir, 'mixed.ndjson');
    writeFileSync(file, [
      JSON.stringify({ type: 'entity', kind: 'COUNTRY', name: 'Elbonia', aliases: [{ name: 'Elbonian', kind: 'DEMONYM' }] }),
      '{"type": "entity", "kind": "COUNTRY", "name": ',
      JSON.stringify({ type: 'entity', kind: 'PLANET', name: 'Mars' }),
      JSON.stringify({ type: 'source', url: 'https://elbonia.example/a', title: 'Elbonia report', publishedAt: '2025-04-01' }),
      JSON.stringify({ type: 'claim', sourceUrl: 'https://elbonia.example/a', subject: { kind: 'COUNTRY', name: 'Elbonia' }, predicate: 'AT_WAR_WITH', object: { kind: 'COUNTRY', name: 'Ruritania' }, excerpt: 'Elbonia is at war with Ruritania.', credibility: 3 }),
      JSON.stringify({ type: 'claim', sourceUrl: 'https://elbonia.example/a', subject: { kind: 'COUNTRY', name: 'Elbonia' }, predicate: 'LOCATED_IN', excerpt: 'Elbonia is muddy.', credibility: 9 }),
      '',
      JSON.stringify({ type: 'claim', sourceUrl: 'https://elbonia.example/a', subject: { kind: 'COUNTRY', name: 'Elbonia' }, predicate: 'CASUALTIES_IN', excerpt: 'Elbonia suffered casualties.', credibility: 4 }),
      // The vocabulary's rules at the door: WOUNDED is said of a person or a force, not of a country.
      JSON.stringify({ type: 'claim', sourceUrl: 'https://elbonia.example/a', subject: { kind: 'COUNTRY', name: 'Elbonia' }, predicate: 'WOUNDED', excerpt: 'Elbonia suffered.', credibility: 4 }),
    ].join('\n'));
    const { io, sink } = recordingIo();
    const code = await runImport([file], sink, databaseAt(scratch.uri));
    expect(code).toBe(1);
    expect(io.out).toContain('imported 1 entities, 1 sources, 1 claims');
    const errors = io.err.split('\n').filter((l) => l.startsWith(file));
    expect(errors.map((l) => l.slice(file.length + 1).split(':')[0])).toEqual(['2', '3', '5', '6', '9']);
    expect(io.err).toContain(`${file}:3: kind: expected one of COUNTRY, ORGANIZATION, ARMED_FORCE, PERSON, LOCATION, but got "PLANET"`);
    expect(io.err).toContain(`${file}:5: expected every referenced entity to exist (in the graph or earlier in the file), but ${entityId('COUNTRY', 'Ruritania')} does not`);
    expect(io.err).toContain(`${file}:6: credibility: expected a whole number from 1 to 6, but got 9`);
    expect(io.err).toContain(`${file}:9: subjectId: expected an entity of kind PERSON or ARMED_FORCE for WOUNDED, but got COUNTRY`);
  });

  it('imports claims from CSV with the documented header', async () => {
    const file = path.join(dir, 'claims.csv');
    const row = (values: Record<string, string>) => CSV_COLUMNS.map((c) => JSON.stringify(values[c] ?? '')).join(',');
    writeFileSync(file, [
      CSV_COLUMNS.join(','),
      row({ source_url: 'https://csv.example/1', source_title: 'CSV one', source_publisher: 'CSV Wire', source_published_at: '2025-05-01',
            subject_kind: 'ARMED_FORCE', subject_name: 'Elbonian army', predicate: 'DEPLOYED_TO', object_kind: 'COUNTRY', object_name: 'Elbonia',
            quantity_value: '2000', quantity_unit: 'soldiers', quantity_qualifier: 'AT_LEAST', valid_from: '2025-04',
            excerpt: 'At least 2,000 soldiers of the Elbonian army, officials said.', reported_by: 'Elbonian officials', credibility: '2' }),
      row({ source_url: 'https://csv.example/1', subject_kind: 'ARMED_FORCE', subject_name: 'Elbonian army', predicate: 'FIGHTS_IN',
            object_kind: 'COUNTRY', object_name: 'Elbonia', quantity_value: 'lots', excerpt: 'x', credibility: '3' }),
    ].join('\n'));
    const { io, sink } = recordingIo();
    expect(await runImport([file], sink, databaseAt(scratch.uri))).toBe(1);
    expect(io.err).toContain(`${file}:3: quantity_value: expected a number, but got "lots"`);
    const result = await scratch.api.execute(`{ claims(filter: { subjectId: "${entityId('ARMED_FORCE', 'Elbonian army')}" }) {
      edges { node { quantity { value qualifier } validFrom { iso } reportedBy { name } source { title publisher { name } } } } } }`);
    expect(result.data?.claims.edges).toEqual([{ node: {
      quantity: { value: 2000, qualifier: 'AT_LEAST' }, validFrom: { iso: '2025-04' },
      reportedBy: { name: 'Elbonian officials' }, source: { title: 'CSV one', publisher: { name: 'CSV Wire' } },
    } }]);
  });

  it('refuses a file it cannot read with exit code 2', async () => {
    const { io, sink } = recordingIo();
    expect(await runImport([path.join(dir, 'graph.xml')], sink, databaseAt(scratch.uri))).toBe(2);
    expect(io.err).toContain('expected a .ndjson, .jsonl, .json or .csv file, but got "graph.xml"');
  });
});
