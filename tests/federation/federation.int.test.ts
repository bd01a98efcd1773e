import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildSchema } from '../../src/api';
import { DEFAULT_LIMITS } from '../../src/config';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { entityId } from '../../src/support';
import { openDatabase, startTestServer } from '../helpers/testServer';

/**
 * FEDERATION=subgraph, proved by composing: this service as a subgraph (on the shared seed
 * database) and a small second subgraph written here, a "watchlist" that points at our entities and
 * claims and adds a field to every entity, are composed into a supergraph with @apollo/composition
 * and queried through @apollo/gateway, each subgraph served over HTTP on a free port.
 */
jest.setTimeout(300_000);

const NORTH_KOREA = entityId('COUNTRY', 'North Korea');
const WATCH_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
  type Query { watchlist: [Watch!]! }
  "Something an analyst watches, written by the second subgraph."
  type Watch { reason: String! entity: Entity! claim: Claim! }
  "Every entity of the graph subgraph, seen as an interface object: this subgraph adds a threat level."
  type Entity @key(fields: "id") @interfaceObject { id: ID! threatLevel: Int! }
  type Claim @key(fields: "id", resolvable: false) { id: ID! }
`;

/** The second subgraph's own data: a threat level per entity id. */
const watched = (id: string) => ({ id, threatLevel: id === NORTH_KOREA ? 4 : 1 });

let db: Database;
let graph: RunningServer;
let watch: { url: string; server: ApolloServer };
let gateway: ApolloServer;
let claim: { id: string; predicate: string; subject: { name: string } };

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string }> };
}

beforeAll(async () => {
  db = openDatabase();
  graph = await startTestServer(db, { federation: 'subgraph', limits: { ...DEFAULT_LIMITS, rateLimitPerMinute: 0, requestTimeoutMs: 120_000 } });
  const found = await post(`${graph.url}/graphql`, '{ claims(filter: { entityId: "' + NORTH_KOREA + '" }, first: 1) { edges { node { id predicate subject { name } } } } }');
  claim = found.data?.claims.edges[0].node;

  const watchServer = new ApolloServer({
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    schema: buildSubgraphSchema({
      typeDefs: parse(WATCH_SDL),
      resolvers: {
        Query: { watchlist: () => [{ reason: 'troops abroad', entity: watched(NORTH_KOREA), claim: { id: claim.id } }] },
        Entity: { __resolveReference: (reference: { id: string }) => watched(reference.id) },
      } as never,
    }),
  });
  const { url } = await startStandaloneServer(watchServer, { listen: { port: 0, host: '127.0.0.1' } });
  watch = { url, server: watchServer };
});

afterAll(async () => {
  await gateway?.stop();
  await watch?.server.stop();
  await graph?.stop();
  await db?.close();
});

describe('the federation subgraph', () => {
  it('serves its SDL with @key on entities, sources and claims, and resolves references through the loaders in one query', async () => {
    const { data } = await post(`${graph.url}/graphql`, '{ _service { sdl } }');
    const sdl = data?._service.sdl as string;
    for (const type of ['interface Entity', 'type Country implements Entity', 'type Source', 'type Claim']) {
      expect(sdl).toMatch(new RegExp(`${type}[^{]*@key\\(fields: "id"\\)`));
    }
    const sources = await post(`${graph.url}/graphql`, '{ claims(first: 2) { edges { node { id source { id } } } } }');
    const claims = sources.data?.claims.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    expect(claims).toHaveLength(2);

    const before = db.roundTrips;
    const entities = await post(
      `${graph.url}/graphql`,
      'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Claim { id predicate } } }',
      { r: claims.map((id) => ({ __typename: 'Claim', id })) },
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities.map((c: { id: string }) => c.id)).toEqual(claims);
    // Both references came through one DataLoader batch: one round trip to Neo4j.
    expect(db.roundTrips - before).toBe(1);
  });

  it('composes with a second subgraph, and a gateway answers a query that crosses both', async () => {
    const { data } = await post(`${graph.url}/graphql`, '{ _service { sdl } }');
    const composed = composeServices([
      { name: 'graph', typeDefs: parse(data?._service.sdl as string), url: `${graph.url}/graphql` },
      { name: 'watch', typeDefs: parse(WATCH_SDL), url: watch.url },
    ]);
    expect(composed.errors).toBeUndefined();

    gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl as string }) });
    await gateway.start();
    const response = await gateway.executeOperation({
      query: `{
        watchlist { reason entity { __typename id name threatLevel } claim { id predicate subject { name } } }
        search(text: "DPRK", first: 1) { entity { name threatLevel } }
      }`,
    });
    const body = response.body as { kind: 'single'; singleResult: { data?: Record<string, any>; errors?: unknown[] } };
    expect(body.singleResult.errors).toBeUndefined();
    expect(body.singleResult.data).toEqual({
      watchlist: [
        {
          reason: 'troops abroad',
          entity: { __typename: 'Country', id: NORTH_KOREA, name: 'North Korea', threatLevel: 4 },
          claim: { id: claim.id, predicate: claim.predicate, subject: { name: claim.subject.name } },
        },
      ],
      search: [{ entity: { name: 'North Korea', threatLevel: 4 } }],
    });
  });

  it('leaves the normal schema without federation fields', () => {
    const query = buildSchema().getQueryType();
    expect(query?.getFields()._service).toBeUndefined();
    expect(query?.getFields()._entities).toBeUndefined();
  });
});
