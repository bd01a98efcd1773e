import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDriver, Database } from '../src/neo4j';
import { floorQuery, floorStatements } from './floorQueries';

/**
 * The "floor over HTTP" (issue 14, item 6): each read of the workload as one Cypher statement behind
 * a bare node:http handler: no framework, no GraphQL, keep-alive as Node's server has it. POST
 * /<query id> (Q1 … Q6c) with the body our GraphQL client sends (`{ query, variables }`: the same
 * client, the same bytes; the query text is not read) answers `{ "data": … }` with what our API's
 * answer holds. POST / answers `{ "data": {} }` (the readiness probe, and the request that does no
 * database work). It is the physical limit for any HTTP API over this database.
 *
 * Started by bench/run.ts with NEO4J_URI and PORT in a process of its own, as our API and the peer
 * are; prints `FLOOR_READY <url>` when it serves. The driver is ours (createDriver: the same pool,
 * timeouts and plain numbers) and each statement runs as our reads do (Database.read: an auto-commit
 * read transaction with the same transaction timeout).
 */
async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI to name the benchmark Neo4j, but it is not set');
  const db = new Database(createDriver(uri), floorStatements(), { transactionTimeoutMs: Number(process.env.NEO4J_TX_TIMEOUT_MS ?? 120_000) });

  const reply = (res: http.ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          if (req.method !== 'POST') return reply(res, 405, { errors: [{ message: 'expected POST' }] });
          const id = (req.url ?? '/').slice(1);
          if (id === '') return reply(res, 200, { data: {} });
          const query = floorQuery(id);
          if (!query) return reply(res, 404, { errors: [{ message: `expected a query id of the workload, but got ${JSON.stringify(id)}` }] });
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Record<string, unknown> };
          const call = query.call(body.variables ?? {});
          const [row] = await db.read(call.name, call.params);
          if (!row) throw new Error(`expected ${call.name} to return one row, but it returned none`);
          reply(res, 200, { data: query.answer(row, call) });
        } catch (error) {
          reply(res, 500, { errors: [{ message: (error as Error).message }] });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  console.log(`FLOOR_READY http://127.0.0.1:${port}/`);
  const stop = async () => {
    server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error('[bench:floor] failed to start:', error);
  process.exit(1);
});
