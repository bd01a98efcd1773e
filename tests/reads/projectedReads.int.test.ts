import { OUR_READ_QUERIES } from '../../bench/workload';
import { createTestApi, type OperationResult, type TestApi } from '../helpers/testApi';

/**
 * Projected page reads (src/reads/projected.ts, chosen by src/api/projection.ts): an entity's
 * relationships page, a timeline page or a claims page whose selection shows only fields that
 * resolve from the records read reads only the properties those fields need. For several
 * selections (the benchmark's Q1, Q5 and Q6c, every field
 * the projection covers, aliases and fragments, claims with and without an object, a cursor, a
 * window) the answer must be the one the whole records give (projectedReads off) and the one the
 * DataLoaders give (singleStatementReads off), and the projected statement must be the one that ran.
 * Selections it does not cover (a reporter, an as-of view) must fall back to the whole read.
 * Run on the seed and analyst fixture graph; the entities and cursors are picked from it.
 */
let projected: TestApi;
let whole: TestApi;
let loaders: TestApi;
const ran: string[] = [];
beforeAll(async () => {
  projected = await createTestApi(process.env.NEO4J_ANALYST_URI);
  whole = await createTestApi(process.env.NEO4J_ANALYST_URI, null, { projectedReads: false });
  loaders = await createTestApi(process.env.NEO4J_ANALYST_URI, null, { singleStatementReads: false });
  projected.db.onQuery(({ name }) => ran.push(name));
});
afterAll(async () => {
  await projected?.close();
  await whole?.close();
  await loaders?.close();
});

/** Runs the operation three ways; asserts one answer, without errors; returns it and the queries the projected API ran. */
async function expectSame(query: string, variables: Record<string, unknown>): Promise<{ answer: OperationResult; queries: string[] }> {
  ran.length = 0;
  const answer = await projected.execute(query, variables);
  const queries = [...ran];
  expect(answer.errors).toBeUndefined();
  expect(answer).toEqual(await whole.execute(query, variables));
  expect(answer).toEqual(await loaders.execute(query, variables));
  return { answer, queries };
}

const ids = async (statement: string): Promise<string[]> => (await projected.db.runStatement(statement)).map((row) => row.id as string);
/** Entities with the most claims (as subject or object). */
const entitiesWithClaims = () => ids(`MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } DESC, id LIMIT 3`);

/** Every Claim field the projection covers, and those of its source, subject and object. */
const EVERY_FIELD = `
  __typename id claimId text predicate polarity attribution hedged note credibility reliability confidence status
  unattributedOnly knownAt validFrom { iso precision } validTo { iso precision } createdBy
  source { __typename id title url contentHash publishedAt { iso precision } }
  subject { __typename id kind name aliases description reliability createdBy }
  object { id kind name }`;

/** Aliases, a named fragment and inline fragments, each asking part of the same fields. */
const FRAGMENTS = `
  words: text
  ...ClaimParts
  ... on Claim { when: validFrom { precision } source { url } }
  subject { ... on Country { name } ... on Entity { id } }`;
const FRAGMENT_DEFINITION = `fragment ClaimParts on Claim { id confidence source { title publishedAt { iso } } object { name aliases } }`;

const timeline = (fields: string, definitions = '') => `query($id: ID!, $first: Int, $after: String, $from: String, $to: String) {
  timeline(entityId: $id, first: $first, after: $after, from: $from, to: $to) {
    edges { cursor node { ${fields} } }
    pageInfo { hasNextPage endCursor }
  }
} ${definitions}`;

const claims = (fields: string, definitions = '') => `query($filter: ClaimFilter, $first: Int, $after: String) {
  claims(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${fields} } }
    pageInfo { hasNextPage endCursor }
  }
} ${definitions}`;

describe('a projected timeline page', () => {
  it('answers as the whole records and the DataLoaders do, for the benchmark and every covered field', async () => {
    const objects = new Set<string>();
    for (const id of await entitiesWithClaims()) {
      const q5 = await expectSame(OUR_READ_QUERIES.Q5, { id });
      expect(q5.answer.data?.timeline.edges.length).toBeGreaterThan(0);
      expect(q5.queries).toEqual(['findTimelineProjected']);
      const every = await expectSame(timeline(EVERY_FIELD), { id, first: 30 });
      expect(every.queries).toEqual(['findTimelineProjected']);
      for (const edge of every.answer.data?.timeline.edges ?? []) objects.add(edge.node.object === null ? 'none' : 'some');
      const fragments = await expectSame(timeline(FRAGMENTS, FRAGMENT_DEFINITION), { id, first: 10 });
      expect(fragments.queries).toEqual(['findTimelineProjected']);
    }
    // Both kinds of claims were compared: with an object and without one.
    expect([...objects].sort()).toEqual(['none', 'some']);
  }, 120_000);

  it('pages with the same cursors, in a valid-time window too', async () => {
    const [id] = await entitiesWithClaims();
    for (const window of [{}, { from: '2024-10', to: '2024-12' }]) {
      let after: string | null = null;
      for (let pages = 0; pages < 3; pages++) {
        const { answer } = await expectSame(timeline('id text validFrom { iso } source { title }'), { id, first: 4, after, ...window });
        const { pageInfo } = answer.data?.timeline;
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
    }
  }, 120_000);

  it('falls back to the whole read for a field it does not cover, and keeps its records out of the shared loaders', async () => {
    const [id] = await entitiesWithClaims();
    const reporter = await expectSame(timeline('id reportedBy { name } source { title }'), { id, first: 10 });
    expect(reporter.queries).toContain('findEntityWithClaims');
    expect(reporter.queries).not.toContain('findTimelineProjected');
    // The page's claims read with `id` alone, and the same claims read whole elsewhere in the document.
    const both = `query($id: ID!) {
      timeline(entityId: $id, first: 5) { edges { node { id } } }
      again: claims(filter: { entityId: $id }, first: 50) { edges { node { id text attribution source { url publishedAt { iso } } } } }
      entity(id: $id) { ... on Entity { claims(first: 5) { edges { node { id text polarity } } } } }
    }`;
    const mixed = await expectSame(both, { id });
    expect(mixed.queries).toContain('findTimelineProjected');
    expect(mixed.answer.data?.again.edges[0]?.node.text).toEqual(expect.any(String));
  }, 120_000);
});

describe('a projected claims page', () => {
  it('answers as the whole records and the DataLoaders do, page by page, with filters', async () => {
    const [entityId] = await entitiesWithClaims();
    for (const filter of [null, { predicates: ['DEPLOYED_TO', 'FIGHTS_IN', 'CAPTURED_BY'] }, { entityId, minConfidence: 0.3 }]) {
      for (const fields of [EVERY_FIELD, 'id text predicate confidence validFrom { iso precision } subject { id name } source { id title }']) {
        let after: string | null = null;
        for (let pages = 0; pages < 3; pages++) {
          const { answer, queries } = await expectSame(claims(fields), { filter, after, first: 7 });
          expect(queries).toEqual(['findClaimPageProjected']);
          const { pageInfo } = answer.data?.claims;
          if (!pageInfo.hasNextPage) break;
          after = pageInfo.endCursor;
        }
      }
    }
    const q6c = await expectSame(OUR_READ_QUERIES.Q6c, { filter: { predicates: ['DEPLOYED_TO', 'FIGHTS_IN'] }, first: 20 });
    expect(q6c.queries).toEqual(['findClaimPageProjected']);
    const fragments = await expectSame(claims(FRAGMENTS, FRAGMENT_DEFINITION), { first: 12 });
    expect(fragments.queries).toEqual(['findClaimPageProjected']);
  }, 180_000);

  it('falls back to the whole read as of a date', async () => {
    const query = `{ claims(asOf: "2024-06-01", first: 5) { edges { node { id text status source { title } } } } }`;
    const { queries } = await expectSame(query, {});
    expect(queries).toContain('findClaimPageInIdOrder');
    expect(queries).not.toContain('findClaimPageProjected');
  });
});

describe("a projected page of an entity's relationships", () => {
  const entitiesWithFacts = () => ids(`MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)-[r]-(:Entity) WHERE r.claimCount > 0 } DESC, id LIMIT 3`);
  const EVERY_FACT_FIELD = `
    __typename id factId type validFrom { iso precision } validTo { iso precision } confidence claimCount corroboration
    sourceCount originCount pendingOnly unattributedOnly disputed
    from { __typename id kind name aliases description } to { id name }
    claims { id text confidence status validFrom { iso precision } polarity source { id title url publishedAt { iso } } }`;
  const relationships = (fields: string) => `query($id: ID!, $first: Int, $after: String, $direction: Direction) {
    entity(id: $id) { id name ... on Entity { relationships(first: $first, after: $after, direction: $direction) {
      edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } totalCount
    } } }
  }`;

  it('answers as the whole records and the DataLoaders do, for the benchmark, every covered field and its cursors', async () => {
    for (const id of await entitiesWithFacts()) {
      const q1 = await expectSame(OUR_READ_QUERIES.Q1, { id });
      expect(q1.answer.data?.entity.relationships.edges.length).toBeGreaterThan(0);
      expect(q1.queries).toEqual(['findEntityRelationshipsProjected']);
      for (const direction of ['BOTH', 'OUTGOING', 'INCOMING']) {
        let after: string | null = null;
        for (let pages = 0; pages < 3; pages++) {
          const { answer, queries } = await expectSame(relationships(EVERY_FACT_FIELD), { id, first: 6, after, direction });
          expect(queries).toContain('findEntityRelationshipsProjected');
          const { pageInfo } = answer.data?.entity.relationships;
          if (!pageInfo.hasNextPage) break;
          after = pageInfo.endCursor;
        }
      }
    }
  }, 180_000);

  it('falls back to the whole read for a field it does not cover, and keeps the page to the field it was read for', async () => {
    const [id] = await entitiesWithFacts();
    const origins = await expectSame(relationships('id claims { id reportedBy { name } }'), { id, first: 5 });
    expect(origins.queries).toContain('findEntityWithRelationships');
    // The same entity's relationships asked twice, with different fields: each page is projected for its own field.
    const twice = `query($id: ID!) {
      entity(id: $id) { ... on Entity { relationships(first: 5) { edges { node { id from { id name } } } } } }
      again: entity(id: $id) { ... on Entity { relationships(first: 5) { edges { node { id type validTo { iso } corroboration claims { id text attribution } } } } } }
    }`;
    const answer = await expectSame(twice, { id });
    expect(answer.queries).toEqual(['findEntityRelationshipsProjected', 'findEntityRelationshipsProjected']);
    // An entity's relationships under a fact's end are not covered: the page is read whole.
    const nested = `query($id: ID!) {
      entity(id: $id) { ... on Entity { relationships(first: 3) { edges { node { id from { id ... on Entity {
        relationships(first: 3) { edges { node { id type corroboration claims { id text attribution } } } }
      } } } } } } }
    }`;
    expect((await expectSame(nested, { id })).queries).toContain('findEntityWithRelationships');
  }, 120_000);
});
