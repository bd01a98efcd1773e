import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEED_FILE, readSeedFile, writeSeed } from '../../src/seed';
import { entityId, projectRoot } from '../../src/support';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { createTestApi, errorCodes, seedIds, type OperationResult, type TestApi } from '../helpers/testApi';

/**
 * Issue 13 through the API, on a scratch Neo4j of its own (these tests write): the seed article and
 * the trust fixture (tests/fixtures/trust/), independent origins, analyst review, and the source
 * beside its claims. Tests run in order and build on each other's writes.
 */
const TRUST_DIR = path.join(projectRoot, 'tests', 'fixtures', 'trust');
const ids = {
  engineers: entityId('ARMED_FORCE', 'North Korean engineers'),
  kursk: entityId('LOCATION', 'Kursk'),
  yonhap: entityId('ORGANIZATION', 'Yonhap'),
  wireToday: entityId('ORGANIZATION', 'Wire Today'),
  eveningPost: entityId('ORGANIZATION', 'Evening Post'),
};

let scratch: ScratchNeo4j;
let admin: TestApi;
let analystA: TestApi;
let analystB: TestApi;
let viewer: TestApi;
let anonymous: TestApi;

beforeAll(async () => {
  scratch = await startScratchNeo4j('trust');
  const files = [DEFAULT_SEED_FILE, ...readdirSync(TRUST_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(TRUST_DIR, f))];
  // The seed's writes are idempotent: on a loaded machine a cold server's first transactions can
  // time out, so each file gets up to three tries.
  for (const file of files) await withRetries(() => writeSeed(scratch.api.db, readSeedFile(file)));
  admin = scratch.api;
  analystA = await createTestApi(scratch.uri, { id: 'analyst-a', role: 'analyst' });
  analystB = await createTestApi(scratch.uri, { id: 'analyst-b', role: 'analyst' });
  viewer = await createTestApi(scratch.uri, { id: 'viewer-v', role: 'viewer' });
  anonymous = await createTestApi(scratch.uri, null);
}, 600_000);

afterAll(async () => {
  delete process.env.REVIEW_MANUAL_CLAIMS;
  await Promise.all([analystA, analystB, viewer, anonymous].filter(Boolean).map((api) => api.close()));
  await scratch?.stop();
});

async function withRetries<T>(write: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= tries || (error as { extensions?: { code?: string } }).extensions?.code !== 'REQUEST_TIMEOUT') throw error;
    }
  }
}

/** Runs an operation that must succeed and gives its data. */
async function ok(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const result: OperationResult = await api.execute(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

const FACT = `query F($types: [RelationshipType!], $fromId: ID, $toId: ID, $asOf: String) {
  relationships(filter: { types: $types, fromId: $fromId, toId: $toId }, asOf: $asOf) {
    edges { node {
      id type claimCount sourceCount originCount corroboration confidence pendingOnly disputed
      origins { id key kind entity { name } sources { title } claimCount description }
      claims { id status }
    } }
  }
}`;

async function fact(types: string[], fromId: string, toId: string, asOf?: string, api: TestApi = anonymous): Promise<any | undefined> {
  const data = await ok(api, FACT, { types, fromId, toId, asOf });
  return data.relationships.edges[0]?.node;
}

const CLAIM_FIELDS = 'id text predicate status review { status by at reason } corrects { id } correctedBy { id } extraction { rule }';

describe('independent origins', () => {
  it('counts the seed article\'s three voices on the capture (own voice, the agency, "reports suggest") as one origin', async () => {
    const capture = await fact(['CAPTURED_BY'], seedIds.soldier, seedIds.ukrainianForces);
    expect(capture).toMatchObject({ claimCount: 3, sourceCount: 1, originCount: 1, corroboration: 1, confidence: 0.675 });
    expect(capture.origins).toHaveLength(1);
    expect(capture.origins[0]).toMatchObject({ kind: 'REPORTER', entity: { name: "South Korea's intelligence agency" }, claimCount: 3 });
    expect(capture.origins[0].description).toContain("South Korea's intelligence agency is one origin however many sources relay it");
    // One origin is no corroboration.
    expect(capture.claims.map((c: any) => c.status)).toEqual(['REPORTED', 'REPORTED', 'REPORTED']);
  });

  it('counts two outlets citing one agency as one origin', async () => {
    const deployed = await fact(['DEPLOYED_TO'], ids.engineers, ids.kursk);
    expect(deployed).toMatchObject({ claimCount: 2, sourceCount: 2, originCount: 1, corroboration: 1, confidence: 0.675 });
    expect(deployed.origins).toEqual([
      expect.objectContaining({ key: `entity:${ids.yonhap}`, kind: 'REPORTER', entity: { name: 'Yonhap' }, claimCount: 2 }),
    ]);
    // An origin belongs to its fact: its id is the fact's and the key.
    expect(deployed.origins[0].id).toBe(`${deployed.id}/entity:${ids.yonhap}`);
    expect(deployed.origins[0].sources.map((s: any) => s.title).sort()).toEqual(['Engineers at the front', 'Yonhap: North Korean engineers in Kursk']);
  });

  it('counts an agency and an independent outlet as two origins; the outlet relaying the agency and unnamed reports add none', async () => {
    const fighting = await fact(['FIGHTS_IN'], ids.engineers, ids.kursk);
    // 1 − (1 − 0.675)(1 − 0.6): Yonhap's best claim (2 × B), the Evening Post's own voice (2 × C).
    expect(fighting).toMatchObject({ claimCount: 4, sourceCount: 3, originCount: 2, corroboration: 2, confidence: 0.87 });
    const origins = fighting.origins.map((o: any) => [o.entity.name, o.kind, o.claimCount]);
    expect(origins.sort()).toEqual([
      ['Evening Post', 'PUBLISHER', 2],
      ['Yonhap', 'REPORTER', 2],
    ]);
    expect(fighting.claims.map((c: any) => c.status)).toEqual(['CORROBORATED', 'CORROBORATED', 'CORROBORATED', 'CORROBORATED']);
  });

  it('recomputes sources and origins from the claims known as of a date', async () => {
    const early = await fact(['FIGHTS_IN'], ids.engineers, ids.kursk, '2025-03-02');
    expect(early).toMatchObject({ claimCount: 2, sourceCount: 2, originCount: 1, corroboration: 1, confidence: 0.675 });
    expect(early.origins.map((o: any) => o.entity.name)).toEqual(['Yonhap']);
  });
});

describe('the source beside the claim', () => {
  const SOURCE = `query S($first: Int, $after: String) { sources(first: 10) { edges { node {
    id title url text publisher { name } publishedAt { iso }
    claims(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id textSpan { start end } review { status } } } }
  } } } }`;

  it('keeps the seed article\'s text and lists every claim citing it in text order', async () => {
    const data = await ok(anonymous, SOURCE, { first: 100 });
    const bbc = data.sources.edges.map((e: any) => e.node).find((s: any) => s.publisher?.name === 'BBC');
    const seedText = readSeedFile(DEFAULT_SEED_FILE).text;
    expect(bbc.text).toBe(seedText);
    expect(bbc.claims.totalCount).toBe(21);
    const starts = bbc.claims.edges.map((e: any) => e.node.textSpan.start);
    expect(starts.length).toBe(21);
    expect(starts).toEqual([...starts].sort((a: number, b: number) => a - b));
    expect(bbc.claims.edges.every((e: any) => e.node.review.status === 'ACCEPTED')).toBe(true);
  });

  it('pages a source\'s claims with cursors that carry the position in the text', async () => {
    const first = await ok(anonymous, SOURCE, { first: 2 });
    const bbc = first.sources.edges.map((e: any) => e.node).find((s: any) => s.publisher?.name === 'BBC');
    expect(bbc.claims.pageInfo.hasNextPage).toBe(true);
    const next = await ok(anonymous, SOURCE, { first: 2, after: bbc.claims.pageInfo.endCursor });
    const bbcNext = next.sources.edges.map((e: any) => e.node).find((s: any) => s.publisher?.name === 'BBC');
    const page1 = bbc.claims.edges.map((e: any) => e.node.textSpan.start);
    const page2 = bbcNext.claims.edges.map((e: any) => e.node.textSpan.start);
    expect(page2.length).toBe(2);
    expect(Math.min(...page2)).toBeGreaterThanOrEqual(Math.max(...page1));
  });

  it('pivots by publisher and by reporter, with counts', async () => {
    const data = await ok(
      anonymous,
      `query($yonhap: ID!, $wire: ID!) {
        yonhap: entity(id: $yonhap) { published { totalCount edges { node { title } } } reported { totalCount edges { node { text source { title } } } } }
        wire: entity(id: $wire) { published { totalCount edges { node { title } } } reported { totalCount } }
      }`,
      { yonhap: ids.yonhap, wire: ids.wireToday },
    );
    expect(data.yonhap.published).toEqual({ totalCount: 1, edges: [{ node: { title: 'North Korean engineers fight in Kursk' } }] });
    expect(data.yonhap.reported.totalCount).toBe(3);
    expect(data.yonhap.reported.edges.map((e: any) => e.node.text).sort()).toEqual([
      'According to Yonhap, North Korea has deployed engineers to Kursk.',
      'North Korea deployed engineers to Kursk, Yonhap reported.',
      'Yonhap said the engineers were fighting in Kursk alongside Russian units.',
    ]);
    expect(data.wire.published.totalCount).toBe(1);
    expect(data.wire.reported.totalCount).toBe(0);
  });

  it('lists the claims learned between two dates: knownAt in (knownAfter, knownBy]', async () => {
    const data = await ok(anonymous, `{ claims(filter: { knownAfter: "2025-03-01", knownBy: "2025-03-02" }) { totalCount edges { node { source { title } } } } }`);
    expect(data.claims.totalCount).toBe(2);
    expect(new Set(data.claims.edges.map((e: any) => e.node.source.title))).toEqual(new Set(['Yonhap: North Korean engineers in Kursk']));
    const march = await ok(anonymous, `{ claims(filter: { knownAfter: "2025-02" }) { totalCount } }`);
    expect(march.claims.totalCount).toBe(6);
  });

  it('refuses a knownAfter that is not a date, naming it', async () => {
    const result = await anonymous.execute(`{ claims(filter: { knownAfter: "yesterday" }) { totalCount } }`);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('"filter.knownAfter": expected');
  });

  it('gives one bar per publication date for the as-of histogram, oldest first', async () => {
    const data = await ok(anonymous, '{ publicationDates { date claimCount } }');
    expect(data.publicationDates).toEqual([
      { date: '2024-12-27', claimCount: 21 },
      { date: '2025-03-01', claimCount: 1 },
      { date: '2025-03-02', claimCount: 2 },
      { date: '2025-03-03', claimCount: 3 },
    ]);
  });
});

describe('round trips', () => {
  // The fewer of two runs: DataLoader batches by tick, and on a loaded machine a wave is now and
  // then split in two (one entity once took 8 trips where three took 7). An N+1 costs a trip per
  // item in every run, so the minimum still shows it.
  const tripsOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const runs = [];
    for (let run = 0; run < 2; run += 1) {
      const before = anonymous.db.roundTrips;
      const data = await ok(anonymous, query, variables);
      runs.push({ trips: anonymous.db.roundTrips - before, data });
    }
    return runs[0]!.trips <= runs[1]!.trips ? runs[0]! : runs[1]!;
  };

  it('stay the same for the pivots of one entity or of three', async () => {
    const pivots = 'published(first: 5) { totalCount edges { node { title } } } reported(first: 5) { totalCount edges { node { text } } }';
    const one = await tripsOf(`query($a: ID!) { a: entity(id: $a) { ${pivots} } }`, { a: ids.yonhap });
    const three = await tripsOf(`query($a: ID!, $b: ID!, $c: ID!) { a: entity(id: $a) { ${pivots} } b: entity(id: $b) { ${pivots} } c: entity(id: $c) { ${pivots} } }`, {
      a: ids.yonhap,
      b: ids.wireToday,
      c: ids.eveningPost,
    });
    expect(three.data.c.published.totalCount).toBe(1);
    expect(three.trips).toBe(one.trips);
  });

  it('stay the same for the origins and source claims of a few items or of many', async () => {
    const origins = 'query($first: Int) { relationships(first: $first) { edges { node { origins { entity { name } sources { title publisher { name } } description } } } } }';
    // Eight facts already need every level (one fact may find its publisher cached as its origin).
    const fewFacts = await tripsOf(origins, { first: 8 });
    const manyFacts = await tripsOf(origins, { first: 20 });
    expect(manyFacts.data.relationships.edges.length).toBeGreaterThan(10);
    expect(manyFacts.trips).toBe(fewFacts.trips);
    // The page; the claims; entities and sources; publishers.
    expect(manyFacts.trips).toBeLessThanOrEqual(5);
    const claims = 'query($first: Int) { sources(first: $first) { edges { node { text claims(first: 5) { totalCount edges { node { text } } } } } } }';
    const oneSource = await tripsOf(claims, { first: 1 });
    const manySources = await tripsOf(claims, { first: 4 });
    expect(manySources.data.sources.edges.length).toBe(4);
    expect(manySources.trips).toBe(oneSource.trips);
  });
});

describe('analyst review', () => {
  let sourceId: string;
  let pendingIds: string[] = [];

  const ASSERT = `mutation A($input: ClaimInput!) { assertClaim(input: $input) { ${CLAIM_FIELDS} } }`;
  const claimInput = (excerpt: string, extra: Record<string, unknown> = {}) => ({
    sourceId,
    subjectId: ids.engineers,
    predicate: 'WOUNDED_IN',
    objectId: ids.kursk,
    excerpt,
    credibility: 3,
    ...extra,
  });

  beforeAll(async () => {
    const data = await ok(admin, '{ sources(first: 100) { edges { node { id title } } } }');
    sourceId = data.sources.edges.map((e: any) => e.node).find((s: any) => s.title === 'Engineers at the front').id;
  });

  it('starts claims entered through the API ACCEPTED by default', async () => {
    const data = await ok(analystA, ASSERT, { input: claimInput('Dozens of engineers were wounded in Kursk.', { predicate: 'CASUALTIES_IN', quantity: { value: 30, qualifier: 'AT_LEAST' } }) });
    expect(data.assertClaim.review).toEqual({ status: 'ACCEPTED', by: null, at: null, reason: null });
  });

  it('starts them PENDING with REVIEW_MANUAL_CLAIMS=pending, and a fact of pending claims alone is pendingOnly', async () => {
    process.env.REVIEW_MANUAL_CLAIMS = 'pending';
    try {
      for (const excerpt of ['Some engineers were wounded in Kursk.', 'Engineers were said to be wounded near Kursk.']) {
        const data = await ok(analystA, ASSERT, { input: claimInput(excerpt, { reportedById: excerpt.startsWith('Some') ? ids.yonhap : null }) });
        expect(data.assertClaim.review.status).toBe('PENDING');
        pendingIds.push(data.assertClaim.id);
      }
    } finally {
      delete process.env.REVIEW_MANUAL_CLAIMS;
    }
    const wounded = await fact(['WOUNDED_IN'], ids.engineers, ids.kursk);
    expect(wounded).toMatchObject({ claimCount: 2, pendingOnly: true });
    const fighting = await fact(['FIGHTS_IN'], ids.engineers, ids.kursk);
    expect(fighting.pendingOnly).toBe(false);
  });

  it('lists the pending claims in the review queue oldest first, filtered by source, predicate and rule', async () => {
    const QUEUE = `query Q($filter: ReviewQueueFilter, $first: Int, $after: String) {
      reviewQueue(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id review { status } } } }
    }`;
    const all = await ok(anonymous, QUEUE, {});
    expect(all.reviewQueue.totalCount).toBe(2);
    expect(all.reviewQueue.edges.map((e: any) => e.node.id)).toEqual(pendingIds);
    const firstPage = await ok(anonymous, QUEUE, { first: 1 });
    expect(firstPage.reviewQueue.edges.map((e: any) => e.node.id)).toEqual([pendingIds[0]]);
    const secondPage = await ok(anonymous, QUEUE, { first: 1, after: firstPage.reviewQueue.pageInfo.endCursor });
    expect(secondPage.reviewQueue.edges.map((e: any) => e.node.id)).toEqual([pendingIds[1]]);
    expect((await ok(anonymous, QUEUE, { filter: { sourceId, predicates: ['WOUNDED_IN'] } })).reviewQueue.totalCount).toBe(2);
    expect((await ok(anonymous, QUEUE, { filter: { predicates: ['FIGHTS_IN'] } })).reviewQueue.totalCount).toBe(0);
    expect((await ok(anonymous, QUEUE, { filter: { rule: 'no-such-rule' } })).reviewQueue.totalCount).toBe(0);
  });

  it('lets only analysts review: a viewer is FORBIDDEN and an anonymous caller UNAUTHENTICATED', async () => {
    const accept = `mutation($id: ID!) { acceptClaim(id: $id) { id } }`;
    expect(errorCodes(await viewer.execute(accept, { id: pendingIds[0] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await anonymous.execute(accept, { id: pendingIds[0] }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await analystA.execute(accept, { id: 'no-such-claim' }))).toEqual(['NOT_FOUND']);
  });

  it('accepts a claim, recording who and when, and the fact is no longer pendingOnly', async () => {
    const data = await ok(analystA, `mutation($id: ID!) { acceptClaim(id: $id) { ${CLAIM_FIELDS} } }`, { id: pendingIds[0] });
    expect(data.acceptClaim.review).toMatchObject({ status: 'ACCEPTED', by: 'analyst-a', reason: null });
    expect(data.acceptClaim.review.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await fact(['WOUNDED_IN'], ids.engineers, ids.kursk)).pendingOnly).toBe(false);
  });

  it('lets the reviewer reopen their own review, refuses another analyst (reopening or overturning it), and lets an admin', async () => {
    const reopen = `mutation($id: ID!) { reopenClaim(id: $id) { review { status by } } }`;
    const refused = await analystB.execute(reopen, { id: pendingIds[0] });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toContain('expected the reviewer (analyst-a) or an admin');
    // Nor may another analyst overturn the verdict by rejecting (or accepting) again.
    const overturn = await analystB.execute(`mutation($id: ID!) { rejectClaim(id: $id, reason: "I read it otherwise.") { id } }`, { id: pendingIds[0] });
    expect(errorCodes(overturn)).toEqual(['FORBIDDEN']);
    expect(overturn.errors?.[0]?.message).toBe(`expected the reviewer (analyst-a) or an admin to reject claim ${pendingIds[0]}, accepted by analyst-a, but got analyst-b with the role analyst`);
    // Nor by correcting it, which rejects the original and writes the correction as accepted by the caller.
    const correction = await analystB.execute(`mutation($id: ID!) { correctClaim(id: $id, input: { predicate: CASUALTIES_IN }, reason: "I read it otherwise.") { id } }`, { id: pendingIds[0] });
    expect(errorCodes(correction)).toEqual(['FORBIDDEN']);
    expect(correction.errors?.[0]?.message).toContain(`or an admin to correct claim ${pendingIds[0]}, accepted by analyst-a`);
    expect((await ok(analystA, reopen, { id: pendingIds[0] })).reopenClaim.review).toEqual({ status: 'PENDING', by: null });
    await ok(analystB, `mutation($id: ID!) { acceptClaim(id: $id) { id } }`, { id: pendingIds[0] });
    expect(errorCodes(await analystA.execute(`mutation($id: ID!) { rejectClaim(id: $id, reason: "No.") { id } }`, { id: pendingIds[0] }))).toEqual(['FORBIDDEN']);
    expect((await ok(admin, reopen, { id: pendingIds[0] })).reopenClaim.review).toEqual({ status: 'PENDING', by: null });
    const history = await ok(anonymous, `query($id: ID!) { entity(id: $id) { history { by action summary } } }`, { id: ids.engineers });
    expect(history.entity.history[0]).toEqual({ by: 'test-admin', action: 'CLAIM_REOPENED', summary: `claim ${pendingIds[0]} reopened for review (was ACCEPTED by analyst-b)` });
  });

  it('rejects a claim with a reason: it leaves its fact, and a fact with no claim left disappears', async () => {
    const reject = `mutation($id: ID!, $reason: String!) { rejectClaim(id: $id, reason: $reason) { ${CLAIM_FIELDS} } }`;
    expect(errorCodes(await analystA.execute(reject, { id: pendingIds[0], reason: '  ' }))).toEqual(['BAD_USER_INPUT']);
    const data = await ok(analystA, reject, { id: pendingIds[0], reason: 'The sentence says nothing about Kursk.' });
    expect(data.rejectClaim.review).toMatchObject({ status: 'REJECTED', by: 'analyst-a', reason: 'The sentence says nothing about Kursk.' });
    expect(await fact(['WOUNDED_IN'], ids.engineers, ids.kursk)).toMatchObject({ claimCount: 1, pendingOnly: true });
    await ok(analystA, reject, { id: pendingIds[1], reason: 'Not about these engineers.' });
    expect(await fact(['WOUNDED_IN'], ids.engineers, ids.kursk)).toBeUndefined();
    const rejected = await ok(anonymous, `{ claims(filter: { reviewStatuses: [REJECTED] }) { totalCount } }`);
    expect(rejected.claims.totalCount).toBe(2);
  });

  it('leaves a rejected denial out of disputes', async () => {
    const denial = await ok(analystA, ASSERT, {
      input: claimInput('Engineers were not fighting in Kursk, a spokesman said.', { predicate: 'FIGHTS_IN', polarity: 'DENIED' }),
    });
    expect((await fact(['FIGHTS_IN'], ids.engineers, ids.kursk)).disputed).toBe(true);
    await ok(analystA, `mutation($id: ID!) { rejectClaim(id: $id, reason: "Misread: the spokesman confirmed it.") { id } }`, { id: denial.assertClaim.id });
    const fighting = await fact(['FIGHTS_IN'], ids.engineers, ids.kursk);
    expect(fighting).toMatchObject({ disputed: false, originCount: 2 });
    const disputes = await ok(anonymous, `query($id: ID) { disputes(entityId: $id) { totalCount } }`, { id: ids.engineers });
    expect(disputes.disputes.totalCount).toBe(0);
  });

  it('corrects a claim: the original is kept REJECTED naming the correction, the correction is ACCEPTED, the history says who changed what', async () => {
    const [original] = pendingIds;
    await ok(admin, `mutation($id: ID!) { reopenClaim(id: $id) { id } }`, { id: original });
    const data = await ok(
      analystB,
      `mutation($id: ID!, $input: ClaimCorrectionInput!) { correctClaim(id: $id, input: $input, reason: "Casualties, not wounded only") { ${CLAIM_FIELDS} } }`,
      { id: original, input: { predicate: 'CASUALTIES_IN', quantity: { value: 12, unit: 'engineers' } } },
    );
    const corrected = data.correctClaim;
    expect(corrected).toMatchObject({ predicate: 'CASUALTIES_IN', text: 'Some engineers were wounded in Kursk.', corrects: { id: original } });
    expect(corrected.review).toMatchObject({ status: 'ACCEPTED', by: 'analyst-b' });
    const [old] = (await ok(anonymous, `{ claims(filter: { reviewStatuses: [REJECTED] }, first: 100) { edges { node { ${CLAIM_FIELDS} } } } }`)).claims.edges
      .map((e: any) => e.node)
      .filter((c: any) => c.id === original);
    expect(old.review.status).toBe('REJECTED');
    expect(old.review.reason).toBe(`corrected by claim ${corrected.id}: Casualties, not wounded only`);
    expect(old.correctedBy).toEqual({ id: corrected.id });
    const history = await ok(anonymous, `query($id: ID!) { entity(id: $id) { history { by action summary } } }`, { id: ids.engineers });
    const change = history.entity.history.find((h: any) => h.action === 'CLAIM_CORRECTED');
    expect(change).toMatchObject({ by: 'analyst-b' });
    expect(change.summary).toContain('predicate "WOUNDED_IN" → "CASUALTIES_IN"');
    expect(change.summary).toContain('quantity null → "EXACTLY 12 engineers"');
    const reopen = await analystB.execute(`mutation($id: ID!) { reopenClaim(id: $id) { id } }`, { id: original });
    expect(errorCodes(reopen)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a correction that changes nothing', async () => {
    const data = await ok(analystA, ASSERT, { input: claimInput('Engineers were hurt in Kursk.', { predicate: 'ATTACKED' }) });
    const same = await analystA.execute(
      `mutation($id: ID!) { correctClaim(id: $id, input: { predicate: ATTACKED }, reason: "same") { id } }`,
      { id: data.assertClaim.id },
    );
    expect(errorCodes(same)).toEqual(['BAD_USER_INPUT']);
    expect(same.errors?.[0]?.message).toContain('expected a correction that changes the claim');
  });

  it('keeps an ingested article\'s text and starts its extracted claims PENDING, with their rule in the queue', async () => {
    const text = "South Korea's intelligence agency said on Tuesday that North Korea has sent about 3,000 troops to Russia since October.";
    const data = await ok(
      analystA,
      `mutation($input: ArticleInput!) { ingestArticle(input: $input) { source { id text claims { totalCount edges { node { ${CLAIM_FIELDS} } } } } claims { id } } }`,
      { input: { text, title: 'Trust fixture wire', publisher: 'Wire Today', publishedAt: '2025-03-04' } },
    );
    const source = data.ingestArticle.source;
    expect(source.text).toBe(text);
    expect(source.claims.totalCount).toBeGreaterThan(0);
    const claims = source.claims.edges.map((e: any) => e.node);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.review.status).toBe('PENDING');
      expect(claim.extraction?.rule).toEqual(expect.any(String));
    }
    const rule = claims[0].extraction.rule;
    const queue = await ok(anonymous, `query($rule: String, $sourceId: ID) { reviewQueue(filter: { rule: $rule, sourceId: $sourceId }) { totalCount edges { node { id } } } }`, { rule, sourceId: source.id });
    expect(queue.reviewQueue.totalCount).toBeGreaterThan(0);
    expect(queue.reviewQueue.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([claims[0].id]));
  });
});

it('reads the trust fixture\'s texts verbatim (the fixture itself is sound)', () => {
  for (const file of readdirSync(TRUST_DIR).filter((f) => f.endsWith('.json'))) {
    const plan = readSeedFile(path.join(TRUST_DIR, file));
    expect(plan.text).toBe(readFileSync(path.join(TRUST_DIR, file.replace('.json', '.txt')), 'utf8'));
  }
});
