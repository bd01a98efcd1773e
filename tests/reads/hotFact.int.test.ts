import { claimIdsOf, createLoaders, FACT_CLAIMS_READ_WHOLE } from '../../src/api/loaders';
import { writeClaims, type ClaimInput } from '../../src/claim/repository';
import { findRelationships, type RelationshipRecord } from '../../src/graph';
import { upsertEntities } from '../../src/entity/repository';
import { Database, type Row } from '../../src/neo4j';
import { recordSource } from '../../src/source/repository';
import { entityId, pageRequest, parsePartialDate, sourceId } from '../../src/support';
import { createTestApi, type OperationResult, type TestApi } from '../helpers/testApi';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * A fact a feed reports every day gathers thousands of claims, and a page of facts shows it beside
 * facts of one or two. `claims(first: 3)` shows three: the statement that reads the page must read
 * those three, not every claim of the fact with its source; a page, a relationships list or a
 * neighbourhood that shows no claims must not ship the fact's claim ids; and no read ships the lists
 * a fact keeps for writes. Every answer must be the one the DataLoaders give (single-statement reads
 * off) and the one the whole records give (projected reads off).
 */
let scratch: ScratchNeo4j;
let loaders: TestApi;
let whole: TestApi;
beforeAll(async () => {
  scratch = await startScratchNeo4j('hot-fact-reads');
  loaders = await createTestApi(scratch.uri, null, { singleStatementReads: false });
  whole = await createTestApi(scratch.uri, null, { projectedReads: false });
}, 180_000);
afterAll(async () => {
  await loaders?.close();
  await whole?.close();
  await scratch?.stop();
});

const ACTOR = 'hot-fact-test';
const CLAIMS = 240;
const attacker = entityId('ARMED_FORCE', 'Hot Fact Attackers');
const defender = entityId('ARMED_FORCE', 'Hot Fact Defenders');
const bystander = entityId('ARMED_FORCE', 'Hot Fact Bystanders');

/** One claim of `subject` ATTACKED `object` from each of `count` outlets on `day`. */
async function reports(day: string, count: number, object: string): Promise<ClaimInput[]> {
  const ids: string[] = [];
  await scratch.api.db.writeTransaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const url = `https://outlet-${i}.example/${day}/${object}`;
      await recordSource(tx, { url, title: `Fighting on ${day}`, publishedAt: parsePartialDate(day), publisherId: null }, ACTOR);
      ids.push(sourceId({ url }));
    }
  });
  return ids.map((id) => ({
    sourceId: id, subjectId: attacker, predicate: 'ATTACKED', objectId: object, polarity: 'ASSERTED', quantity: null,
    validFrom: parsePartialDate(day), validTo: parsePartialDate(day), excerpt: `The attackers struck on ${day}.`,
    reportedById: null, attribution: 'SOURCE', credibility: 3, note: null,
  }));
}

beforeAll(async () => {
  await scratch.api.db.writeTransaction((tx) =>
    upsertEntities(tx, ['Hot Fact Attackers', 'Hot Fact Defenders', 'Hot Fact Bystanders'].map((name) => ({ kind: 'ARMED_FORCE' as const, name })), ACTOR),
  );
  // Three days of 80 reports into one triple, and two reports into another.
  for (const day of ['2025-03-01', '2025-03-02', '2025-03-03']) {
    const claims = await reports(day, CLAIMS / 3, defender);
    await scratch.api.db.writeTransaction((tx) => writeClaims(tx, claims, ACTOR));
  }
  const claims = await reports('2025-03-02', 2, bystander);
  await scratch.api.db.writeTransaction((tx) => writeClaims(tx, claims, ACTOR));
}, 300_000);

/**
 * Runs the operation through the API as deployed (single-statement and projected reads), and as the
 * other two read it; asserts one answer without errors. Returns the rows each named query returned.
 */
async function answer(query: string, variables: Record<string, unknown> = {}): Promise<{ result: OperationResult; rows: Map<string, Row[]> }> {
  const rows = new Map<string, Row[]>();
  const read = jest.spyOn(Database.prototype, 'read');
  let result: OperationResult;
  try {
    result = await scratch.api.execute(query, { id: attacker, ...variables });
    for (const [i, [name]] of read.mock.calls.entries()) rows.set(name, [...(rows.get(name) ?? []), ...(await read.mock.results[i]!.value)]);
  } finally {
    read.mockRestore();
  }
  expect(result.errors).toBeUndefined();
  expect(result).toEqual(await loaders.execute(query, { id: attacker, ...variables }));
  expect(result).toEqual(await whole.execute(query, { id: attacker, ...variables }));
  return { result, rows };
}

type PageFact = { values: unknown[]; claims: unknown[] };
/** The claim ids and claims each fact of a projected page came back with, by its claim count. */
const projectedFacts = (rows: Map<string, Row[]>) =>
  ((rows.get('findEntityRelationshipsProjected')?.[0]?.page ?? []) as PageFact[]).map((fact) => ({ claimIds: (fact.values[1] as unknown[]).length, claims: fact.claims.length }));

it('holds the two facts the reads are about', async () => {
  const { result } = await answer(`query($id: ID!) { entity(id: $id) { relationships { edges { node { to { name } claimCount } } } } }`);
  const counts = (result.data as any).entity.relationships.edges.map((e: any) => [e.node.to.name, e.node.claimCount]).sort();
  expect(counts).toEqual([['Hot Fact Bystanders', 2], ['Hot Fact Defenders', CLAIMS]]);
});

it('reads the claims a projected page shows, and no claim ids where it shows none', async () => {
  const shown = await answer(`query($id: ID!) { entity(id: $id) { relationships { edges { node { claimCount claims(first: 3) { id text source { url } } } } } } }`);
  const facts = (shown.result.data as any).entity.relationships.edges.map((e: any) => e.node);
  expect(facts.map((f: any) => [f.claimCount, f.claims.length]).sort()).toEqual([[2, 2], [CLAIMS, 3]]);
  expect(projectedFacts(shown.rows).sort((a, b) => a.claims - b.claims)).toEqual([{ claimIds: 2, claims: 2 }, { claimIds: 3, claims: 3 }]);
  // Nothing else was read: the three claims and their sources came with the page.
  expect([...shown.rows.keys()]).toEqual(['findEntityRelationshipsProjected']);

  const none = await answer(`query($id: ID!) { entity(id: $id) { relationships { edges { node { claimCount confidence } } } } }`);
  expect(projectedFacts(none.rows)).toEqual([{ claimIds: 0, claims: 0 }, { claimIds: 0, claims: 0 }]);

  // Without `first`, every claim is shown, so every claim is read.
  const all = await answer(`query($id: ID!) { entity(id: $id) { relationships { edges { node { claims { id } } } } } }`);
  expect(projectedFacts(all.rows).sort((a, b) => a.claims - b.claims)).toEqual([{ claimIds: 2, claims: 2 }, { claimIds: CLAIMS, claims: CLAIMS }]);
});

it('reads the claims a page read whole shows, and lets origins read their own', async () => {
  // Origins are not projected: the page is read whole (findEntityWithRelationships).
  const query = `query($id: ID!) { entity(id: $id) { relationships { edges { node {
    claimCount claims(first: 4) { id source { title } } origins(first: 2) { key kind claimCount sources(first: 1) { url } }
  } } } } }`;
  const { result, rows } = await answer(query);
  const facts = (result.data as any).entity.relationships.edges.map((e: any) => e.node);
  expect(facts.map((f: any) => [f.claimCount, f.claims.length, f.origins.length]).sort()).toEqual([[2, 2, 2], [CLAIMS, 4, 2]]);
  // Four of the hot fact's claims and the other's two, not all 242.
  expect(rows.get('findEntityWithRelationships')?.[0]?.claims).toHaveLength(6);
  // Origins group every claim of a fact by the few fields they need: those not read whole already.
  expect(rows.get('findOriginClaims')).toHaveLength(CLAIMS + 2 - 6);
});

it('reads a fact\'s claims whole in a view as of a date, where the view derives it from them', async () => {
  const { result, rows } = await answer(`query($id: ID!, $asOf: String) { entity(id: $id) { relationships(asOf: $asOf) { edges { node {
    claimCount claims(first: 1) { id status }
  } } } } }`, { asOf: '2999-01-01' });
  const facts = (result.data as any).entity.relationships.edges.map((e: any) => e.node);
  expect(facts.map((f: any) => [f.claimCount, f.claims.length]).sort()).toEqual([[2, 1], [CLAIMS, 1]]);
  // Both facts are under the view's threshold (1,000): each is read whole, and nothing else.
  expect(rows.get('findEntityWithRelationships')?.[0]?.claims).toHaveLength(CLAIMS + 2);
  expect(rows.has('findFactClaims')).toBe(false);
});

it('ships none of a fact\'s write-side lists (claimKnownAt, originKeys, …) with the facts it reads whole', async () => {
  const lists = ['claimKnownAt', 'originKeys', 'originScores', 'quantityDates', 'openStartDates'];
  const reads: Array<[string, string, (row: Row) => unknown[]]> = [
    ['findEntityWithRelationships', `query($id: ID!) { entity(id: $id) { relationships { edges { node { claimCount origins(first: 1) { key } } } } } }`, (row) => row.page as unknown[]],
    ['findRelationships', `query($id: ID!) { relationships(filter: { entityId: $id }) { edges { node { claimCount origins(first: 1) { key } } } } }`, (row) => [row.relationship]],
    ['findRelationshipsInIdOrder', `{ relationships { edges { node { claimCount claims(first: 1) { id } } } } }`, (row) => [row.relationship]],
    ['expandNeighborhood', `query($id: ID!) { neighborhood(id: $id) { edges { claimCount } } }`, (row) => [row.relationship]],
  ];
  for (const [name, query, factsOf] of reads) {
    const { rows } = await answer(query);
    const facts = (rows.get(name) ?? []).flatMap(factsOf) as Array<Record<string, unknown>>;
    expect([name, facts.length]).toEqual([name, 2]);
    // The fact's own fields come back; its lists do not (the hot fact holds 240 entries in each).
    for (const fact of facts) expect([name, fact.claimCount, lists.map((key) => fact[key] ?? null)]).toEqual([name, expect.any(Number), lists.map(() => null)]);
  }
});

it('leaves the facts\' claim ids in Neo4j where a page, an entity\'s relationships, a neighbourhood or a path shows no claims or origins', async () => {
  const reads: Array<[string, string, (row: Row) => unknown[]]> = [
    ['findRelationships', `query($id: ID!) { relationships(filter: { entityId: $id }) { edges { node { claimCount confidence } } } }`, (row) => [row.relationship]],
    ['findRelationshipsInIdOrder', `{ relationships { edges { node { type claimCount from { name } } } } }`, (row) => [row.relationship]],
    ['expandNeighborhood', `query($id: ID!) { neighborhood(id: $id) { edges { claimCount } nodes { name } } }`, (row) => [row.relationship]],
  ];
  for (const [name, query, factsOf] of reads) {
    const { rows } = await answer(query);
    const facts = (rows.get(name) ?? []).flatMap(factsOf) as Array<Record<string, unknown>>;
    expect([name, facts.map((fact) => [fact.claimCount, fact.claimIds]).sort()]).toEqual([name, [[2, []], [CLAIMS, []]]]);
  }
  // Entity.relationships through its loader (not Query.entity's statement): an entity reached by a fact.
  const nested = await answer(`query($id: ID!) { entity(id: $id) { relationships { edges { node { to { relationships { edges { node { claimCount } } } } } } } } }`);
  expect((nested.rows.get('findEntityRelationships') ?? []).flatMap((row) => row.page as Array<Record<string, unknown>>).map((fact) => [fact.claimCount, fact.claimIds]).sort())
    .toEqual([[2, []], [CLAIMS, []]]);
  const paths = await answer(`query($id: ID!, $to: ID!) { paths(from: $id, to: $to) { edges { claimCount } } }`, { to: defender });
  expect((paths.rows.get('shortestPaths') ?? []).flatMap((row) => row.relationships as Array<Record<string, unknown>>).map((fact) => [fact.claimCount, fact.claimIds]))
    .toEqual([[CLAIMS, []]]);
  // Shown, they are read: a fragment asks for the claims.
  const { rows } = await answer(`query($id: ID!) { neighborhood(id: $id) { edges { claimCount ...Shown } } } fragment Shown on Relationship { claims(first: 1) { id } }`);
  expect((rows.get('expandNeighborhood') ?? []).map((row) => ((row.relationship as { claimIds: unknown[] }).claimIds).length).sort((a, b) => a - b)).toEqual([2, CLAIMS]);
});

it('reads a fact\'s stored claim ids when a field needs those of a fact read without them', async () => {
  const view = { asOf: null, window: null, minConfidence: null, excludeUnattributedOnly: false };
  const read = (claimIds: boolean) =>
    findRelationships(scratch.api.db, { entityId: attacker }, view, 'ID', pageRequest({ first: 10 }), () => Promise.resolve([]), { ends: false, claimIds });
  const without = (await read(false)).items;
  const withIds = (await read(true)).items;
  expect(without.map((fact) => [fact.claimIds, fact.claimIdsUnread])).toEqual([[[], true], [[], true]]);
  expect(withIds.map((fact) => fact.claimIdsUnread ?? false)).toEqual([false, false]);
  const loaders = createLoaders(scratch.api.db);
  const loaded = await Promise.all(without.map((fact: RelationshipRecord) => claimIdsOf(fact, loaders)));
  expect(loaded).toEqual(withIds.map((fact) => fact.claimIds));
  expect(loaded.map((ids) => ids.length).sort((a, b) => a - b)).toEqual([2, CLAIMS]);
});

describe('a disputed fact of more claims than are read whole', () => {
  const shelling = entityId('ARMED_FORCE', 'Hot Fact Gunners');
  const town = entityId('ARMED_FORCE', 'Hot Fact Garrison');
  const DAYS = FACT_CLAIMS_READ_WHOLE + 50;

  beforeAll(async () => {
    await scratch.api.db.writeTransaction((tx) =>
      upsertEntities(tx, ['Hot Fact Gunners', 'Hot Fact Garrison'].map((name) => ({ kind: 'ARMED_FORCE' as const, name })), ACTOR),
    );
    // One outlet's daily bulletin: a shelling a day for DAYS days, and the gunners' denial of the first.
    const url = 'https://bulletin.example/shelling';
    await scratch.api.db.writeTransaction((tx) => recordSource(tx, { url, title: 'Daily bulletin', publishedAt: null, publisherId: null }, ACTOR));
    const day = (i: number) => new Date(Date.UTC(2021, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const claims: ClaimInput[] = Array.from({ length: DAYS }, (_, i) => ({
      sourceId: sourceId({ url }), subjectId: shelling, predicate: 'ATTACKED', objectId: town, polarity: 'ASSERTED', quantity: null,
      validFrom: parsePartialDate(day(i)), validTo: parsePartialDate(day(i)), excerpt: `Shelling on ${day(i)}.`,
      reportedById: null, attribution: 'SOURCE', credibility: 3, note: null,
    }));
    claims.push({ ...claims[0]!, polarity: 'DENIED', excerpt: `The gunners deny shelling the garrison on ${day(0)}.` });
    for (let i = 0; i < claims.length; i += 500) {
      const batch = claims.slice(i, i + 500);
      await scratch.api.db.writeTransaction((tx) => writeClaims(tx, batch, ACTOR));
    }
  }, 300_000);

  it('finds its disputes from the claims\' derivation fields, not from every claim read whole', async () => {
    const { result, rows } = await answer(`query($id: ID!) { relationships(filter: { fromId: $id }) { edges { node {
      claimCount disputed disputes { kind claimCount claims(first: 2) { id polarity } }
    } } } }`, { id: shelling });
    const [fact] = (result.data as any).relationships.edges.map((e: any) => e.node);
    expect([fact.claimCount, fact.disputed, fact.disputes.map((d: any) => [d.kind, d.claimCount, d.claims.map((c: any) => c.polarity).sort()])])
      .toEqual([DAYS, true, [['POLARITY', 2, ['ASSERTED', 'DENIED']]]]);
    expect(rows.get('findFactClaimsByIds')).toHaveLength(DAYS + 1);
    // Only the dispute's sample of claims is read whole.
    expect((rows.get('findClaimsByIds') ?? []).length).toBeLessThanOrEqual(2);
  });

  it('gives a claim its status as of a date from the claims\' derivation fields', async () => {
    // The disputed pair, found by polarity and day; as of a date after every write, each status is
    // the one stored today (derived from whole claims when written): DISPUTED, and beside them REPORTED.
    const page = `query($id: ID!, $asOf: String, $window: TimeWindow) {
      claims(filter: { subjectId: $id, validDuring: $window }, first: 5, asOf: $asOf) { edges { node { polarity status } } } }`;
    const window = { from: '2021-01-01', to: '2021-01-02' };
    const today = await scratch.api.execute(page, { id: shelling, window });
    const { result, rows } = await answer(page, { asOf: '2999-01-01', id: shelling, window });
    const statuses = (r: OperationResult) => (r.data as any).claims.edges.map((e: any) => [e.node.polarity, e.node.status]).sort();
    expect(statuses(result)).toEqual(statuses(today));
    expect(statuses(result)).toEqual([['ASSERTED', 'DISPUTED'], ['ASSERTED', 'REPORTED'], ['DENIED', 'DISPUTED']]);
    expect(rows.get('findFactClaimsByIds')).toHaveLength(DAYS + 1);
  });
});
