import DataLoader from 'dataloader';
import {
  countEntityClaims,
  countReportedClaims,
  countSourceClaims,
  findAllDisputes,
  findReportedClaims,
  findSourceClaims,
  factKeyString,
  findClaimsByIds,
  findFactClaimsByIds,
  findOriginClaims,
  findEntityClaims,
  findFactClaimIds,
  tripleStatusesAsOf,
  type ClaimRecord,
  type OriginClaim,
  type DerivedStatus,
  type ClaimView,
  type DisputeRecord,
  type FactKey,
  type KeyedPage,
} from '../claim';
import { findEntitiesByIds, findEntityHistory, type ChangeRecord, type EntityRecord } from '../entity';
import {
  countEntityRelationships,
  findEntityRelationships,
  findFactClaimIdsStored,
  findRelationshipsByIds,
  type EntityRelationshipArgs,
  type RelationshipRecord,
} from '../graph';
import { findFeedEventsOfClaims, type FeedEventRecord } from '../feeds';
import type { Database } from '../neo4j';
import {
  countEntitySources,
  countPublishedSources,
  findEntitySources,
  findPublishedSources,
  findSourcesByIds,
  findSourceTexts,
  type SourceRecord,
} from '../source';
import { BadUserInputError, invariant, NotFoundError, type Page, type PageRequest } from '../support';
import { groupedLoader } from './groupedLoader';

/**
 * Per-request DataLoaders: every `Claim.source`, `Relationship.from` or `Entity.claims(first: 5)`
 * asked for in one tick of the event loop becomes a single query, so nested fields never cost one
 * round trip per parent.
 */
export function createLoaders(db: Database) {
  const loaders = {
    entity: new DataLoader<string, EntityRecord | null>(byIds((ids) => findEntitiesByIds(db, ids))),
    claim: new DataLoader<string, ClaimRecord | null>(byIds((ids) => findClaimsByIds(db, ids))),
    /** Only what deriving a fact reads, for views as of a date (src/graph/view.ts); never served. */
    factClaim: new DataLoader<string, ClaimRecord | null>(byIds((ids) => findFactClaimsByIds(db, ids))),
    /** Only what grouping claims into origins reads (Relationship.origins). */
    originClaim: new DataLoader<string, OriginClaim | null>(byIds((ids) => findOriginClaims(db, ids))),
    source: new DataLoader<string, SourceRecord | null>(byIds((ids) => findSourcesByIds(db, ids))),
    /** Stored facts by stable id (Query.node). */
    relationship: new DataLoader<string, RelationshipRecord | null>(byIds((ids) => findRelationshipsByIds(db, ids))),
    /** `places`: the timeline's, with the places in the entity (findEntityClaims). */
    entityClaims: groupedLoader<{ view: ClaimView; orderBy: 'ID' | 'VALID_TIME'; page: PageRequest; places?: boolean }, KeyedPage>(
      (ids, args) => findEntityClaims(db, ids, args.view, args.orderBy, args.page, args.places),
    ),
    entityClaimCounts: groupedLoader<{ view: ClaimView; places?: boolean }, number>((ids, args) => countEntityClaims(db, ids, args.view, args.places)),
    entityRelationships: groupedLoader<EntityRelationshipArgs, Page<RelationshipRecord>>((ids, args) =>
      findEntityRelationships(db, ids, args),
    ),
    entityRelationshipCounts: groupedLoader<Omit<EntityRelationshipArgs, 'page'>, number>((ids, args) =>
      countEntityRelationships(db, ids, args),
    ),
    entitySources: groupedLoader<{ page: PageRequest }, Page<{ id: string }>>((ids, args) => findEntitySources(db, ids, args.page)),
    entitySourceCounts: groupedLoader<Record<string, never>, number>((ids) => countEntitySources(db, ids)),
    /** Sources an entity published, and claims it reported (Entity.published, Entity.reported). */
    entityPublished: groupedLoader<{ page: PageRequest }, Page<{ id: string }>>((ids, args) => findPublishedSources(db, ids, args.page)),
    entityPublishedCounts: groupedLoader<Record<string, never>, number>((ids) => countPublishedSources(db, ids)),
    entityReported: groupedLoader<{ page: PageRequest }, Page<{ id: string }>>((ids, args) => findReportedClaims(db, ids, args.page)),
    entityReportedCounts: groupedLoader<Record<string, never>, number>((ids) => countReportedClaims(db, ids)),
    /** A source's kept text, apart from the source record so lists of sources never load whole articles. */
    sourceText: new DataLoader<string, string | null>(byIds((ids) => findSourceTexts(db, ids))),
    /** The claims citing each source (Source.claims), keyed by source id: grouped like the entity loaders. */
    sourceClaims: groupedLoader<{ page: PageRequest }, KeyedPage>((ids, args) => findSourceClaims(db, ids, args.page)),
    sourceClaimCounts: groupedLoader<Record<string, never>, number>((ids) => countSourceClaims(db, ids)),
    entityHistory: groupedLoader<Record<string, never>, ChangeRecord[]>((ids) => findEntityHistory(db, ids)),
    /** Every dispute at a knowledge date ('' for today), computed once per request (Query.node). */
    disputesAsOf: disputesByDate(db),
    /** The feed records each claim was imported from (Claim.feedEvents); none for claims from elsewhere. */
    claimFeedEvents: new DataLoader<string, FeedEventRecord[]>(async (ids) => {
      const found = await findFeedEventsOfClaims(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    factClaimIds: new DataLoader<FactKey, string[], string>((facts) => findFactClaimIds(db, facts), {
      cacheKeyFn: factKeyString,
    }),
    /** The stored claimIds of facts a page read without them (RelationshipRecord.claimIdsUnread). */
    storedClaimIds: new DataLoader<FactKey, string[], string>((facts) => findFactClaimIdsStored(db, facts), {
      cacheKeyFn: factKeyString,
    }),
  };
  return {
    ...loaders,
    /** Each claim's status as of a date, by triple and date: derived once however many of its claims are asked. */
    statusesAsOf: new DataLoader<{ fact: FactKey; asOf: string }, Map<string, DerivedStatus>, string>(
      (keys) =>
        Promise.all(keys.map(async ({ fact, asOf }) =>
          tripleStatusesAsOf(await readForDerivation(loaders, await loaders.factClaimIds.load(fact)), asOf))),
      { cacheKeyFn: ({ fact, asOf }) => `${factKeyString(fact)}@${asOf}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Adapts a "find by ids, keyed by id" repository call to DataLoader's ordered-array contract. */
function byIds<T>(find: (ids: readonly string[]) => Promise<Map<string, T>>) {
  return async (ids: readonly string[]): Promise<Array<T | null>> => {
    const found = await find(ids);
    return ids.map((id) => found.get(id) ?? null);
  };
}

/** Loads one record that must exist because a stored edge points at it. */
export async function loadRequired<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const record = await loader.load(id);
  invariant(record !== null, `expected the ${what} ${id} to exist, since a stored relationship points at it`);
  return record;
}

/** Loads many records that must exist, in one batch, keeping their order. */
export async function loadAllRequired<T>(loader: DataLoader<string, T | null>, ids: readonly string[], what: string): Promise<T[]> {
  return Promise.all(ids.map((id) => loadRequired(loader, id, what)));
}

/** A fact's claim ids: those read with it, or, for a fact a page read without them, its stored ones. */
export function claimIdsOf(fact: RelationshipRecord, loaders: Loaders): Promise<string[]> {
  return fact.claimIdsUnread ? loaders.storedClaimIds.load(fact) : Promise.resolve(fact.claimIds);
}

/** Past this many claims, facts seen as of a date are derived from claims read in part (factClaim). */
export const FACT_CLAIMS_READ_WHOLE = 1_000;

/**
 * The past knowledge dates whose disputes one request may work out (Query.node of a dated id that is
 * no entity, claim, source or fact). Each compares every claim known by then, a scan of the graph, so
 * a hundred ids with a hundred dates must not make a hundred scans: the same cost as one
 * `disputes(asOf:)`, whatever the ids.
 */
export const MAX_PAST_DISPUTE_DATES = 2;

function disputesByDate(db: Database): DataLoader<string, DisputeRecord[]> {
  const past = new Set<string>();
  return new DataLoader<string, DisputeRecord[]>((dates) =>
    Promise.all(
      dates.map((date) => {
        if (date !== '') past.add(date);
        if (date !== '' && past.size > MAX_PAST_DISPUTE_DATES) {
          return new BadUserInputError(
            `ids: expected ids of at most ${MAX_PAST_DISPUTE_DATES} knowledge dates beyond today's in one request (an id that names no entity, claim, source or fact is looked for among the disputes known at its date, which compares every claim known then), but got more: ask for the others in another request`,
            'ids',
          );
        }
        return findAllDisputes(db, null, { asOf: date === '' ? null : date, window: null });
      }),
    ),
  );
}

/**
 * The claims facts are derived from in a view as of a date (src/graph/view.ts). A few are read whole
 * through this request's claim loader, so later `Relationship.claims` fields cost nothing more; the
 * thousands of a feed's facts are read with only the fields the derivation needs.
 */
export const claimLoader = (loaders: Loaders) => (ids: string[]): Promise<ClaimRecord[]> => readForDerivation(loaders, ids);

/** Claims to derive a fact, a status or a dispute from: whole when few, else only the fields derivation reads. */
function readForDerivation(
  loaders: { claim: DataLoader<string, ClaimRecord | null>; factClaim: DataLoader<string, ClaimRecord | null> },
  ids: readonly string[],
): Promise<ClaimRecord[]> {
  return loadAllRequired(ids.length <= FACT_CLAIMS_READ_WHOLE ? loaders.claim : loaders.factClaim, ids, 'claim');
}

/**
 * Gives this request's entity loader the records a statement read with its answer (a path's nodes,
 * a neighbourhood's), so the `nodes` fields cost no round trip. A record already loaded is kept.
 */
export function primeEntities(loaders: Loaders, entities: readonly EntityRecord[]): void {
  for (const entity of entities) loaders.entity.prime(entity.id, entity);
}

/**
 * Runs `read` beside `checks` (requireEntityArgument of the entities its arguments name), in the
 * same wave rather than after them: a read about an entity that does not exist finds nothing, and
 * a failed check, not the read's answer or error, is what the caller gets.
 */
export async function afterEntityChecks<T>(checks: ReadonlyArray<Promise<unknown>>, read: () => Promise<T>): Promise<T> {
  const [checked, result] = await Promise.allSettled([Promise.all(checks), read()]);
  if (checked.status === 'rejected') throw checked.reason;
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/** Loads an entity named by an argument, or fails with NOT_FOUND naming the argument. */
export async function requireEntityArgument(loaders: Loaders, id: string, argument: string): Promise<EntityRecord> {
  const entity = await loaders.entity.load(id);
  if (entity === null) {
    throw new NotFoundError(`expected "${argument}" to be the id of an entity, but no entity has id ${JSON.stringify(id)}`);
  }
  return entity;
}
