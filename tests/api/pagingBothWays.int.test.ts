import { writeAnalystGraph } from '../helpers/globalSetup';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { createTestApi, errorCodes, seedIds, type TestApi } from '../helpers/testApi';

/**
 * Every connection pages both ways (`first`/`after` and `last`/`before`, by keyset): read backward
 * two at a time from the end, or forward two at a time, a list comes out exactly as one large
 * forward page, with hasPreviousPage and hasNextPage exact on the side each page reads towards.
 *
 * On a scratch database holding the analyst graph (the shared one is only read: a suite reading it
 * while this one wrote saw the graph change between two reads), plus a small graph of the suite's
 * own, named with this run's suffix and published in 2031. Its connections are scoped to that
 * graph, except Query.sources (every source) and Query.disputes (about the fixture's troops, which
 * have six). The graph: one force deployed to five places, reported by one agency in three sources
 * of one outlet, and three claims awaiting review.
 */
let scratch: ScratchNeo4j;
let api: TestApi;

const run = `${process.pid}-${Date.now().toString(36)}`;
const ids: Record<string, string> = {};
const sourceIds: string[] = [];

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result = await api.execute(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

beforeAll(async () => {
  scratch = await startScratchNeo4j('paging');
  await writeAnalystGraph(scratch.api.db);
  api = await createTestApi(scratch.uri, { id: 'paging-test', role: 'analyst' });
  const entity = async (key: string, kind: string, name: string, extra: Record<string, unknown> = {}) => {
    const data = await ok(`mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`, { input: { kind, name: `${name} ${run}`, ...extra } });
    ids[key] = data.upsertEntity.id;
  };
  await entity('force', 'ARMED_FORCE', 'Paging force');
  for (let i = 1; i <= 5; i++) await entity(`place${i}`, 'LOCATION', `Paging place ${i}`);
  await entity('agency', 'ORGANIZATION', 'Paging agency', { reliability: 'B' });
  await entity('outlet', 'ORGANIZATION', 'Paging outlet', { reliability: 'C' });
  for (const [i, date] of ['2031-01-01', '2031-02-01', '2031-03-01'].entries()) {
    const data = await ok(`mutation($input: SourceInput!) { recordSource(input: $input) { id } }`, {
      input: { title: `Paging source ${i + 1} ${run}`, text: `Paging source ${i + 1} of run ${run}: the force was deployed.`, publisherId: ids.outlet, publishedAt: date },
    });
    sourceIds.push(data.recordSource.id);
  }
  const claim = (input: Record<string, unknown>) => ok(`mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }`, { input });
  // Five facts, each with its own figure, start and credibility (so each order differs).
  for (let i = 1; i <= 5; i++) {
    await claim({
      sourceId: sourceIds[(i - 1) % 3], subjectId: ids.force, predicate: 'DEPLOYED_TO', objectId: ids[`place${i}`],
      excerpt: `The force was deployed to place ${i}.`, reportedById: ids.agency, credibility: 1 + (i % 3),
      quantity: { value: 100 * i, qualifier: 'EXACTLY' }, validFrom: `2030-0${6 - i}`,
    });
  }
  // Three claims awaiting review in the first source, for Query.reviewQueue and Source.claims.
  process.env.REVIEW_MANUAL_CLAIMS = 'pending';
  try {
    for (let i = 1; i <= 3; i++) {
      await claim({ sourceId: sourceIds[0], subjectId: ids.force, predicate: 'FIGHTS_IN', objectId: ids[`place${i}`], excerpt: `The force fought in place ${i}.`, credibility: 3 });
    }
  } finally {
    delete process.env.REVIEW_MANUAL_CLAIMS;
  }
}, 300_000);

afterAll(async () => {
  await api?.close();
  await scratch?.stop();
});

const CONNECTION = `{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ... on Node { id } } } }`;
const PAGING = '$first: Int, $after: String, $last: Int, $before: String';
const ARGS = 'first: $first, after: $after, last: $last, before: $before';

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

/** Each connection of the schema, as a document whose paging arguments are variables, and where its answer is. */
const CONNECTIONS: Array<[string, () => string, (data: Record<string, any>) => Connection]> = [
  ['Query.relationships', () => `query(${PAGING}) { c: relationships(filter: { entityId: "${ids.force}" }, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.relationships by confidence', () => `query(${PAGING}) { c: relationships(filter: { entityId: "${ids.force}" }, orderBy: CONFIDENCE_DESC, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.relationships as of a date', () => `query(${PAGING}) { c: relationships(filter: { entityId: "${ids.force}" }, asOf: "2031-06-01", ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.claims', () => `query(${PAGING}) { c: claims(filter: { entityId: "${ids.force}" }, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.claims by confidence', () => `query(${PAGING}) { c: claims(filter: { entityId: "${ids.force}" }, orderBy: CONFIDENCE_DESC, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.claims by valid time', () => `query(${PAGING}) { c: claims(filter: { entityId: "${ids.force}" }, orderBy: VALID_TIME, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  // A filter naming no entity or source reads in id order over every claim; one naming a source starts from it (findAnchoredClaims).
  ['Query.claims with no entity or source', () => `query(${PAGING}) { c: claims(filter: { predicates: [FIGHTS_IN] }, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.claims by valid time with no entity or source', () => `query(${PAGING}) { c: claims(filter: { predicates: [FIGHTS_IN] }, orderBy: VALID_TIME, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.claims of a source', () => `query(${PAGING}) { c: claims(filter: { sourceId: "${sourceIds[0]}" }, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.timeline', () => `query(${PAGING}) { c: timeline(entityId: "${ids.force}", ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.disputes', () => `query(${PAGING}) { c: disputes(entityId: "${seedIds.northKoreanTroops}", ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.sources', () => `query(${PAGING}) { c: sources(${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Query.reviewQueue', () => `query(${PAGING}) { c: reviewQueue(filter: { sourceId: "${sourceIds[0]}" }, ${ARGS}) ${CONNECTION} }`, (d) => d.c],
  ['Entity.relationships', () => `query(${PAGING}) { entity(id: "${ids.force}") { c: relationships(${ARGS}) ${CONNECTION} } }`, (d) => d.entity.c],
  ['Entity.claims', () => `query(${PAGING}) { entity(id: "${ids.force}") { c: claims(${ARGS}) ${CONNECTION} } }`, (d) => d.entity.c],
  ['Entity.timeline', () => `query(${PAGING}) { entity(id: "${ids.force}") { c: timeline(${ARGS}) ${CONNECTION} } }`, (d) => d.entity.c],
  ['Entity.sources', () => `query(${PAGING}) { entity(id: "${ids.force}") { c: sources(${ARGS}) ${CONNECTION} } }`, (d) => d.entity.c],
  ['Entity.published', () => `query(${PAGING}) { entity(id: "${ids.outlet}") { c: published(${ARGS}) ${CONNECTION} } }`, (d) => d.entity.c],
  ['Entity.reported', () => `query(${PAGING}) { entity(id: "${ids.agency}") { c: reported(${ARGS}) ${CONNECTION} } }`, (d) => d.entity.c],
  ['Source.claims', () => `query(${PAGING}) { c: node(id: "${sourceIds[0]}") { ... on Source { claims(${ARGS}) ${CONNECTION} } } }`, (d) => d.c.claims],
];

const page = async (conn: (typeof CONNECTIONS)[number], args: Record<string, unknown>): Promise<Connection> => conn[2](await ok(conn[1](), args));
const nodeIds = (c: Connection) => c.edges.map((e) => e.node.id);

describe.each(CONNECTIONS)('%s', (...conn) => {
  let all: Connection;
  beforeAll(async () => {
    all = await page(conn, { first: 100 });
  });

  it('holds at least three items, all counted', () => {
    expect(all.edges.length).toBeGreaterThanOrEqual(3);
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('reads backward two at a time from the end, as one forward page, with hasPreviousPage exact', async () => {
    const read: string[] = [];
    let before: string | null = null;
    for (let n = 0; ; n++) {
      const p: Connection = await page(conn, { last: 2, before });
      expect(p.totalCount).toBe(all.totalCount);
      read.unshift(...nodeIds(p));
      expect(p.pageInfo.hasNextPage).toBe(n > 0);
      expect(p.pageInfo.hasPreviousPage).toBe(read.length < all.edges.length);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(read).toEqual(nodeIds(all));
  });

  it('reads forward two at a time, as one forward page', async () => {
    const read: string[] = [];
    let after: string | null = null;
    for (let n = 0; ; n++) {
      const p: Connection = await page(conn, { first: 2, after });
      read.push(...nodeIds(p));
      expect(p.pageInfo.hasPreviousPage).toBe(n > 0);
      expect(p.pageInfo.hasNextPage).toBe(read.length < all.edges.length);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(read).toEqual(nodeIds(all));
  });

  it('takes the items between two cursors, from either end, and a cursor from either direction', async () => {
    const [a, b, c] = all.edges as [Connection['edges'][number], Connection['edges'][number], Connection['edges'][number]];
    const between = await page(conn, { last: 5, after: a.cursor, before: c.cursor });
    expect(nodeIds(between)).toEqual([b.node.id]);
    expect(between.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const head = await page(conn, { first: 1, before: c.cursor });
    expect(nodeIds(head)).toEqual([a.node.id]);
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    // A backward page's cursors go forward too.
    const tail = await page(conn, { last: 2 });
    const resumed = await page(conn, { first: 100, after: tail.pageInfo.startCursor });
    expect(nodeIds(resumed)).toEqual(nodeIds(all).slice(-1));
  });
});

describe('paging arguments', () => {
  const SOURCES = `query(${PAGING}) { sources(${ARGS}) { totalCount } }`;
  const failure = async (variables: Record<string, unknown>) => {
    const result = await api.execute(SOURCES, variables);
    return { codes: errorCodes(result), message: result.errors?.[0]?.message, argument: result.errors?.[0]?.extensions?.argument };
  };

  it('refuses first and last together', async () => {
    expect(await failure({ first: 2, last: 2 })).toEqual({
      codes: ['BAD_USER_INPUT'],
      message: 'expected either "first" (forward) or "last" (backward), but got both: first 2, last 2',
      argument: 'last',
    });
  });

  it.each([['first', -1], ['last', -1], ['last', 0], ['last', 101]])('refuses %s = %p', async (name, value) => {
    expect(await failure({ [name]: value })).toEqual({ codes: ['BAD_USER_INPUT'], message: `expected "${name}" from 1 to 100, but got ${value}`, argument: name });
  });

  it.each(['after', 'before'])('refuses a %s cursor this API did not make', async (name) => {
    expect(await failure({ [name]: 'not-a-cursor' })).toEqual({
      codes: ['BAD_USER_INPUT'],
      message: `expected "${name}" to be a cursor returned by this API, but got "not-a-cursor"`,
      argument: name,
    });
  });

  it('refuses a cursor of another order on a sorted connection', async () => {
    const byId = await ok(`{ claims(first: 1) { pageInfo { endCursor } } }`);
    const result = await api.execute(`query($before: String) { claims(orderBy: CONFIDENCE_DESC, last: 1, before: $before) { totalCount } }`, { before: byId.claims.pageInfo.endCursor });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('expected "before" to be a cursor of this connection\'s order, but got a cursor of another');
  });
});
