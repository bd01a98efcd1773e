import type { Router } from 'express';
import express from 'express';
import type { Database } from '../neo4j';

/**
 * `/healthz` (liveness): the process answers HTTP. `/readyz` (readiness): Neo4j answers a trivial
 * query within two seconds and the server is not shutting down; 503 otherwise, so a load balancer
 * stops sending traffic while Neo4j is away and resumes by itself when it is back.
 */
export function healthRouter(db: Database, isStopping: () => boolean): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (isStopping()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const neo4jUp = await db.ping();
    res.status(neo4jUp ? 200 : 503).json({ status: neo4jUp ? 'ready' : 'unavailable', neo4j: neo4jUp ? 'up' : 'unreachable' });
  });
  return router;
}
