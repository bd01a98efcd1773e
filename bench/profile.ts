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

/** The database hits of a PROFILE'd statement's plan (a result summary's `profile`), all operators summed; 0 without one. */
export function planDbHits(profile: unknown): number {
  return profile ? sumHits(profile as PlanNode) : 0;
}

export async function profileTrace(driver: Driver, calls: readonly TracedCall[]): Promise<DbHits> {
  const queries: Record<string, number> = {};
  let total = 0;
  for (const [i, call] of calls.entries()) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(`PROFILE ${call.text}`, call.params);
      const hits = planDbHits(result.summary.profile);
      queries[`${i + 1}:${call.name}`] = hits;
      total += hits;
    } finally {
      await session.close();
    }
  }
  return { total, queries };
}
