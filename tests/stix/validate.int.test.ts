import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, type Database } from '../../src/neo4j';
import { exportStixBundle, type StixBundle } from '../../src/stix';
import { createTestApi, errorCodes, seedIds, type TestApi } from '../helpers/testApi';
import { requireOasisTools } from './venv';

/**
 * Every kind of bundle we export, checked by the standard's own tools (tests/stix/check_bundle.py):
 * the OASIS validator with all its best-practice checks, and the OASIS stix2 library's parser with
 * no custom content allowed. No error may appear; the warnings are the ones docs/stix.md justifies.
 */
const JUSTIFIED_WARNINGS: Record<string, string> = {
  '103': 'our ids are UUIDv5 (deterministic), not UUIDv4',
  '202': 'our relationship types are not in the STIX vocabulary, or join objects STIX does not suggest',
  '223': 'region "unknown" for a place with no country, region or coordinates known',
  '302': 'an external reference has a URL but no hash: we keep no hash of a page we did not fetch',
};

interface CheckResult {
  file: string;
  valid: boolean;
  errors: string[];
  warnings: Array<{ id: string; code: string; message: string }>;
  parsed: number;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-stix-validate-'));
let analyst: TestApi;
const databases: Database[] = [];
beforeAll(async () => {
  analyst = await createTestApi(process.env.NEO4J_ANALYST_URI);
});
afterAll(async () => {
  await analyst?.close();
  await Promise.all(databases.map((db) => db.close()));
});

const wholeGraph = async (uri: string) => {
  const db = openDatabase({ uri });
  databases.push(db);
  return exportStixBundle(db);
};

const selection = async (variables: Record<string, unknown>): Promise<StixBundle> => {
  const result = await analyst.execute('query ($selection: StixSelection!) { stixBundle(selection: $selection) }', { selection: variables });
  expect(result.errors).toBeUndefined();
  return JSON.parse((result.data as { stixBundle: string }).stixBundle) as StixBundle;
};

describe('exported bundles, checked by the OASIS validator and the stix2 library', () => {
  it('gives no error and only the justified warnings for the seed, the analyst graph and three selections', async () => {
    const python = requireOasisTools();
    const analystGraph = await wholeGraph(process.env.NEO4J_ANALYST_URI as string);
    const bundles: Record<string, StixBundle> = {
      seed: await wholeGraph(process.env.NEO4J_TEST_URI as string),
      analyst: analystGraph,
      northKorea: await selection({ entityId: seedIds.northKorea, depth: 2 }),
      window: await selection({ validDuring: { from: '2024-10', to: '2024-12' } }),
    };
    const anySource = analystGraph.objects.find((o) => o.type === 'report');
    const sourceId = (Object.values(anySource?.extensions ?? {})[0] as { kg_id: string }).kg_id;
    bundles.source = await selection({ sourceId });

    const files = Object.entries(bundles).map(([name, bundle]) => {
      expect(bundle.objects.length).toBeGreaterThan(name === 'seed' || name === 'analyst' ? 40 : 5);
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(bundle));
      return file;
    });
    const { stdout } = await promisify(execFile)(python, [path.join(__dirname, 'check_bundle.py'), ...files], { timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line) as CheckResult);
    expect(results).toHaveLength(files.length);
    for (const [i, result] of results.entries()) {
      const bundle = Object.values(bundles)[i] as StixBundle;
      expect({ file: result.file, errors: result.errors, valid: result.valid, parsed: result.parsed }).toEqual({
        file: result.file, errors: [], valid: true, parsed: bundle.objects.length,
      });
      const unjustified = result.warnings.filter((w) => !(w.code in JUSTIFIED_WARNINGS));
      expect(unjustified).toEqual([]);
    }
  }, 300_000);

  it('keeps denials and disputes: a denial is an opinion "strongly-disagree", a disputed claim says so', async () => {
    const bundle = await selection({ entityId: seedIds.northKorea, depth: 2 });
    const opinions = bundle.objects.filter((o) => o.type === 'opinion');
    expect(opinions.length).toBeGreaterThan(0);
    expect(opinions.every((o) => o.opinion === 'strongly-disagree')).toBe(true);
    const disputed = bundle.objects.filter((o) => (o.labels as string[] | undefined)?.includes('disputed'));
    expect(disputed.map((o) => o.type)).toEqual(expect.arrayContaining(['note', 'opinion']));
  }, 120_000);

  it('refuses a selection that names none or two things, a bad depth or a bad window, and answers an unknown id with an empty bundle', async () => {
    const ask = (selection: Record<string, unknown>) => analyst.execute('query ($s: StixSelection!) { stixBundle(selection: $s) }', { s: selection });
    for (const bad of [{}, { entityId: seedIds.northKorea, sourceId: 'x' }, { entityId: seedIds.northKorea, depth: 9 }, { validDuring: { from: 'soon' } }]) {
      expect(errorCodes(await ask(bad))).toEqual(['BAD_USER_INPUT']);
    }
    const unknown = await ask({ entityId: "' OR 1=1 //" });
    expect(unknown.errors).toBeUndefined();
    const bundle = JSON.parse((unknown.data as { stixBundle: string }).stixBundle) as StixBundle;
    expect(bundle.objects.map((o) => o.type)).toEqual(['identity', 'extension-definition']);
  });
});
