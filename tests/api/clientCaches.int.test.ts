import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createOperationDescriptor, Environment, fetchQuery, Network, RecordSource, Store } from 'relay-runtime';
import { buildSchema } from '../../src/api';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { relayRequest } from '../helpers/relayRequest';
import { seedIds } from '../helpers/testApi';
import { openDatabase, startTestServer } from '../helpers/testServer';

/**
 * Issue 17, item 1, through the normalising caches front-ends use, against a real server over the
 * analyst graph: one operation holding today's view of the troops' deployment to Russia and the
 * view as of 2024-12-21 (two claims then, six today) must read back both sets of values from the
 * cache, and refetching one view must not change the other. Apollo Client's InMemoryCache keys
 * objects by __typename and id, Relay's store by id alone: both merge objects of one id, so this
 * holds only if the two views have ids of their own (docs/api.md, "Identity").
 */
const PAST = '2024-12-21';
const FACT = 'id factId asOf claimCount corroboration confidence quantity { value qualifier } claims { id claimId status }';
const BOTH = `query BothViews($filter: RelationshipFilter!, $past: String!) {
  today: relationships(filter: $filter) { edges { node { ${FACT} } } }
  past: relationships(filter: $filter, asOf: $past) { edges { node { ${FACT} } } }
}`;
const TODAY = `query TodayView($filter: RelationshipFilter!) { relationships(filter: $filter) { edges { node { ${FACT} } } } }`;
const PAST_ONLY = `query PastView($filter: RelationshipFilter!, $past: String!) { relationships(filter: $filter, asOf: $past) { edges { node { ${FACT} } } } }`;
const variables = { filter: { types: ['DEPLOYED_TO'], fromId: seedIds.northKoreanTroops, toId: seedIds.russia }, past: PAST };

let db: Database;
let server: RunningServer;
/** What the server answers for each view asked alone, with no cache in between: the truth to read back. */
let truth: { today: any; past: any };

async function post(query: string, vars: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: vars }) });
  const body = (await response.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The values of a view without the fields a client adds (__typename), for comparison. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === '__typename' ? undefined : v)));
const factOf = (connection: any) => plain(connection.edges[0].node) as any;

/** Console warnings and errors a client prints while `work` runs (Relay's and Apollo's cache warnings go there). */
async function warningsDuring<T>(work: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const spies = (['warn', 'error'] as const).map((level) => jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' '))));
  try {
    return { result: await work(), warnings };
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
}

beforeAll(async () => {
  db = openDatabase(process.env.NEO4J_ANALYST_URI);
  server = await startTestServer(db);
  truth = {
    today: factOf((await post(TODAY, variables)).relationships),
    past: factOf((await post(PAST_ONLY, variables)).relationships),
  };
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('the two views of one fact', () => {
  it('differ in their values and ids, and share the stable id', () => {
    expect(truth.past.claimCount).toBeLessThan(truth.today.claimCount);
    expect(truth.past.confidence).not.toBe(truth.today.confidence);
    expect(truth.past.factId).toBe(truth.today.factId);
    expect(truth.past.id).not.toBe(truth.today.id);
    expect([truth.today.asOf, truth.past.asOf]).toEqual([null, PAST]);
  });

  it('give a claim its derived status of each time: alone in November, disputed today', async () => {
    const november = factOf((await post(PAST_ONLY, { ...variables, past: '2024-11-30' })).relationships);
    expect(november.claims.map((c: any) => [c.id, c.status])).toEqual(november.claims.map((c: any) => [`${c.claimId}@2024-11-30`, 'REPORTED']));
    const pastStatus = new Map(november.claims.map((c: any) => [c.claimId, c.status]));
    const changed = truth.today.claims.filter((c: any) => pastStatus.has(c.claimId) && pastStatus.get(c.claimId) !== c.status);
    expect(changed.length).toBeGreaterThan(0);
  });
});

describe("Apollo Client's InMemoryCache", () => {
  const newClient = () => new ApolloClient({ link: new HttpLink({ uri: `${server.url}/graphql` }), cache: new InMemoryCache() });

  it('reads back both views of one operation, with no cache warning', async () => {
    const client = newClient();
    const { result, warnings } = await warningsDuring(() => client.query<any>({ query: gql(BOTH), variables, fetchPolicy: 'network-only' }));
    expect(factOf(result.data?.today)).toEqual(truth.today);
    expect(factOf(result.data?.past)).toEqual(truth.past);
    const cached = client.readQuery<any>({ query: gql(BOTH), variables });
    expect(factOf(cached?.today)).toEqual(truth.today);
    expect(factOf(cached?.past)).toEqual(truth.past);
    expect(warnings).toEqual([]);
  });

  it('keeps a watched past view when today\'s is refetched, and the reverse', async () => {
    const client = newClient();
    const past = client.watchQuery({ query: gql(PAST_ONLY), variables, fetchPolicy: 'cache-first' });
    const seen: unknown[] = [];
    const subscription = past.subscribe({ next: (r: any) => r.data && seen.push(factOf(r.data.relationships)) });
    await client.query({ query: gql(PAST_ONLY), variables, fetchPolicy: 'network-only' });
    await client.query({ query: gql(TODAY), variables, fetchPolicy: 'network-only' });
    await past.refetch();
    await client.query({ query: gql(TODAY), variables, fetchPolicy: 'network-only' });
    // What the cache holds for each view, which the watch shows when it next reads.
    expect(factOf(client.readQuery<any>({ query: gql(PAST_ONLY), variables })?.relationships)).toEqual(truth.past);
    expect(factOf(client.readQuery<any>({ query: gql(TODAY), variables })?.relationships)).toEqual(truth.today);
    expect(factOf((past.getCurrentResult().data as any).relationships)).toEqual(truth.past);
    // The reverse: refetching the past view leaves today's.
    await past.refetch();
    expect(factOf(client.readQuery<any>({ query: gql(TODAY), variables })?.relationships)).toEqual(truth.today);
    // Whatever the watch was told along the way was the past view.
    expect(seen.length).toBeGreaterThan(0);
    for (const values of seen) expect(values).toEqual(truth.past);
    subscription.unsubscribe();
  });
});

describe("Relay's store", () => {
  const schema = buildSchema();
  const newEnvironment = () =>
    new Environment({
      network: Network.create(async (params, vars) => {
        const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: params.text, variables: vars }) });
        return (await response.json()) as never;
      }),
      store: new Store(new RecordSource()),
    });

  /** Runs a query through Relay's network and normaliser into the store, then reads it back from the store. */
  async function fetchAndRead(environment: Environment, text: string) {
    const operation = createOperationDescriptor(relayRequest(schema, text), variables);
    const retained = environment.retain(operation);
    await fetchQuery(environment, operation.request.node, variables).toPromise();
    return { operation, retained, read: () => environment.lookup(operation.fragment).data as any };
  }

  it('normalises both views of one operation into records of their own and reads both back, with no warning', async () => {
    const environment = newEnvironment();
    const { result: both, warnings } = await warningsDuring(() => fetchAndRead(environment, BOTH));
    expect(factOf(both.read().today)).toEqual(truth.today);
    expect(factOf(both.read().past)).toEqual(truth.past);
    // Both facts are records of the store under their own ids.
    const records = environment.getStore().getSource();
    expect(records.get(truth.today.id)?.claimCount).toBe(truth.today.claimCount);
    expect(records.get(truth.past.id)?.claimCount).toBe(truth.past.claimCount);
    expect(warnings).toEqual([]);
    both.retained.dispose();
  });

  it("keeps the past view when today's is refetched, and the reverse", async () => {
    const environment = newEnvironment();
    const both = await fetchAndRead(environment, BOTH);
    const today = await fetchAndRead(environment, TODAY);
    expect(factOf(both.read().past)).toEqual(truth.past);
    const past = await fetchAndRead(environment, PAST_ONLY);
    expect(factOf(both.read().today)).toEqual(truth.today);
    expect(factOf(today.read().relationships)).toEqual(truth.today);
    expect(factOf(past.read().relationships)).toEqual(truth.past);
    [both, today, past].forEach((q) => q.retained.dispose());
  });
});
