import { planDbHits } from '../../bench/profile';
import { tripleKey, type ClaimInput } from '../../src/claim';
import { writeClaims } from '../../src/claim/repository';
import { upsertEntities } from '../../src/entity/repository';
import { recordSource } from '../../src/source/repository';
import { entityId, parsePartialDate, sourceId } from '../../src/support';
import { planOperators } from '../helpers/planOperators';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { writeHits } from '../helpers/writeHits';

/**
 * The write statements find a triple's claims by a seek on the claim_triple_key index, pinned by a
 * hint, whatever the store's statistics said when a statement was planned: a scan of every claim
 * for each triple of a batch costs the store's size per triple (docs/benchmarks.md, "Loads that
 * take 140 to 165 s"). With `USING INDEX` in an EXISTS within an expression, assertClaims' check
 * was still planned as a scan of the whole index or of the label on some stores (one that earlier
 * suites had filled and emptied: as many hits as the scan); `USING INDEX SEEK` allows only a
 * seek. The cost is read in Neo4j's database hits (PROFILE), which do not depend on how busy the
 * machine is, and set against the same statement made to scan; the plans (EXPLAIN) must show the
 * seeks. Today's disputes over the whole graph are found the same way, from the claims marked
 * DISPUTED (index claim_status) and then by triple key.
 */
let scratch: ScratchNeo4j;
beforeAll(async () => {
  scratch = await startScratchNeo4j('triple-key-seek');
}, 180_000);
afterAll(() => scratch?.stop());

const ACTOR = 'triple-key-seek-test';
const OTHER_CLAIMS = 4_000;
const BATCH = 20;

/** A batch of new claims, each in a triple of its own. */
async function newClaims(): Promise<ClaimInput[]> {
  const day = '2025-03-01';
  const url = 'https://triple-key.example/report';
  const people = Array.from({ length: BATCH + 1 }, (_, i) => ({ kind: 'PERSON' as const, name: `Triple Key Person ${i}` }));
  await scratch.api.db.writeTransaction(async (tx) => {
    await upsertEntities(tx, people, ACTOR);
    await recordSource(tx, { url, title: 'A report', publishedAt: parsePartialDate(day), publisherId: null }, ACTOR);
  });
  const ids = people.map((p) => entityId(p.kind, p.name));
  return ids.slice(1).map((subjectId) => ({
    sourceId: sourceId({ url }), subjectId, predicate: 'ALLIED_WITH', objectId: ids[0] as string, polarity: 'ASSERTED', quantity: null,
    validFrom: parsePartialDate(day), validTo: null, excerpt: 'They are allies.', reportedById: null, attribution: 'SOURCE', credibility: 3, note: null,
  }));
}

it('assertClaims checks each triple of a batch by a seek on its key, not a scan of every claim', async () => {
  // Claims of other triples: what a scan would read once per triple of the batch.
  await scratch.api.db.runStatement(
    `UNWIND range(1, $n) AS i CREATE (:Claim {id: 'other-' + i, tripleKey: 'other|ALLIED_WITH|' + i, status: 'REPORTED'})`,
    { n: OTHER_CLAIMS },
  );
  const claims = await newClaims();
  expect(new Set(claims.map((c) => tripleKey({ fromId: c.subjectId, type: 'ALLIED_WITH', toId: c.objectId ?? null }))).size).toBe(BATCH);

  const seek = (await writeHits(scratch.api.db, claims, ACTOR)).get('assertClaims') as number;
  const rewrite = (text: string) => text.replace('USING INDEX SEEK other:Claim(tripleKey)', 'USING SCAN other:Claim');
  const scan = (await writeHits(scratch.api.db, claims, ACTOR, { rewrite })).get('assertClaims') as number;
  console.log(`assertClaims of ${BATCH} claims in new triples beside ${OTHER_CLAIMS} other claims: ${seek} db hits with the seek, ${scan} made to scan`);
  // The scan reads every claim for each of the 20 triples; the seek, their own (none).
  expect(scan).toBeGreaterThan(BATCH * OTHER_CLAIMS);
  expect(seek).toBeLessThan(scan / 20);
}, 300_000);

it('assertClaims, findTripleClaims and findSupportingClaims plan a seek of a triple\'s claims by its key', async () => {
  for (const [name, params] of [
    [
      'assertClaims',
      {
        subjectIds: ['other'], credibilityWeights: { '3': 0.5 }, reliabilityWeights: { F: 0.5 },
        claims: [{ id: 'x', tripleKey: 'other|ALLIED_WITH|1', sourceId: 's', subjectId: 'other', objectId: '1', reportedById: null, intermediaryId: null, excerpts: [], props: { attribution: 'SOURCE', credibility: 3 } }],
      },
    ],
    ['findTripleClaims', { triples: [{ key: 'other|ALLIED_WITH|1', append: null }] }],
    ['findSupportingClaims', { keys: [{ fromId: 'other', type: 'ALLIED_WITH', toId: '1' }] }],
  ] as const) {
    const plan = await planOperators(scratch.api.db, name, params);
    expect({ name, seeks: plan.some((op) => /^NodeIndexSeek(@neo4j)? .*(c|other):Claim\(tripleKey\)/.test(op)), scans: plan.filter((op) => /NodeByLabelScan.*Claim|NodeIndexScan.*Claim\(tripleKey\)/.test(op)) }).toEqual({ name, seeks: true, scans: [] });
  }
}, 120_000);

it("today's disputes over the whole graph seek the claims marked DISPUTED, and are the ones a reading of every claim finds", async () => {
  const db = scratch.api.db;
  // The first test's claims of other triples are still there: what a scan would read.
  const [counted] = await db.runStatement('MATCH (c:Claim) RETURN count(c) AS claims');
  const stored = Number(counted?.claims);
  expect(stored).toBeGreaterThanOrEqual(OTHER_CLAIMS);

  // One triple asserted by one outlet and denied by another: a POLARITY dispute, both claims DISPUTED.
  const [assertion] = await newClaims();
  const denialUrl = 'https://triple-key.example/denial';
  await db.writeTransaction(async (tx) => {
    await recordSource(tx, { url: denialUrl, title: 'A denial', publishedAt: parsePartialDate('2025-03-02'), publisherId: null }, ACTOR);
    await writeClaims(tx, [assertion!, { ...assertion!, sourceId: sourceId({ url: denialUrl }), polarity: 'DENIED', excerpt: 'They are not allies.' }], ACTOR);
  });

  const DISPUTES = `query($asOf: String) { disputes(first: 100, asOf: $asOf) { totalCount edges { node { disputeId kind claims { claimId status } } } } }`;
  const shape = (data: any) => data.disputes.edges.map((e: any) => ({ disputeId: e.node.disputeId, kind: e.node.kind, claims: e.node.claims.map((c: any) => c.claimId).sort() }));
  const today = await scratch.api.execute(DISPUTES, {});
  const everyClaim = await scratch.api.execute(DISPUTES, { asOf: '2999-12-31' });
  expect(today.errors).toBeUndefined();
  expect(everyClaim.errors).toBeUndefined();
  expect(today.data?.disputes.totalCount).toBe(1);
  expect(today.data?.disputes.edges[0].node.kind).toBe('POLARITY');
  expect(today.data?.disputes.edges[0].node.claims.map((c: any) => c.status)).toEqual(['DISPUTED', 'DISPUTED']);
  expect(shape(today.data)).toEqual(shape(everyClaim.data));

  // Database hits: the seeks read the two claims of the one disputed triple; made to scan, every claim.
  const hits = async (rewrite: (text: string) => string) => planDbHits((await db.driver.executeQuery(`PROFILE ${rewrite(db.text('findDisputedTriples'))}`)).summary.profile);
  const seek = await hits((text) => text);
  const scan = await hits((text) => text.replace('USING INDEX SEEK d:Claim(status)', 'USING SCAN d:Claim'));
  console.log(`findDisputedTriples beside ${stored} claims: ${seek} db hits with the seek, ${scan} made to scan`);
  expect(scan).toBeGreaterThan(stored);
  expect(seek).toBeLessThan(scan / 20);
  const plan = await planOperators(db, 'findDisputedTriples', {});
  expect(plan.filter((op) => /^NodeIndexSeek(@neo4j)? .*d:Claim\(status\)/.test(op))).toHaveLength(1);
  expect(plan.filter((op) => /NodeByLabelScan|NodeIndexScan/.test(op))).toEqual([]);
}, 120_000);
