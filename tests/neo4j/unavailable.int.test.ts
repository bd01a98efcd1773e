import { createTestApi, errorCodes, seedIds } from '../helpers/testApi';
import { freePort } from '../../src/neo4j';

/** With no Neo4j behind it, the API answers SERVICE_UNAVAILABLE fast, never a stack trace. */
describe('Neo4j unreachable', () => {
  it('fails a query with SERVICE_UNAVAILABLE', async () => {
    const port = await freePort(); // nothing listens there
    const api = await createTestApi(`neo4j://127.0.0.1:${port}`);
    try {
      const started = Date.now();
      const result = await api.execute(`query($id: ID!) { entity(id: $id) { name } }`, { id: seedIds.northKorea });
      expect(errorCodes(result)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(result.errors?.[0]?.message).toBe('The graph database is unavailable; try again shortly.');
      expect(JSON.stringify(result.errors)).not.toMatch(/ECONNREFUSED|at /);
      // Fails within the driver's retry window, not a hang (a loose bound; speed itself is benchmarked).
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await api.close();
    }
  });
});
