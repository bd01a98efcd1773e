import './apolloDevMode';
import { ApolloClient, HttpLink, InMemoryCache, gql, type DocumentNode } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { setVerbosity } from '@apollo/client/utilities/invariant';
import { createCache, possibleTypes } from '../../clients/apollo/typePolicies';
import { buildSchema } from '../../src/api';
import type { Database } from '../../src/neo4j';
import { readExamples, type RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { withIds } from './support';

/**
 * Every example operation through Apollo Client's normalising cache (InMemoryCache, no React) against
 * the real server over HTTP, one cache for all of them as in a front-end. Twice: as written, and with
 * `id` selected on every object that has one (as Relay's compiler adds it, and as a front-end that
 * wants its objects normalised writes them), where operations share claims and sources and their
 * selections of the same value object meet. With the shipped type policies
 * (clients/apollo/typePolicies.ts) no warning is logged, and every operation reads back from the
 * cache equal to what the network answered, right after it ran and after all of them ran. Without
 * them, Apollo warns: the control that shows the listener hears it.
 */
loadDevMessages();
loadErrorMessages();
setVerbosity('log');

const schema = buildSchema();
let db: Database;
let server: RunningServer;
beforeAll(async () => {
  // The analyst fixture on top of the seed: disputes, more claims per fact, more shared objects.
  db = openDatabase(process.env.NEO4J_ANALYST_URI);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

interface Outcome {
  file: string;
  network: unknown;
  readBack: unknown;
}

interface Run {
  warnings: string[];
  /** Per example: what the network answered, and what the cache gave back right after. */
  afterEach: Outcome[];
  /** Per example: what the network answered, and what the cache gives back once all have run. */
  afterAll: Outcome[];
}

/** Runs every example in turn through one client with `cache`, listening to Apollo's console output. */
async function runExamples(cache: InMemoryCache, transform: (document: DocumentNode) => DocumentNode): Promise<Run> {
  const bodies: unknown[] = [];
  // Keeps each raw network answer, to compare the cache with.
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    bodies.push(await response.clone().json());
    return response;
  };
  const client = new ApolloClient({ link: new HttpLink({ uri: `${server.url}/graphql`, fetch: recordingFetch }), cache });
  const warnings: string[] = [];
  const listen = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const warn = jest.spyOn(console, 'warn').mockImplementation(listen);
  const error = jest.spyOn(console, 'error').mockImplementation(listen);
  const run: Run = { warnings, afterEach: [], afterAll: [] };
  const queries: Array<{ file: string; query: DocumentNode; network: unknown }> = [];
  try {
    for (const { file, document } of readExamples()) {
      const query = transform(gql(document));
      const { data, error: failure } = await client.query({ query, fetchPolicy: 'network-only' });
      expect(failure).toBeUndefined();
      expect(data).toBeTruthy();
      const network = (bodies.at(-1) as { data: unknown }).data;
      queries.push({ file, query, network });
      run.afterEach.push({ file, network, readBack: client.readQuery({ query }) });
    }
    for (const { file, query, network } of queries) run.afterAll.push({ file, network, readBack: client.readQuery({ query }) });
  } finally {
    warn.mockRestore();
    error.mockRestore();
    client.stop();
  }
  return run;
}

const expectReadBack = (outcomes: Outcome[]) => {
  expect(outcomes.length).toBe(readExamples().length);
  for (const { file, network, readBack } of outcomes) expect({ file, readBack }).toEqual({ file, readBack: network });
};

const asWritten = (document: DocumentNode) => document;
const selectingIds = (document: DocumentNode) => withIds(document, schema);

describe('the example operations in Apollo Client InMemoryCache, with the shipped type policies', () => {
  it.each([
    ['as written', asWritten],
    ['with ids selected', selectingIds],
  ])('%s: no warning, and each reads back equal to the network answer', async (_name, transform) => {
    const run = await runExamples(createCache(), transform);
    expect(run.warnings).toEqual([]);
    expectReadBack(run.afterEach);
    expectReadBack(run.afterAll);
  });
});

describe('the example operations in Apollo Client InMemoryCache, without type policies', () => {
  it('with ids selected, Apollo warns that cache data may be lost (the listener hears it)', async () => {
    const run = await runExamples(new InMemoryCache({ possibleTypes }), selectingIds);
    expect(run.warnings.some((w) => w.includes('Cache data may be lost'))).toBe(true);
  });
});
