import { rebuildSourceFacts, writeClaims, type ClaimInput } from '../claim';
import { recordChanges, upsertEntities, type EntityInput, type EntityWrite } from '../entity';
import type { QueryRunner } from '../neo4j';
import { recordSources, type SourceInput, type SourceWrite } from '../source';
import { entityId, SEED_ACTOR } from '../support';
import type { EntityKind, ReviewStatus } from '../generated/types';
import { checkEnds, orderSymmetric } from './claimRules';
import { manualClaimReview } from './claims';
import { publishAfterCommit } from './publish';

/**
 * What one document brings: entities, the source, and the claims it makes. Ingestion, the seed and
 * import all write through `writeBundle`, so they write the same way in the same order.
 */
export interface Bundle {
  /** Upserted first, keyed by kind and normalised name; their history says where they came from. */
  entities: readonly EntityInput[];
  /** Recorded once (by URL, else by text hash); claims without a `sourceId` cite it. */
  source?: SourceInput | null;
  /**
   * The sources of many documents (a batch of an import or a feed file), recorded with `source` in
   * one statement; claims cite them by `sourceId`.
   */
  sources?: readonly SourceInput[];
  /** Claims already checked by ./claimRules.ts; their ids must name entities that exist or are in `entities`. */
  claims: ReadonlyArray<Omit<ClaimInput, 'sourceId'> & { sourceId?: string | null }>;
  /**
   * The name and kind of entities the claims name, when the caller has read them already (an import
   * reads every referenced entity to check it): they are not looked up again.
   */
  knownEnds?: ReadonlyMap<string, { name: string; kind: EntityKind }>;
}

export interface BundleWrite {
  entities: EntityWrite[];
  source: SourceWrite | null;
  /** In the order of `bundle.sources`; created is false for a source recorded before. */
  sources: SourceWrite[];
  /** In the order of `bundle.claims`; the same statement twice has the same id. */
  claimIds: string[];
  /** The ids of those claims that this write created: the others were in the graph before. */
  createdClaimIds: ReadonlySet<string>;
}

/**
 * Writes a bundle in the caller's transaction: entities, their history ("created from <origin>",
 * "updated from <origin>"), the sources, then the claims with their facts, each kind in one
 * statement (the facts' rebuild in three at most, ../claim/facts.ts). Each claim's ends are
 * checked against the vocabulary (the whole bundle fails on a broken one: callers that can skip a
 * claim check first) and symmetric claims are put in name order. New claims start in review as
 * `initialReview` says. Everything is keyed by content, so
 * writing a bundle twice changes nothing. Once the transaction commits, the claims new in the graph
 * are published (./publish.ts) for the subscriptions.
 */
export async function writeBundle(tx: QueryRunner, bundle: Bundle, actor: string, origin: string): Promise<BundleWrite> {
  const entities = bundle.entities.length > 0 ? await upsertEntities(tx, bundle.entities, actor) : [];
  await recordChanges(
    tx,
    entities
      .filter((e) => e.created || e.addedAliases > 0)
      .map((e) => ({
        entityId: e.entity.id,
        by: actor,
        action: e.created ? ('CREATED' as const) : ('UPDATED' as const),
        summary: `${e.created ? 'created' : 'updated'} from ${origin}`,
      })),
  );
  const many = bundle.sources ?? [];
  const recorded = await recordSources(tx, bundle.source ? [...many, bundle.source] : many, actor);
  const source = bundle.source ? (recorded[many.length] ?? null) : null;
  const ends = await claimEnds(tx, bundle);
  const claims = bundle.claims.map((claim, i) => {
    const sourceId = claim.sourceId ?? source?.source.id;
    if (!sourceId) throw new Error(`expected a claim to name its source or come with one, but "${claim.excerpt.slice(0, 60)}" has neither`);
    checkEnds(claim, (id) => ends.get(id)?.kind, `claims[${i}].`);
    return orderSymmetric({ ...claim, sourceId, review: initialReview(claim, actor) }, (id) => ends.get(id)?.name);
  });
  const { ids: claimIds, createdIds: fresh } = claims.length > 0 ? await writeClaims(tx, claims, actor) : { ids: [], createdIds: new Set<string>() };
  // A source recorded before that now names its publisher: its claims' origins moved.
  await rebuildSourceFacts(tx, recorded.filter((r) => r.publisherAdded).map((r) => r.source.id));
  const added = claims.flatMap((claim, i) => (fresh.has(claimIds[i] as string) ? [{ ...claim, id: claimIds[i] as string }] : []));
  publishAfterCommit(tx, {
    cause: 'CLAIMS_WRITTEN',
    addedClaimIds: added.map((claim) => claim.id),
    changedClaimIds: [],
    entityIds: added.flatMap((claim) => (claim.objectId ? [claim.subjectId, claim.objectId] : [claim.subjectId])),
    reviewQueueChanged: added.some((claim) => claim.review === 'PENDING'),
    by: actor,
  });
  return { entities, source, sources: recorded.slice(0, many.length), claimIds, createdClaimIds: fresh };
}

/**
 * The review status a new claim of a bundle starts with (docs/trust.md): the caller's, when given;
 * PENDING for claims made by extraction (ingestion); ACCEPTED for the seed's; otherwise, for
 * imports, the REVIEW_MANUAL_CLAIMS setting.
 */
function initialReview(claim: Bundle['claims'][number], actor: string): ReviewStatus {
  if (claim.review) return claim.review;
  if (claim.extraction) return 'PENDING';
  return actor === SEED_ACTOR ? 'ACCEPTED' : manualClaimReview();
}

/** The name and kind of each entity the bundle's claims name: from the bundle or its known ends, else one lookup. */
async function claimEnds(tx: QueryRunner, bundle: Bundle): Promise<Map<string, { name: string; kind: EntityKind }>> {
  // Only the ends this bundle names: an import's known ends are every entity it loaded, and copying
  // them for each batch had cost more than the rest of this function.
  const known = bundle.knownEnds;
  const ends = new Map<string, { name: string; kind: EntityKind }>();
  for (const e of bundle.entities) ends.set(entityId(e.kind, e.name), { name: e.name, kind: e.kind });
  const missing = new Set<string>();
  for (const claim of bundle.claims) {
    for (const id of claim.objectId ? [claim.subjectId, claim.objectId] : [claim.subjectId]) {
      if (ends.has(id)) continue;
      const end = known?.get(id);
      if (end) ends.set(id, end);
      else missing.add(id);
    }
  }
  if (missing.size > 0) {
    for (const row of await tx.run('findEntitiesByIds', { ids: [...missing] })) {
      const entity = row.entity as { name: string; kind: EntityKind };
      ends.set(row.id as string, { name: entity.name, kind: entity.kind });
    }
  }
  return ends;
}
