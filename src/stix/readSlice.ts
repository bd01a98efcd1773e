import { findClaimsByIds, findFactClaimIds, FULL_VIEW, type ClaimRecord } from '../claim';
import { findEntitiesByIds } from '../entity';
import { LIMITS, neighborhood, toRelationshipRecord, type RelationshipRecord } from '../graph';
import type { Database } from '../neo4j';
import { BadUserInputError } from '../support';
import { findSourcesByIds } from '../source';
import type { GraphSlice } from './model';

const PAGE = 1_000;

/** What a bundle for a selection holds (Query.stixBundle): one of the three, or a window with an entity. */
export interface StixSelection {
  /** The facts around this entity, `depth` steps out (1 to 3). */
  entityId?: string | null;
  depth?: number | null;
  /** Everything this source says. */
  sourceId?: string | null;
  /** Facts whose valid time overlaps this window (ISO days, inclusive); with entityId, narrows its neighbourhood. */
  window?: { start: string; end: string } | null;
}

/** The most facts a selection's neighbourhood takes (the API's cap); the whole graph has none (it is paged). */
export const SELECTION_FACT_LIMIT = LIMITS.maxNeighborhoodEdges;

/**
 * The most facts a window without an entity takes: one GraphQL answer, not a dump (each fact brings
 * every claim about it). The whole graph is TAXII's and the export command's.
 */
export const WINDOW_FACT_LIMIT = 5_000;

/** The whole graph: every entity, source, claim and fact, read page by page in id order. */
export async function readWholeGraph(db: Database): Promise<GraphSlice> {
  const entityIds = await pagedIds(db, 'exportEntities', (row) => (row.entity as { id: string }).id);
  const sourceIds = await pagedIds(db, 'exportSources', (row) => (row.source as { id: string }).id);
  const claimIds = await pagedIds(db, 'exportClaimIds', (row) => row.id as string);
  const facts: RelationshipRecord[] = [];
  for (let after = ''; ;) {
    const rows = await db.read('findFacts', { after, limit: PAGE, windowStart: null, windowEnd: null });
    if (rows.length === 0) break;
    facts.push(...rows.map((r) => toRelationshipRecord(r.relationship)));
    after = facts[facts.length - 1]!.id;
  }
  return complete(db, { entityIds, sourceIds, claims: await claimsByIds(db, claimIds), facts });
}

/** A selection: its facts, every claim about them (asserting or denying), and what those point at. */
export async function readSelection(db: Database, selection: StixSelection): Promise<GraphSlice> {
  const window = selection.window ?? null;
  let facts: RelationshipRecord[] = [];
  let claims: ClaimRecord[] = [];
  if (selection.entityId) {
    const view = { ...FULL_VIEW, window, minConfidence: null, excludeUnattributedOnly: false };
    const sub = await neighborhood(db, selection.entityId, {
      depth: selection.depth ?? 1,
      limit: SELECTION_FACT_LIMIT,
      view,
      loadClaims: async (ids) => [...(await findClaimsByIds(db, ids)).values()],
    });
    facts = sub.edges;
  } else if (selection.sourceId) {
    const ids = (await db.read('findSourceClaimIds', { sourceId: selection.sourceId })).map((r) => r.id as string);
    claims = await claimsByIds(db, ids);
    const keys = [...new Map(claims.filter((c) => c.objectId).map((c) => [`${c.subjectId}|${c.predicate}|${c.objectId}`, { fromId: c.subjectId, type: c.predicate, toId: c.objectId }])).values()];
    facts = keys.length ? (await db.read('findFactsByKeys', { keys })).map((r) => toRelationshipRecord(r.relationship)) : [];
  } else if (window) {
    for (let after = ''; ;) {
      const rows = await db.read('findFacts', { after, limit: PAGE, windowStart: window.start, windowEnd: window.end });
      if (rows.length === 0) break;
      facts.push(...rows.map((r) => toRelationshipRecord(r.relationship)));
      if (facts.length > WINDOW_FACT_LIMIT) {
        throw new BadUserInputError(
          `selection.validDuring: expected a window holding at most ${WINDOW_FACT_LIMIT} facts, but it holds more; narrow it, add an entityId, or take the whole graph from TAXII (/taxii2/) or \`npm run export -- --format stix\``,
          'selection',
        );
      }
      after = facts[facts.length - 1]!.id;
    }
  }
  const aboutFacts = facts.length ? (await findFactClaimIds(db, facts.map((f) => ({ fromId: f.fromId, type: f.type, toId: f.toId })))).flat() : [];
  const known = new Set(claims.map((c) => c.id));
  claims = [...claims, ...(await claimsByIds(db, aboutFacts.filter((id) => !known.has(id))))];
  const entityIds = [...new Set([selection.entityId, ...facts.flatMap((f) => [f.fromId, f.toId])].filter((id): id is string => Boolean(id)))];
  return complete(db, { entityIds, sourceIds: [], claims, facts });
}

/** Adds the entities and sources the claims point at, reads them all, and puts everything in id order. */
async function complete(db: Database, parts: { entityIds: string[]; sourceIds: string[]; claims: ClaimRecord[]; facts: RelationshipRecord[] }): Promise<GraphSlice> {
  const claimEntityIds = parts.claims.flatMap((c) => [c.subjectId, c.objectId, c.reportedById, c.intermediaryId, c.publisherId]);
  const sourceIds = [...new Set([...parts.sourceIds, ...parts.claims.map((c) => c.sourceId)])];
  const sources = sourceIds.length ? await findSourcesByIds(db, sourceIds) : new Map();
  const publisherIds = [...sources.values()].map((s) => s.publisherId);
  const entityIds = [...new Set([...parts.entityIds, ...claimEntityIds, ...publisherIds].filter((id): id is string => Boolean(id)))];
  const entities = entityIds.length ? await findEntitiesByIds(db, entityIds) : new Map();
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    entities: [...entities.values()].sort(byId),
    sources: [...sources.values()].sort(byId),
    claims: [...parts.claims].sort(byId),
    facts: [...new Map(parts.facts.map((f) => [f.id, f])).values()].sort(byId),
  };
}

async function claimsByIds(db: Database, ids: string[]): Promise<ClaimRecord[]> {
  const found: ClaimRecord[] = [];
  for (let i = 0; i < ids.length; i += PAGE) found.push(...(await findClaimsByIds(db, ids.slice(i, i + PAGE))).values());
  return found;
}

/** Every id a query pages by id (`after`, `limit`) gives. */
async function pagedIds(db: Database, query: string, idOf: (row: Record<string, unknown>) => string): Promise<string[]> {
  const ids: string[] = [];
  for (let after = ''; ;) {
    const rows = await db.read(query, { after, limit: PAGE });
    if (rows.length === 0) return ids;
    ids.push(...rows.map(idOf));
    after = ids[ids.length - 1]!;
  }
}
