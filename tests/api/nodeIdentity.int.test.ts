import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

/**
 * Global object identification (schema/node.graphql) over the seed and the analyst fixture: every id
 * the API gives out, of any type, today and as of a past date, names one object with one set of
 * values, and Query.node / Query.nodes give that object back from its id.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(process.env.NEO4J_ANALYST_URI);
});
afterAll(() => api.close());

/** The values that tell two objects apart, per type; a fragment on Node fits every type. */
const NODE = `fragment N on Node {
  __typename id
  ... on Relationship { factId asOf type claimCount confidence corroboration quantity { value qualifier } }
  ... on Claim { claimId asOf status unattributedOnly text }
  ... on Origin { key factId asOf originKind: kind claimCount }
  ... on Dispute { disputeId asOf disputeKind: kind reason }
  ... on Source { title url }
  ... on Entity { name kind }
}`;

const RELATIONSHIPS = `query R($asOf: String, $after: String) {
  relationships(asOf: $asOf, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { ...N from { ...N } to { ...N } origins { ...N } claims { ...N subject { ...N } source { ...N } } } }
  }
}
${NODE}`;

const CLAIMS = `query C($asOf: String, $after: String) {
  claims(asOf: $asOf, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { ...N reportedBy { ...N } object { ...N } } }
  }
}
${NODE}`;

const OTHERS = `query O($asOf: String) {
  disputes(asOf: $asOf, first: 100) { edges { node { ...N claims { ...N } } } }
  sources(first: 100) { edges { node { ...N publisher { ...N } } } }
}
${NODE}`;

/** The fields of the fragment N: an object's own values, not the objects it points at. */
const OWN_VALUES = new Set(['__typename', 'id', 'factId', 'asOf', 'type', 'claimCount', 'confidence', 'corroboration', 'quantity',
  'claimId', 'status', 'unattributedOnly', 'text', 'key', 'originKind', 'disputeId', 'disputeKind', 'reason', 'title', 'url', 'name', 'kind']);

type Obj = Record<string, unknown> & { __typename: string; id: string };

/** Every object with an id in a result, nested ones included, flattened to its own scalar values. */
function collect(value: unknown, into: Obj[]): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, into));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.__typename === 'string') {
      into.push(Object.fromEntries(Object.entries(record).filter(([k]) => OWN_VALUES.has(k))) as Obj);
    }
    Object.values(record).forEach((v) => collect(v, into));
  }
}

async function pages(query: string, field: string, asOf: string | null, into: Obj[]): Promise<void> {
  let after: string | null = null;
  do {
    const result = await api.execute(query, { asOf, after });
    expect(result.errors).toBeUndefined();
    collect(result.data, into);
    const info: { hasNextPage: boolean; endCursor: string | null } = result.data?.[field].pageInfo;
    after = info.hasNextPage ? info.endCursor : null;
  } while (after !== null);
}

const PAST = '2024-12-21';
let objects: Obj[] = [];
beforeAll(async () => {
  const found: Obj[] = [];
  for (const asOf of [null, PAST]) {
    await pages(RELATIONSHIPS, 'relationships', asOf, found);
    await pages(CLAIMS, 'claims', asOf, found);
    const others = await api.execute(OTHERS, { asOf });
    expect(others.errors).toBeUndefined();
    collect(others.data, found);
  }
  objects = found;
});

describe('ids', () => {
  it('collect objects of every type with identity, in both views', () => {
    const types = new Set(objects.map((o) => o.__typename));
    for (const t of ['Relationship', 'Claim', 'Origin', 'Dispute', 'Source', 'ArmedForce', 'Country', 'Organization']) expect(types).toContain(t);
    expect(objects.some((o) => o.__typename === 'Relationship' && o.asOf === PAST)).toBe(true);
    expect(objects.some((o) => o.__typename === 'Claim' && o.asOf === PAST)).toBe(true);
    expect(objects.some((o) => o.__typename === 'Dispute' && o.asOf === PAST)).toBe(true);
  });

  it('are globally unique: one id, one type, one set of values', () => {
    const byId = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of objects) {
      const values = JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
      const seen = byId.get(o.id);
      if (seen !== undefined && seen !== values) clashes.push(`${o.id}: ${seen} <> ${values}`);
      byId.set(o.id, values);
    }
    expect(clashes).toEqual([]);
    expect(byId.size).toBeGreaterThan(50);
  });

  it('give a past view of a fact an id of its own, and the stable id in factId', () => {
    const deployment = objects.filter((o) => o.__typename === 'Relationship' && o.type === 'DEPLOYED_TO' && o.claimCount !== undefined);
    const today = deployment.find((o) => o.asOf === null && objects.some((p) => p.id === o.id));
    const factId = today?.factId as string;
    const past = objects.find((o) => o.__typename === 'Relationship' && o.factId === factId && o.asOf === PAST);
    expect(today?.id).toBe(factId);
    expect(past?.id).not.toBe(factId);
    expect(past?.claimCount).not.toBe(today?.claimCount);
  });
});

describe('Query.node and Query.nodes', () => {
  it('give back every object from its id, with the same values', async () => {
    const unique = [...new Map(objects.map((o) => [o.id, o])).values()];
    const mismatches: string[] = [];
    for (let i = 0; i < unique.length; i += 100) {
      const chunk = unique.slice(i, i + 100);
      const result = await api.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ...N } } ${NODE}`, { ids: chunk.map((o) => o.id) });
      expect(result.errors).toBeUndefined();
      (result.data?.nodes as Obj[]).forEach((node, j) => {
        const expected = chunk[j] as Obj;
        const got = node === null ? null : Object.fromEntries(Object.keys(expected).map((k) => [k, node[k]]));
        if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push(`${JSON.stringify(expected)} -> ${JSON.stringify(got)}`);
      });
    }
    expect(mismatches).toEqual([]);
  });

  it('answers node(id) for one as-of view of a fact with that view', async () => {
    const query = `query($id: ID!) { node(id: $id) { id ... on Relationship { factId asOf claimCount quantity { value } } } }`;
    const today = objects.find((o) => o.__typename === 'Relationship' && o.type === 'DEPLOYED_TO' && o.asOf === null) as Obj;
    const past = await api.execute(query, { id: `${today.factId}@${PAST}` });
    expect(past.errors).toBeUndefined();
    expect(past.data?.node).toMatchObject({ factId: today.factId, asOf: PAST });
    expect(past.data?.node.claimCount).not.toBe(today.claimCount);
  });

  it('answers null for an id no object has, a date on an entity (entities have no as-of views) and a date it never gives', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const fact = objects.find((o) => o.__typename === 'Relationship' && o.asOf === null) as Obj;
    const ids = ['00000000-0000-5000-8000-000000000000', `${seedIds.northKorea}@${PAST}`, seedIds.northKorea, `${fact.id}@2024-13-45`];
    const result = await api.execute(query, { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([null, null, { id: seedIds.northKorea }, null]);
  });

  it('answers null for a fact or claim asked as of a date before anything about it was known', async () => {
    const fact = objects.find((o) => o.__typename === 'Relationship' && o.type === 'DEPLOYED_TO') as Obj;
    const result = await api.execute(`query($id: ID!) { node(id: $id) { id } }`, { id: `${fact.factId}@2024-01-01` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toBeNull();
  });

  it('works out the disputes of at most two past dates in one request: ids with a hundred dates do not make a hundred scans of the graph', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const unknown = '00000000-0000-5000-8000-000000000000';
    const dispute = objects.find((o) => o.__typename === 'Dispute' && o.asOf === PAST) as Obj;
    // Two past dates (and today's) are looked up: the dispute is found, the unknown id is null.
    const two = await api.execute(query, { ids: [dispute.id, `${unknown}@2024-12-01`, unknown] });
    expect(two.errors).toBeUndefined();
    expect(two.data?.nodes).toEqual([{ id: dispute.id }, null, null]);
    const days = Array.from({ length: 30 }, (_, i) => `2024-11-${String(i + 1).padStart(2, '0')}`);
    const many = await api.execute(query, { ids: days.map((day) => `${unknown}@${day}`) });
    expect(many.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(many.errors?.[0]?.message).toContain('expected ids of at most 2 knowledge dates beyond today\'s in one request');
  });

  it('refuses more than 100 ids, naming the argument', async () => {
    const result = await api.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `x${i}`) });
    expect(result.errors?.[0]?.message).toContain('"ids"');
  });
});
