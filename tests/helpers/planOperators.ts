import type { Database } from '../../src/neo4j';

type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };

const operators = (plan: Plan): string[] => [`${plan.operatorType} ${JSON.stringify(plan.arguments.Details ?? '')}`, ...plan.children.flatMap(operators)];

/**
 * The operators of the plan Neo4j makes for a named query (EXPLAIN runs nothing), each as its type
 * and details, e.g. `NodeIndexSeek@neo4j "RANGE INDEX c:Claim(tripleKey) WHERE tripleKey = t.key"`,
 * parents before their children.
 */
export async function planOperators(db: Database, name: string, params: Record<string, unknown>): Promise<string[]> {
  const result = await db.driver.executeQuery(`EXPLAIN ${db.text(name)}`, params);
  return operators(result.summary.plan as unknown as Plan);
}
