import { bareCatalog, writeBareClaims } from '../../bench/bareWrite';
import { makeClaims } from '../../bench/ingest';
import { Prng } from '../../bench/prng';
import { assertClaims } from '../../src/claim/repository';
import { upsertEntities } from '../../src/entity/repository';
import type { EntityKind } from '../../src/generated/types';
import { Database } from '../../src/neo4j';
import { recordSource } from '../../src/source/repository';
import { entityId, parsePartialDate, sourceId } from '../../src/support';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * The bare write of `npm run bench:writes -- --bare` is the ceiling W1 is read against, so it must
 * store what our write path stores for the same claims: the same nodes with the same properties
 * and the same edges. Only what ours derives differs: the reliability (the bare write takes F), so
 * the confidence, and the facts and statuses (the bare write derives none).
 */
let scratch: ScratchNeo4j;
let db: Database;
beforeAll(async () => {
  scratch = await startScratchNeo4j('bare-write');
  db = new Database(scratch.api.db.driver, bareCatalog());
}, 180_000);
afterAll(() => scratch?.stop());

const KINDS: EntityKind[] = ['COUNTRY', 'ARMED_FORCE', 'PERSON', 'LOCATION', 'ORGANIZATION'];
const DERIVED = new Set(['id', 'reliability', 'confidence', 'createdAt', 'updatedAt']);

/** Each claim of a source, keyed by its excerpts, with its properties (less the derived ones) and edges. */
async function storedClaims(source: string): Promise<Map<string, { props: Record<string, unknown>; edges: string[] }>> {
  const rows = await db.runStatement(
    `MATCH (c:Claim)-[:CITED_IN]->(:Source {id: $source})
     RETURN properties(c) AS props, [(c)-[e]->(n) | type(e) + ' ' + coalesce(n.name, 'the source')] AS edges`,
    { source },
  );
  return new Map(
    rows.map((row) => {
      const props = Object.fromEntries(Object.entries(row.props as Record<string, unknown>).filter(([key]) => !DERIVED.has(key)));
      return [JSON.stringify(props.excerpts), { props, edges: (row.edges as string[]).sort() }];
    }),
  );
}

it('stores the claims ours stores, with the same properties and edges', async () => {
  const entities = Array.from({ length: 20 }, (_, i) => ({ kind: KINDS[i % KINDS.length] as EntityKind, name: `Bare write actor ${i}` }));
  await db.writeTransaction((tx) => upsertEntities(tx, entities, 'test'));
  const ids = entities.map((e) => entityId(e.kind, e.name));
  const publishedAt = parsePartialDate('2025-01-15');
  const sources = ['ours', 'bare'].map((name) => ({ name, url: `https://bare-write.test.example/${name}` }));
  for (const { url } of sources) await db.writeTransaction((tx) => recordSource(tx, { url, title: 'W1 check', publishedAt, publisherId: null }, 'test'));
  // The same 60 claims (a tenth with a quantity, three in ten with a reporter) under each source.
  const claims = (url: string) => makeClaims(new Prng(11), ids, sourceId({ url })).slice(0, 60);

  await db.writeTransaction((tx) => assertClaims(tx, claims(sources[0]!.url), 'test'));
  const written = await db.writeTransaction((tx) => writeBareClaims(tx, claims(sources[1]!.url), 'test'));

  const ours = await storedClaims(sourceId({ url: sources[0]!.url }));
  const bare = await storedClaims(sourceId({ url: sources[1]!.url }));
  expect(written).toHaveLength(ours.size);
  expect(bare.size).toBe(ours.size);
  for (const [excerpts, claim] of ours) {
    // Ours derives each claim's status from its triple's claims; the bare write leaves REPORTED.
    expect(bare.get(excerpts)).toEqual({ ...claim, props: { ...claim.props, status: 'REPORTED' } });
  }
  const withReporter = [...bare.values()].filter((claim) => claim.edges.some((edge) => edge.startsWith('REPORTED_BY')));
  expect(withReporter.length).toBeGreaterThan(0);
});

it('refuses a claim whose source is missing, rather than count it written', async () => {
  const [entity] = [{ kind: 'COUNTRY' as const, name: 'Bare write lone actor' }];
  await db.writeTransaction((tx) => upsertEntities(tx, [entity], 'test'));
  const id = entityId(entity.kind, entity.name);
  const claims = makeClaims(new Prng(3), [id, id], sourceId({ url: 'https://bare-write.test.example/missing' })).slice(0, 2);
  await expect(db.writeTransaction((tx) => writeBareClaims(tx, claims, 'test'))).rejects.toThrow(/expected the bare write to create \d+ claims, but it created 0/);
});
