import type { Driver } from 'neo4j-driver';
import type { TracedCall } from './trace';

/**
 * Database hits of each named query an operation sends, from Neo4j's PROFILE, in the style of
 * @neo4j/graphql's own performance suite. The total is what `bench:check` guards.
 */
export interface DbHits {
  total: number;
  /** `<order>:<query name>` → db hits, in the order the operation sends them. */
  queries: Record<string, number>;
}

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}

const sumHits = (plan: PlanNode): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s, c) => s + sumHits(c), 0);

export async function profileTrace(driver: Driver, calls: readonly TracedCall[]): Promise<DbHits> {
  const queries: Record<string, number> = {};
  let total = 0;
  for (const [i, call] of calls.entries()) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(`PROFILE ${call.text}`, call.params);
      const plan = result.summary.profile;
      const hits = plan ? sumHits(plan as unknown as PlanNode) : 0;
      queries[`${i + 1}:${call.name}`] = hits;
      total += hits;
    } finally {
      await session.close();
    }
  }
  return { total, queries };
}
