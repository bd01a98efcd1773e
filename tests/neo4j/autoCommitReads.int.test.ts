import type { Driver, Session } from 'neo4j-driver';
import { createDriver, Database, namedQueries } from '../../src/neo4j';
import { seedIds } from '../helpers/testApi';

interface Observed {
  sessions: Array<{ accessMode: unknown; sharesExecuteQueryBookmarks: boolean }>;
  runs: string[];
  managed: string[];
}

/** `driver`, with what Database asks of it written down: sessions opened, statements run, managed calls. */
function observed(driver: Driver): { driver: Driver; seen: Observed } {
  const seen: Observed = { sessions: [], runs: [], managed: [] };
  const bound = (target: object, prop: string | symbol) => {
    const value = Reflect.get(target, prop) as unknown;
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const proxy = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'executeQuery') seen.managed.push('executeQuery');
      if (prop !== 'session') return bound(target, prop);
      return (config: { defaultAccessMode?: unknown; bookmarkManager?: unknown } = {}) => {
        seen.sessions.push({ accessMode: config.defaultAccessMode, sharesExecuteQueryBookmarks: config.bookmarkManager === target.executeQueryBookmarkManager });
        const session = target.session(config as Parameters<Driver['session']>[0]);
        return new Proxy(session, {
          get(inner: Session, name) {
            if (name === 'run') seen.runs.push('run');
            if (name === 'executeRead' || name === 'executeWrite' || name === 'beginTransaction') seen.managed.push(String(name));
            return bound(inner, name);
          },
        });
      };
    },
  });
  return { driver: proxy, seen };
}

/**
 * Database.read sends each statement as one auto-commit transaction (no BEGIN before it, no COMMIT
 * after it: one exchange with Neo4j), in a read session that shares executeQuery's bookmarks.
 */
describe('reads in auto-commit transactions', () => {
  const driver = createDriver(process.env.NEO4J_TEST_URI as string);
  afterAll(() => driver.close());

  it('answers a named read through one session.run in a READ session, with no managed transaction', async () => {
    const { driver: watched, seen } = observed(driver);
    const db = new Database(watched, namedQueries());
    const rows = await db.read('findEntitiesByIds', { ids: [seedIds.northKorea] });
    expect(rows.map((row) => row.id)).toEqual([seedIds.northKorea]);
    expect(seen.sessions).toEqual([{ accessMode: 'READ', sharesExecuteQueryBookmarks: true }]);
    expect(seen.runs).toEqual(['run']);
    expect(seen.managed).toEqual([]);
    expect(db.roundTrips).toBe(1);
  });

  it('passes a statement error on after one attempt: only transient failures are tried again', async () => {
    const { driver: watched, seen } = observed(driver);
    const db = new Database(watched, new Map([['broken', { name: 'broken', file: 'broken.cypher', text: 'RETURN 1 +' }]]));
    await expect(db.read('broken')).rejects.toThrow(/Invalid input/);
    expect(seen.runs).toEqual(['run']);
  });
});
