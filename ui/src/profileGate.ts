/**
 * When an entity's profile asks for its disputes. Free of imports, so the unit tests load it
 * under the project's own TypeScript settings (tests/workbench/profileGate.unit.test.ts).
 */

/** A page of a connection, as far as the gate reads it. */
interface Listed<T> {
  pageInfo: { hasNextPage: boolean };
  edges: Array<{ node: T }>;
}

/**
 * Whether an entity's profile must ask for its disputes (Query.disputes(entityId), computed from its
 * claims, thousands for a feed's hub): when a fact it lists is disputed, when a claim it lists
 * without an object (a casualty figure with no place, a person wounded: no fact to mark) is
 * disputed, or when its facts or its claims are more than it lists, since those not listed may be.
 * Otherwise there is none to find, and the request is saved.
 */
export function profileMayHaveDisputes(profile: {
  relationships: Listed<{ disputed: boolean }>;
  claims: Listed<{ object: unknown; status: string }>;
}): boolean {
  const { relationships: facts, claims } = profile;
  return (
    facts.edges.some((e) => e.node.disputed) ||
    claims.edges.some((e) => e.node.object === null && e.node.status === 'DISPUTED') ||
    facts.pageInfo.hasNextPage ||
    claims.pageInfo.hasNextPage
  );
}
