import { factKeyString, pageRecords, type ClaimRecord, type FactKey, type PageRecords } from '../claim';
import { toEntityRecord, type EntityRecord } from '../entity';
import type { Direction, RelationshipOrder, RelationshipType } from '../generated/types';
import type { Database } from '../neo4j/database';
import { BadUserInputError, pageParams, perEntity, toPage, type Page, type PageRequest } from '../support';
import { toRelationshipRecord, type PathRecord, type RelationshipRecord, type SubgraphRecord } from './model';
import { applyFactView, factViewParams, type FactView } from './view';

/** Documented bounds of the graph queries (see schema/graph.graphql). */
export const LIMITS = {
  maxDepth: 3,
  maxNeighborhoodEdges: 500,
  /** Facts taken per node per step, so a hub cannot flood the answer. */
  fanout: 100,
  maxHops: 6,
  maxPaths: 25,
} as const;

/** Loads claims by id; resolvers pass their DataLoader so later `claims` fields hit its cache. */
export type ClaimLoader = (ids: string[]) => Promise<ClaimRecord[]>;

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
  options: { depth: number; types?: readonly RelationshipType[] | null; limit: number; view: FactView; loadClaims: ClaimLoader; claimIds?: boolean },
): Promise<SubgraphRecord> {
  checkNeighborhoodOptions(options);
  const withClaimIds = readsClaimIds(options.claimIds, options.view.asOf);
  const types = typeList(options.types);
  const reached = new Set([startId]);
  const edges = new Map<string, RelationshipRecord>();
  const records = new Map<string, EntityRecord>();
  let frontier = [startId];
  let truncated = false;
  for (let step = 1; step <= options.depth && frontier.length > 0 && !truncated; step++) {
    const remaining = options.limit - edges.size;
    const rows = await db.read('expandNeighborhood', {
      frontier,
      types,
      ...factViewParams(options.view),
      fanout: LIMITS.fanout,
      limit: remaining + 1,
      withClaimIds,
    });
    const next: string[] = [];
    const perNode = new Map<string, number>();
    for (const row of rows) {
      const edge = factOf(row.relationship, withClaimIds);
      for (const entity of row.reached as unknown[]) {
        const record = toEntityRecord(entity);
        records.set(record.id, record);
      }
      for (const id of [edge.fromId, edge.toId]) perNode.set(id, (perNode.get(id) ?? 0) + 1);
      if (edges.has(edge.id)) continue;
      if (edges.size === options.limit) {
        truncated = true;
        break;
      }
      edges.set(edge.id, edge);
      for (const id of [edge.fromId, edge.toId]) {
        if (!reached.has(id)) {
          reached.add(id);
          next.push(id);
        }
      }
    }
    // A frontier node that gave as many facts as the fan-out cap may have had more to give.
    if (frontier.some((id) => (perNode.get(id) ?? 0) >= LIMITS.fanout)) truncated = true;
    frontier = next;
  }
  const kept = await applyFactView([...edges.values()], options.view, options.loadClaims);
  const nodeIds = connectedFrom(startId, kept);
  return { nodeIds, edges: kept, truncated, reached: nodeIds.flatMap((id) => records.get(id) ?? []) };
}

/** The nodes the kept edges still connect to the start (recomputing "as of" can cut a bridge). */
function connectedFrom(startId: string, edges: readonly RelationshipRecord[]): string[] {
  const seen = new Set([startId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of edges) {
      const [a, b] = [seen.has(edge.fromId), seen.has(edge.toId)];
      if (a !== b) {
        seen.add(a ? edge.toId : edge.fromId);
        grew = true;
      }
    }
  }
  return [...seen];
}

/** Up to `first` shortest paths between two entities through facts that pass the view. */
export async function shortestPaths(
  db: Database,
  fromId: string,
  toId: string,
  options: { maxHops: number; types?: readonly RelationshipType[] | null; first: number; view: FactView; loadClaims: ClaimLoader; claimIds?: boolean },
): Promise<PathRecord[]> {
  checkPathOptions(options);
  if (fromId === toId) return [{ nodeIds: [fromId], edges: [], entities: [] }];
  const withClaimIds = readsClaimIds(options.claimIds, options.view.asOf);
  const rows = await db.read('shortestPaths', {
    from: fromId,
    to: toId,
    types: typeList(options.types),
    ...factViewParams(options.view),
    maxHops: options.maxHops,
    first: options.first,
    withClaimIds,
  });
  const paths = rows.map((row) => ({
    nodeIds: row.nodeIds as string[],
    edges: (row.relationships as unknown[]).map((fact) => factOf(fact, withClaimIds)),
    entities: (row.entities as unknown[]).map(toEntityRecord),
  }));
  if (options.view.asOf === null) return paths;
  const kept = new Map(
    (await applyFactView(paths.flatMap((p) => p.edges), options.view, options.loadClaims)).map((e) => [e.id, e]),
  );
  return paths
    .filter((p) => p.edges.every((e) => kept.has(e.id)))
    .map((p) => ({ nodeIds: p.nodeIds, edges: p.edges.map((e) => kept.get(e.id) as RelationshipRecord), entities: p.entities }));
}

/** Above every id (ids are UUIDs): where findRelationshipsInIdOrder starts the empty range of a type not asked for. */
const PAST_EVERY_ID = '\u{10FFFF}';

export interface RelationshipFilterInput {
  types?: readonly RelationshipType[] | null;
  entityId?: string | null;
  fromId?: string | null;
  toId?: string | null;
}

function filterParams(filter: RelationshipFilterInput, view: FactView) {
  return {
    types: typeList(filter.types),
    entityId: filter.entityId ?? null,
    fromId: filter.fromId ?? null,
    toId: filter.toId ?? null,
    anchorId: filter.fromId ?? filter.toId ?? filter.entityId ?? null,
    ...factViewParams(view),
  };
}

/** A page of facts with each one's sort key, for cursors. */
export type RelationshipPage = Page<RelationshipRecord & { sortKey: string | number }>;

/** What to read beside a relationships page: its facts' two entities, and whether their claim ids. */
export interface RelationshipsPageReads {
  ends: boolean;
  /** Return each fact's claim ids (false: left in Neo4j, the record marked claimIdsUnread; an as-of view always reads them). */
  claimIds: boolean;
}

export async function findRelationships(
  db: Database,
  filter: RelationshipFilterInput,
  view: FactView,
  orderBy: RelationshipOrder,
  page: PageRequest,
  loadClaims: ClaimLoader,
  reads: RelationshipsPageReads = { ends: false, claimIds: true },
): Promise<RelationshipPage & { ends: EntityRecord[] }> {
  const withClaimIds = readsClaimIds(reads.claimIds, view.asOf);
  const params = { ...filterParams(filter, view), withClaimIds };
  // A forward page in id order that names no entity seeks each type's id index from the cursor,
  // and reads the facts' ends with it when asked (the other statement leaves them to the loaders).
  const inIdOrder = orderBy === 'ID' && !page.backward && params.anchorId === null;
  const rows = inIdOrder
    ? await db.read('findRelationshipsInIdOrder', { ...params, afterId: page.afterId, beforeId: page.beforeId, limit: page.size + 1, pastEveryId: PAST_EVERY_ID, withEnds: reads.ends })
    : await db.read('findRelationships', { ...params, orderBy, ...pageParams(page, orderBy !== 'ID') });
  const ends = inIdOrder ? rows.flatMap((row) => (row.ends as unknown[]).map(toEntityRecord)) : [];
  const sortKeys = new Map(rows.map((row) => [row.id as string, row.sortKey as string | number]));
  // Paged on the stored facts, then recomputed: a fact the view drops leaves the page short, but
  // its cursors and hasNextPage/hasPreviousPage stay those of the range.
  const stored = toPage(rows.map((row) => factOf(row.relationship, withClaimIds)), page);
  const facts = await applyFactView(stored.items, view, loadClaims);
  return { ...stored, items: facts.map((f) => ({ ...f, sortKey: sortKeys.get(f.id) ?? '' })), ends };
}

/**
 * Plans findRelationshipsInIdOrder for the first page of the unfiltered relationships list, the
 * shape a client asks first. A cold Neo4j took 7–40 s to plan its sixteen branches on a loaded
 * machine, longer than a request may wait; the plan is cached per kind of parameters, so this
 * runs it once with the kinds that page uses (no cursor, no filters). Called once at start.
 */
export async function warmRelationshipPages(db: Database): Promise<void> {
  const params = filterParams({}, { asOf: null, window: null, minConfidence: null, excludeUnattributedOnly: false });
  await db.read('findRelationshipsInIdOrder', { ...params, afterId: null, beforeId: null, limit: 2, pastEveryId: PAST_EVERY_ID, withEnds: true, withClaimIds: false });
}

/** Whether a read of facts returns their claim ids: when asked (the default), and always in a view as of a date, which derives facts from them. */
function readsClaimIds(asked: boolean | undefined, asOf: string | null): boolean {
  return (asked ?? true) || asOf !== null;
}

/** A fact read with or without its claim ids (withClaimIds). */
function factOf(row: unknown, withClaimIds: boolean): RelationshipRecord {
  const fact = toRelationshipRecord(row);
  return withClaimIds ? fact : { ...fact, claimIdsUnread: true };
}

/** The stored claim ids of facts read without them, in the order of `facts` (empty for a fact that is gone). */
export async function findFactClaimIdsStored(db: Database, facts: readonly FactKey[]): Promise<string[][]> {
  const rows = await db.read('findFactClaimIdsStored', { facts: facts.map(({ fromId, type, toId }) => ({ fromId, type, toId })) });
  const claimIds = new Map(rows.map((row) => [factKeyString(row as unknown as FactKey), (row.claimIds as string[] | null) ?? []]));
  return facts.map((f) => claimIds.get(factKeyString(f)) ?? []);
}

export async function countRelationships(db: Database, filter: RelationshipFilterInput, view: FactView): Promise<number> {
  const rows = await db.read('countRelationships', filterParams(filter, view));
  return (rows[0]?.total as number | undefined) ?? 0;
}

export interface EntityRelationshipArgs {
  direction: Direction;
  types: RelationshipType[] | null;
  asOf: string | null;
  page: PageRequest;
  /** Return each fact's claim ids (false: left in Neo4j, the record marked claimIdsUnread; an as-of view always reads them). Default true. */
  claimIds?: boolean;
}

/** One page of facts per entity, for `Entity.relationships`: one round trip for many entities. */
export async function findEntityRelationships(
  db: Database,
  entityIds: readonly string[],
  args: EntityRelationshipArgs,
): Promise<Map<string, Page<RelationshipRecord>>> {
  const withClaimIds = readsClaimIds(args.claimIds, args.asOf);
  const rows = await db.read('findEntityRelationships', {
    entityIds: [...new Set(entityIds)],
    direction: args.direction,
    types: args.types,
    asOf: args.asOf,
    ...pageParams(args.page, false),
    withClaimIds,
  });
  return perEntity(entityIds, rows, (row) => toPage((row.page as unknown[]).map((fact) => factOf(fact, withClaimIds)), args.page), toPage([], args.page));
}

/** What to read beside an entity's facts: their two ends, their claims, the claims' sources. */
export interface RelationshipPageReads {
  ends: boolean;
  claims: boolean;
  sources: boolean;
  /** Of each fact's claims, in order, read only this many (null: all)… */
  claimsFirst: number | null;
  /** …except all of a fact's that has at most this many (null: none has). */
  claimsUpTo: number | null;
}

/**
 * An entity (null when no entity has the id, a merged one's id resolving as findEntitiesByIds does)
 * with one page of its facts and the records they show, in one statement: what findEntitiesByIds,
 * findEntityRelationships, findClaimsByIds and findSourcesByIds give (src/claim/pageReads.ts).
 */
export async function findEntityWithRelationships(
  db: Database,
  id: string,
  args: EntityRelationshipArgs,
  reads: RelationshipPageReads,
): Promise<{ entity: EntityRecord | null; page: Page<RelationshipRecord> } & PageRecords> {
  const [row] = await db.read('findEntityWithRelationships', {
    id,
    direction: args.direction,
    types: args.types,
    asOf: args.asOf,
    ...pageParams(args.page, false),
    withEnds: reads.ends,
    withClaims: reads.claims,
    withSources: reads.sources,
    claimsFirst: reads.claimsFirst,
    claimsUpTo: reads.claimsUpTo,
  });
  if (!row) throw new Error('expected findEntityWithRelationships to return one row, but it returned none');
  const records = pageRecords(row, (row.ends as unknown[] | null) ?? []);
  return {
    entity: row.entity ? toEntityRecord(row.entity) : null,
    page: toPage((row.page as unknown[]).map(toRelationshipRecord), args.page),
    ...records,
  };
}

export async function countEntityRelationships(
  db: Database,
  entityIds: readonly string[],
  args: Omit<EntityRelationshipArgs, 'page'>,
): Promise<Map<string, number>> {
  const rows = await db.read('countEntityRelationships', {
    entityIds: [...new Set(entityIds)],
    direction: args.direction,
    types: args.types,
    asOf: args.asOf,
  });
  return perEntity(entityIds, rows, (row) => row.total as number, 0);
}

/** Facts by their stable ids, for Query.node (see the query's note on cost). */
export async function findRelationshipsByIds(db: Database, ids: readonly string[]): Promise<Map<string, RelationshipRecord>> {
  const rows = await db.read('findRelationshipsByIds', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => {
    const fact = toRelationshipRecord(row.relationship);
    return [fact.id, fact];
  }));
}
