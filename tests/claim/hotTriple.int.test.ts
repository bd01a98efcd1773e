import { writeClaims, type ClaimInput } from '../../src/claim/repository';
import { upsertEntities } from '../../src/entity/repository';
import type { Row } from '../../src/neo4j';
import { recordSource } from '../../src/source/repository';
import { entityId, parsePartialDate, sourceId } from '../../src/support';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { writeHits as writeHitsOf } from '../helpers/writeHits';

/**
 * A triple a feed reports every day gathers thousands of claims. Writing another batch of them must
 * cost about what the batch is, not the batch times the triple: assertClaims once counted the
 * triple's claims for every row it wrote. Measured in Neo4j's database hits (PROFILE), which do not
 * depend on how busy the machine is.
 */
let scratch: ScratchNeo4j;
beforeAll(async () => {
  scratch = await startScratchNeo4j('hot-triple');
}, 180_000);
afterAll(() => scratch?.stop());

const ACTOR = 'hot-triple-test';
const attacker = entityId('ARMED_FORCE', 'Hot Triple Attackers');
const defender = entityId('ARMED_FORCE', 'Hot Triple Defenders');

/** `count` attacks of one day, each from a source of its own (an outlet's report of the day). */
async function attacks(day: string, count: number): Promise<ClaimInput[]> {
  const ids: string[] = [];
  await scratch.api.db.writeTransaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const url = `https://outlet-${i}.example/${day}/attack`;
      await recordSource(tx, { url, title: `Attack reported on ${day}`, publishedAt: parsePartialDate(day), publisherId: null }, ACTOR);
      ids.push(sourceId({ url }));
    }
  });
  return ids.map((id) => ({
    sourceId: id, subjectId: attacker, predicate: 'ATTACKED', objectId: defender, polarity: 'ASSERTED', quantity: null,
    validFrom: parsePartialDate(day), validTo: parsePartialDate(day), excerpt: `The attackers struck on ${day}.`,
    reportedById: null, attribution: 'SOURCE', credibility: 3, note: null,
  }));
}

/** The write path's database hits, by statement, for these claims (tests/helpers/writeHits.ts). */
const writeHits = (claims: ClaimInput[], rowsOf: Map<string, Row[]> = new Map()) => writeHitsOf(scratch.api.db, claims, ACTOR, { rowsOf });

const assertClaimsHits = async (claims: ClaimInput[]) => (await writeHits(claims)).get('assertClaims') ?? -1;
const total = (hits: Map<string, number>) => [...hits.values()].reduce((sum, n) => sum + n, 0);

it('writes a batch into a triple of 2,000 claims for about what a batch into a new triple costs', async () => {
  await scratch.api.db.writeTransaction((tx) =>
    upsertEntities(tx, [{ kind: 'ARMED_FORCE', name: 'Hot Triple Attackers' }, { kind: 'ARMED_FORCE', name: 'Hot Triple Defenders' }], ACTOR),
  );
  const batch = await attacks('2025-06-01', 100);
  const intoNewTriple = await assertClaimsHits(batch);

  // Twenty days of a hundred reports each: 2,000 claims of the one triple.
  for (let d = 1; d <= 20; d++) {
    const claims = await attacks(`2025-05-${String(d).padStart(2, '0')}`, 100);
    await scratch.api.db.writeTransaction((tx) => writeClaims(tx, claims, ACTOR));
  }
  const [stored] = await scratch.api.db.runStatement(`MATCH (c:Claim {predicate: 'ATTACKED'}) RETURN count(c) AS claims`);
  expect(stored).toEqual({ claims: 2000 });
  const intoHotTriple = await assertClaimsHits(batch);

  expect(intoNewTriple).toBeGreaterThan(0);
  // Counting the triple for each of the 100 rows read 2,000 claims 100 times: over 400,000 hits.
  expect(intoHotTriple).toBeLessThan(2 * intoNewTriple);
}, 300_000);

it('derives the fact of that triple from the stored fact and the batch, without reading its 2,000 claims', async () => {
  // The triple holds 2,000 claims from the test above; another day's hundred reports, each from an outlet of its own.
  const batch = await attacks('2025-06-02', 100);
  const rows = new Map<string, Row[]>();
  const hits = await writeHits(batch, rows);
  // findTripleClaims gave the stored fact, not the triple's claims with their sources and publishers.
  expect(rows.get('findTripleClaims')?.map((row) => ({ fact: row.fact !== null, claims: (row.claims as unknown[]).length }))).toEqual([{ fact: true, claims: 0 }]);
  // The whole write costs about what its own claims do: assertClaims' share, not the triple's 2,000 claims.
  const statements = total(hits);
  console.log(`write into the hot triple: ${JSON.stringify(Object.fromEntries(hits))} (${statements} hits)`);
  expect(hits.get('findTripleClaims')).toBeLessThan((hits.get('assertClaims') as number) / 4);
  expect(statements).toBeLessThan(2 * (hits.get('assertClaims') as number));
}, 300_000);
