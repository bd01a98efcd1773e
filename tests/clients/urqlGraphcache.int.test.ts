import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createGraphcache } from '../../clients/urql/graphcache';
import { buildSchema } from '../../src/api';
import type { Database } from '../../src/neo4j';
import { readExamples, type RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { withIds } from './support';

/**
 * Every example operation through urql's normalising cache (Graphcache) against the real server, one
 * cache for all of them, with `id` selected on every object that has one: with the shipped keys
 * (clients/urql/graphcache.ts) Graphcache warns of nothing, and every operation, asked again from
 * the cache alone once all have run, gives what the network gave. Without them it warns: the
 * control that shows the listener hears it.
 */
const schema = buildSchema();
let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = openDatabase(process.env.NEO4J_ANALYST_URI);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

async function runExamples(cache: ReturnType<typeof cacheExchange>) {
  const client = new Client({ url: `${server.url}/graphql`, exchanges: [cache, fetchExchange], preferGetMethod: false });
  const warnings: string[] = [];
  const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  const outcomes: Array<{ file: string; network: unknown; cached: unknown }> = [];
  try {
    const ran: Array<{ file: string; query: ReturnType<typeof gql>; network: unknown }> = [];
    for (const { file, document } of readExamples()) {
      const query = withIds(gql(document), schema);
      const result = await client.query(query, {}, { requestPolicy: 'network-only' }).toPromise();
      expect(result.error).toBeUndefined();
      ran.push({ file, query, network: result.data });
    }
    for (const { file, query, network } of ran) {
      const cached = await client.query(query, {}, { requestPolicy: 'cache-only' }).toPromise();
      outcomes.push({ file, network, cached: cached.data });
    }
  } finally {
    warn.mockRestore();
  }
  return { warnings, outcomes };
}

describe('the example operations in urql Graphcache', () => {
  it('with the shipped keys: no warning, and each reads back from the cache equal to the network answer', async () => {
    const { warnings, outcomes } = await runExamples(createGraphcache());
    expect(warnings).toEqual([]);
    expect(outcomes.length).toBe(readExamples().length);
    for (const { file, network, cached } of outcomes) expect({ file, cached }).toEqual({ file, cached: network });
  });

  it('without them, Graphcache warns that it cannot key the value objects (the listener hears it)', async () => {
    const { warnings } = await runExamples(cacheExchange({}));
    expect(warnings.some((w) => /Invalid key/i.test(w))).toBe(true);
  });
});
