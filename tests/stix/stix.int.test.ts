import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/neo4j';
import { runStixExport, runStixImport } from '../../src/stix';
import { entityId, projectRoot } from '../../src/support';
import type { Io } from '../../src/transfer';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * STIX export and import from the command line's entry points: the analyst graph goes out and comes
 * back into an empty database unchanged, and bundles shaped like OpenCTI's and MISP's go in with
 * everything the graph does not model counted and reported.
 */
let scratch: ScratchNeo4j;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-stix-'));
const FIXTURES = path.join(projectRoot, 'tests', 'fixtures', 'stix');
beforeAll(async () => {
  scratch = await startScratchNeo4j('stix');
}, 180_000);
afterAll(() => scratch?.stop());

const recordingIo = () => {
  const io = { out: '', err: '' };
  const sink: Io = { out: (t) => { io.out += t; }, err: (t) => { io.err += t; }, isTTY: false };
  return { io, sink };
};

const exportTo = async (uri: string, file: string) => {
  const { io, sink } = recordingIo();
  const code = await runStixExport(['--format', 'stix', '--out', file], sink, openDatabase({ uri }));
  expect({ code, err: io.err }).toEqual({ code: 0, err: expect.stringMatching(/^exported a STIX 2\.1 bundle of \d+ objects/) });
  return readFileSync(file, 'utf8');
};

const importFile = async (file: string) => {
  const { io, sink } = recordingIo();
  const code = await runStixImport(['--format', 'stix', file], sink, openDatabase({ uri: scratch.uri }));
  return { code, ...io };
};

const countNodes = () =>
  scratch.api.db.runStatement(`RETURN COUNT { MATCH (n) WHERE NOT n:Change } AS nodes, COUNT { MATCH ()-[r]->() WHERE type(r) <> 'OF' } AS rels`);

describe('STIX export and import', () => {
  it('rebuilds the analyst graph exactly: export, import into an empty database, export again', async () => {
    const original = await exportTo(process.env.NEO4J_ANALYST_URI as string, path.join(dir, 'analyst.json'));
    const bundle = JSON.parse(original);
    const types = new Set(bundle.objects.map((o: { type: string }) => o.type));
    expect([...types].sort()).toEqual(['extension-definition', 'identity', 'location', 'note', 'opinion', 'relationship', 'report']);

    const result = await importFile(path.join(dir, 'analyst.json'));
    expect(result).toMatchObject({ code: 0 });
    expect(result.out).toMatch(/^imported \d+ entities, 6 sources, \d+ claims, \d+ retractions/);
    expect(result.out).toMatch(/\d+ relationship\(s\) of our own are facts: rebuilt from the claims/);

    const rebuilt = await exportTo(scratch.uri, path.join(dir, 'rebuilt.json'));
    expect(rebuilt).toBe(original);
  }, 600_000);

  it('changes nothing when the same bundle is imported again', async () => {
    const before = await countNodes();
    expect((await importFile(path.join(dir, 'analyst.json'))).code).toBe(0);
    expect(await countNodes()).toEqual(before);
  }, 300_000);

  it('reads an OpenCTI-shaped bundle: entities, a source, claims; the rest counted or reported', async () => {
    const result = await importFile(path.join(FIXTURES, 'opencti-shaped.json'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^imported 5 entities, 2 sources, 3 claims, 0 retractions/);
    expect(result.out).toContain('not modelled, not imported: 1 marking-definition, 1 identity (class class), 1 intrusion-set');
    expect(result.err).toContain('relationship_type "uses" is neither ours nor in the mapping table');
    expect(result.err).toContain('source_ref intrusion-set--7c8d9e0f-1a2b-4c3d-8e4f-6a7b8c9d0e1f is not an entity');

    const rows = await scratch.api.db.runStatement(
      `MATCH (a:Entity {id: $brigade})-[r:ALLIED_WITH]-(b:Entity {id: $port}) RETURN r.claimCount AS claims, r.validFrom AS validFrom`,
      { brigade: entityId('ORGANIZATION', 'Coastal Defence Brigade of Estavia'), port: entityId('ORGANIZATION', 'Port Authority of Velmar') },
    );
    expect(rows).toEqual([{ claims: 1, validFrom: '2025-01-15' }]);
    const located = await scratch.api.db.runStatement(
      `MATCH (:Location {id: $velmar})-[r:LOCATED_IN]->(:Country {id: $estavia}) MATCH (c:Claim)-[:REPORTED_BY]->(rep:Entity)
       WHERE c.id IN r.claimIds RETURN rep.name AS reporter, c.credibility AS credibility`,
      { velmar: entityId('LOCATION', 'Velmar'), estavia: entityId('COUNTRY', 'Estavia') },
    );
    // Confidence 85 reads as Admiralty credibility 1; created_by_ref is the reporter.
    expect(located).toEqual([{ reporter: 'Northbridge Monitoring Desk', credibility: 1 }]);
  });

  it('reads a MISP-shaped bundle: the event is a source, its indicators and observables are counted', async () => {
    const result = await importFile(path.join(FIXTURES, 'misp-shaped.json'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^imported 2 entities, 1 sources, 0 claims, 0 retractions/);
    expect(result.out).toContain('not modelled, not imported: 1 marking-definition, 1 indicator, 1 observed-data, 1 ipv4-addr, 1 threat-actor');
    expect(result.err).toContain('relationship_type "related-to" is neither ours nor in the mapping table');
    const sources = await scratch.api.db.runStatement(`MATCH (s:Source {title: $title})-[:PUBLISHED_BY]->(p) RETURN p.name AS publisher, s.publishedAt AS publishedAt`, {
      title: 'Phishing wave against ministries of Estavia',
    });
    expect(sources).toEqual([{ publisher: 'Lakeside CERT', publishedAt: '2025-02-10' }]);
  });
});
