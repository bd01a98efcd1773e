import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './peerTypeDefs';

/**
 * The peer: `@neo4j/graphql` 7 served by the same HTTP stack as ours (Apollo Server 5 on Express 5),
 * over the same database, in a process of its own so that it pays the same HTTP and process costs.
 * Started by bench/run.ts with NEO4J_URI and PORT; prints `PEER_READY <url>` when it serves.
 * String comparison filters (lt/gt) are switched on: the time window of Q6 needs them.
 */
async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI to name the benchmark Neo4j, but it is not set');
  const driver = neo4j.driver(uri, undefined, { userAgent: 'bench-peer' });
  const library = new Neo4jGraphQL({
    typeDefs: peerTypeDefs(),
    driver,
    features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } },
  });
  const schema = await library.getSchema();
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '10mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  console.log(`PEER_READY http://127.0.0.1:${port}/graphql`);
  const stop = async () => {
    await apollo.stop();
    server.close();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error('[bench:peer] failed to start:', error);
  process.exit(1);
});
