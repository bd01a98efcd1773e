import { claimAnchorParams, claimFilterParams, toClaimRecord, viewParams, type ClaimFilterInput, type ClaimRecord, type ClaimView, type KeyedPage } from '../claim';
import { toEntityRecord, type EntityRecord } from '../entity';
import { toRelationshipRecord, type EntityRelationshipArgs, type RelationshipRecord } from '../graph';
import type { Database, Row } from '../neo4j';
import { toSourceRecord, type SourceRecord } from '../source';
import { pageParams, toPage, type Page, type PageRequest } from '../support';

/**
 * Page reads that fetch only the stored properties a GraphQL selection shows (docs/architecture.md,
 * "Reads in one statement"). cypher/claim's one-statement reads return whole records, which the API
 * primes its DataLoaders with; most of their cost is reading and decoding properties nobody asked
 * for (a timeline page of 50 claims: 5,728 db hits, where the fields asked need a quarter). These
 * read the same page, and for each claim the values of the keys asked, in the order asked, with
 * its source, subject and object likewise; the records built from them hold only those properties
 * (the rest are toClaimRecord's defaults), so they are for the fields of that selection alone and
 * never go into a shared DataLoader (src/api/projection.ts says which fields they serve).
 */

/** The stored properties to read: of each claim (`id` is always read), and of its source, subject and object (null: not read). */
export interface Projection {
  claim: readonly string[];
  source: readonly string[] | null;
  subject: readonly string[] | null;
  object: readonly string[] | null;
}

/** A claim read with a projection, and the records it points at that the projection read. */
export interface ProjectedClaim {
  claim: ClaimRecord;
  source: SourceRecord | null;
  subject: EntityRecord | null;
  object: EntityRecord | null;
}

/** Every key list with `id` first (the values come back in this order), and always an entity's `kind` (it picks the GraphQL type). */
function keyParams(projection: Projection) {
  const withId = (keys: readonly string[], more: string[] = []) => ['id', ...more.filter((k) => !keys.includes(k)), ...keys.filter((k) => k !== 'id')];
  const entity = (keys: readonly string[] | null) => (keys === null ? null : withId(keys, ['kind']));
  return {
    claimKeys: withId(projection.claim),
    sourceKeys: projection.source === null ? null : withId(projection.source),
    subjectKeys: entity(projection.subject),
    objectKeys: entity(projection.object),
  };
}

/**
 * The row of a projection's values, with `more` set after them. Built by assignment on one object:
 * Object.fromEntries and a spread on top of it gave rows that were slow to read, and reading them
 * (toClaimRecord's forty keys) was the largest part of Node's work on a page of claims.
 */
function zip(keys: readonly string[], values: readonly unknown[], more?: Row): Row {
  const row: Row = {};
  for (let i = 0; i < keys.length; i += 1) row[keys[i] as string] = values[i] ?? null;
  if (more) for (const key in more) row[key] = more[key];
  return row;
}

/** The statement's claims as records (keys as keyParams gave them). */
function projectedClaims(rows: unknown, keys: ReturnType<typeof keyParams>): ProjectedClaim[] {
  return ((rows as Array<{ values: unknown[]; source: unknown[] | null; subject: unknown[] | null; object: unknown[] | null }> | null) ?? []).map((row) => {
    const source = row.source && keys.sourceKeys ? toSourceRecord(zip(keys.sourceKeys, row.source)) : null;
    const subject = row.subject && keys.subjectKeys ? toEntityRecord(zip(keys.subjectKeys, row.subject)) : null;
    const object = row.object && keys.objectKeys ? toEntityRecord(zip(keys.objectKeys, row.object)) : null;
    // The ids the claim's own fields resolve through (Claim.object is null without one).
    const claim = toClaimRecord(zip(keys.claimKeys, row.values, { sourceId: source?.id ?? null, subjectId: subject?.id ?? null, objectId: object?.id ?? null }));
    return { claim, source, subject, object };
  });
}

/**
 * An entity (null when no entity has the id) with one page of its claims, projected: what
 * cypher/claim/findEntityWithClaims.cypher reads, less the properties the projection leaves out.
 */
export async function findTimelineProjected(
  db: Database,
  entityId: string,
  view: ClaimView,
  orderBy: 'ID' | 'VALID_TIME',
  page: PageRequest,
  projection: Projection,
  places = false,
): Promise<{ entity: EntityRecord | null; page: KeyedPage; claims: ProjectedClaim[] }> {
  const keys = keyParams(projection);
  const [row] = await db.read('findTimelineProjected', { entityId, ...viewParams(view), ...pageParams(page, orderBy !== 'ID'), orderBy, places, ...keys });
  if (!row) throw new Error('expected findTimelineProjected to return one row, but it returned none');
  return {
    entity: row.entity ? toEntityRecord(row.entity) : null,
    page: toPage(row.page as Array<{ id: string; sortKey: string }>, page),
    claims: projectedClaims(row.claims, keys),
  };
}

/** A page of claims in id order, read forward, projected: what cypher/claim/findClaimPageInIdOrder.cypher reads, less the properties left out. */
export async function findClaimPageProjected(
  db: Database,
  filter: ClaimFilterInput,
  view: ClaimView,
  page: PageRequest,
  projection: Projection,
): Promise<{ page: KeyedPage; claims: ProjectedClaim[] }> {
  if (page.backward) throw new Error('expected a forward page: findClaimPageProjected reads in id order only');
  const keys = keyParams(projection);
  const [row] = await db.read('findClaimPageProjected', { ...claimFilterParams(filter, view), ...claimAnchorParams(filter), afterId: page.afterId, beforeId: page.beforeId, limit: page.size + 1, ...keys });
  if (!row) throw new Error('expected findClaimPageProjected to return one row, but it returned none');
  return { page: toPage(row.page as Array<{ id: string; sortKey: string }>, page), claims: projectedClaims(row.claims, keys) };
}

/** The stored properties to read of a page of facts (`id` and `claimIds` are always read), of their two ends, and of their claims and the claims' sources (null: not read). */
export interface FactProjection {
  fact: readonly string[];
  from: readonly string[] | null;
  to: readonly string[] | null;
  claims: Projection | null;
  /** How many of each fact's claim ids (and claims) to read, in order: those the selection shows (null: all). */
  claimsFirst: number | null;
}

/** A fact read with a projection, and the records it points at that the projection read. */
export interface ProjectedFact {
  fact: RelationshipRecord;
  from: EntityRecord | null;
  to: EntityRecord | null;
  /** Its claims, those found of its claimIds (null: not read); its claimIds are only those the projection's claimsFirst keeps. */
  claims: ProjectedClaim[] | null;
}

/**
 * An entity (null when no entity has the id) with one page of its facts as they stand today,
 * projected: what cypher/graph/findEntityWithRelationships.cypher reads, less the properties the
 * projection leaves out. A view as of a date recomputes facts from whole claims: not for this read.
 */
export async function findEntityRelationshipsProjected(
  db: Database,
  id: string,
  args: EntityRelationshipArgs,
  projection: FactProjection,
): Promise<{ entity: EntityRecord | null; page: Page<ProjectedFact> }> {
  if (args.asOf !== null) throw new Error('expected today\'s view: findEntityRelationshipsProjected reads facts as they are stored');
  const factKeys = ['id', 'claimIds', ...projection.fact.filter((k) => k !== 'id' && k !== 'claimIds')];
  const entity = (keys: readonly string[] | null) => (keys === null ? null : ['id', 'kind', ...keys.filter((k) => k !== 'id' && k !== 'kind')]);
  const fromKeys = entity(projection.from);
  const toKeys = entity(projection.to);
  const claims = projection.claims === null ? null : keyParams(projection.claims);
  const [row] = await db.read('findEntityRelationshipsProjected', {
    id,
    direction: args.direction,
    types: args.types,
    ...pageParams(args.page, false),
    factKeys,
    fromKeys,
    toKeys,
    claimKeys: claims?.claimKeys ?? null,
    sourceKeys: claims?.sourceKeys ?? null,
    claimsFirst: projection.claimsFirst,
  });
  if (!row) throw new Error('expected findEntityRelationshipsProjected to return one row, but it returned none');
  type FactRow = { values: unknown[]; type: string; fromId: string; toId: string; fromValues: unknown[] | null; toValues: unknown[] | null; claims: unknown[] | null };
  const facts = (row.page as FactRow[]).map((item): ProjectedFact => ({
    fact: toRelationshipRecord(zip(factKeys, item.values, { type: item.type, fromId: item.fromId, toId: item.toId })),
    from: item.fromValues && fromKeys ? toEntityRecord(zip(fromKeys, item.fromValues)) : null,
    to: item.toValues && toKeys ? toEntityRecord(zip(toKeys, item.toValues)) : null,
    claims: claims === null ? null : projectedClaims(item.claims, claims),
  }));
  return { entity: row.entity ? toEntityRecord(row.entity) : null, page: toPage(facts, args.page) };
}
