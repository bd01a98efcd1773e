import type { RelationshipType } from '../generated/graphql';
import type { Database } from '../neo4j/database';
import { BadUserInputError, toPage, type Page, type PageRequest } from '../support';
import { toRelationshipRecord, type PathRecord, type RelationshipRecord, type SubgraphRecord } from './model';

/** Documented bounds of the graph queries (see schema/graph.graphql). */
export const LIMITS = {
  maxDepth: 3,
  maxNeighborhoodEdges: 500,
  /** Facts taken per node per step, so a hub cannot flood the answer. */
  fanout: 100,
  maxHops: 6,
  maxPaths: 25,
} as const;

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`expected "${name}" from ${min} to ${max}, but got ${value}`, name);
  }
}

export function checkNeighborhoodOptions(options: { depth: number; limit: number }): void {
  checkRange('depth', options.depth, 1, LIMITS.maxDepth);
  checkRange('limit', options.limit, 1, LIMITS.maxNeighborhoodEdges);
}

export function checkPathOptions(options: { maxHops: number; first: number }): void {
  checkRange('maxHops', options.maxHops, 1, LIMITS.maxHops);
  checkRange('first', options.first, 1, LIMITS.maxPaths);
}

const typeList = (types: readonly RelationshipType[] | null | undefined) => (types && types.length > 0 ? [...types] : null);

/**
 * The facts around an entity, breadth first: one query per depth step (at most three), each over
 * the whole frontier, so round trips grow with depth, never with the number of nodes.
 */
export async function neighborhood(
  db: Database,
  startId: string,
  options: { depth: number; types?: readonly RelationshipType[] | null; limit: number },
): Promise<SubgraphRecord> {
  checkNeighborhoodOptions(options);
  const types = typeList(options.types);
  const nodeIds = new Set([startId]);
  const edges = new Map<string, RelationshipRecord>();
  let frontier = [startId];
  let truncated = false;
  for (let step = 1; step <= options.depth && frontier.length > 0 && !truncated; step++) {
    const remaining = options.limit - edges.size;
    const rows = await db.read('expandNeighborhood', { frontier, types, fanout: LIMITS.fanout, limit: remaining + 1 });
    const next: string[] = [];
    for (const row of rows) {
      const edge = toRelationshipRecord(row.relationship);
      if (edges.has(edge.id)) continue;
      if (edges.size === options.limit) {
        truncated = true;
        break;
      }
      edges.set(edge.id, edge);
      for (const id of [edge.fromId, edge.toId]) {
        if (!nodeIds.has(id)) {
          nodeIds.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return { nodeIds: [...nodeIds], edges: [...edges.values()], truncated };
}

/** Up to `first` shortest paths between two entities through facts, in either direction. */
export async function shortestPaths(
  db: Database,
  fromId: string,
  toId: string,
  options: { maxHops: number; types?: readonly RelationshipType[] | null; first: number },
): Promise<PathRecord[]> {
  checkPathOptions(options);
  if (fromId === toId) return [{ nodeIds: [fromId], edges: [] }];
  const rows = await db.read('shortestPaths', {
    from: fromId,
    to: toId,
    types: typeList(options.types),
    maxHops: options.maxHops,
    first: options.first,
  });
  return rows.map((row) => ({
    nodeIds: row.nodeIds as string[],
    edges: (row.relationships as unknown[]).map(toRelationshipRecord),
  }));
}

export interface RelationshipFilterInput {
  types?: readonly RelationshipType[] | null;
  entityId?: string | null;
  fromId?: string | null;
  toId?: string | null;
}

function filterParams(filter: RelationshipFilterInput) {
  return {
    types: typeList(filter.types),
    entityId: filter.entityId ?? null,
    fromId: filter.fromId ?? null,
    toId: filter.toId ?? null,
  };
}

export async function findRelationships(
  db: Database,
  filter: RelationshipFilterInput,
  page: PageRequest,
): Promise<Page<RelationshipRecord>> {
  const rows = await db.read('findRelationships', { ...filterParams(filter), after: page.afterId, limit: page.first + 1 });
  return toPage(rows.map((row) => toRelationshipRecord(row.relationship)), page);
}

export async function countRelationships(db: Database, filter: RelationshipFilterInput): Promise<number> {
  const rows = await db.read('countRelationships', filterParams(filter));
  return (rows[0]?.total as number | undefined) ?? 0;
}
