import { assertClaims, type ClaimInput } from '../claim';
import { recordChanges, upsertEntities, type EntityInput, type EntityWrite } from '../entity';
import type { QueryRunner } from '../neo4j';
import { recordSource, type SourceInput, type SourceRecord } from '../source';
import { entityId } from '../support';
import { relationshipType } from '../vocabulary';
import { orderSymmetric } from './claimRules';

/**
 * What one document brings: entities, the source, and the claims it makes. Ingestion, the seed and
 * import all write through `writeBundle`, so they write the same way in the same order.
 */
export interface Bundle {
  /** Upserted first, keyed by kind and normalised name; their history says where they came from. */
  entities: readonly EntityInput[];
  /** Recorded once (by URL, else by text hash); claims without a `sourceId` cite it. */
  source?: SourceInput | null;
  /** Claims already checked by ./claimRules.ts; their ids must name entities that exist or are in `entities`. */
  claims: ReadonlyArray<Omit<ClaimInput, 'sourceId'> & { sourceId?: string | null }>;
}

export interface BundleWrite {
  entities: EntityWrite[];
  source: { source: SourceRecord; created: boolean } | null;
  /** In the order of `bundle.claims`; the same statement twice has the same id. */
  claimIds: string[];
}

/**
 * Writes a bundle in the caller's transaction: entities, their history ("created from <origin>",
 * "updated from <origin>"), the source, then the claims with their facts. Symmetric claims are put in
 * name order first. Everything is keyed by content, so writing a bundle twice changes nothing.
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
  const source = bundle.source ? await recordSource(tx, bundle.source, actor) : null;
  const nameOf = await entityNames(tx, bundle);
  const claims = bundle.claims.map((claim) => {
    const sourceId = claim.sourceId ?? source?.source.id;
    if (!sourceId) throw new Error(`expected a claim to name its source or come with one, but "${claim.excerpt.slice(0, 60)}" has neither`);
    return orderSymmetric({ ...claim, sourceId }, nameOf);
  });
  const claimIds = claims.length > 0 ? await assertClaims(tx, claims, actor) : [];
  return { entities, source, claimIds };
}

/** Names of the entities of the bundle's symmetric claims: from the bundle, else one lookup. */
async function entityNames(tx: QueryRunner, bundle: Bundle): Promise<(id: string) => string | undefined> {
  const names = new Map(bundle.entities.map((e) => [entityId(e.kind, e.name), e.name]));
  const symmetric = bundle.claims.filter((c) => c.objectId && relationshipType(c.predicate).symmetric);
  const missing = [...new Set(symmetric.flatMap((c) => [c.subjectId, c.objectId as string]))].filter((id) => !names.has(id));
  if (missing.length > 0) {
    for (const row of await tx.run('findEntitiesByIds', { ids: missing })) {
      names.set(row.id as string, (row.entity as { name: string }).name);
    }
  }
  return (id) => names.get(id);
}
