import type { Attribution, ClaimStatus, Polarity, RelationshipType } from '../generated/graphql';
import { rebuildFacts, type FactKey } from '../graph/facts';
import type { Database, QueryRunner } from '../neo4j/database';
import { claimId, invariant, toPage, type Page, type PageRequest, type PartialDate } from '../support';
import { confidenceFromCredibility } from './confidence';
import { toClaimRecord, type ClaimRecord, type QuantityRecord } from './model';

export interface ClaimFilterInput {
  entityId?: string | null;
  subjectId?: string | null;
  objectId?: string | null;
  predicates?: readonly RelationshipType[] | null;
  reportedById?: string | null;
  sourceId?: string | null;
  attribution?: Attribution | null;
  statuses?: readonly ClaimStatus[] | null;
}

export async function findClaimsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ClaimRecord>> {
  const rows = await db.read('findClaimsByIds', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => {
    const claim = toClaimRecord(row.claim);
    return [claim.id, claim];
  }));
}

export async function findClaims(db: Database, filter: ClaimFilterInput, page: PageRequest): Promise<Page<ClaimRecord>> {
  const rows = await db.read('findClaims', { ...filterParams(filter), after: page.afterId, limit: page.first + 1 });
  return toPage(rows.map((row) => toClaimRecord(row.claim)), page);
}

export async function countClaims(db: Database, filter: ClaimFilterInput): Promise<number> {
  const rows = await db.read('countClaims', filterParams(filter));
  return (rows[0]?.total as number | undefined) ?? 0;
}

function filterParams(filter: ClaimFilterInput): Record<string, unknown> {
  const list = <T>(values: readonly T[] | null | undefined) => (values && values.length > 0 ? [...values] : null);
  return {
    entityId: filter.entityId ?? null,
    subjectId: filter.subjectId ?? null,
    objectId: filter.objectId ?? null,
    predicates: list(filter.predicates),
    reportedById: filter.reportedById ?? null,
    sourceId: filter.sourceId ?? null,
    attribution: filter.attribution ?? null,
    statuses: list(filter.statuses),
  };
}

/** What a source says, before it is written. Ids refer to existing sources and entities. */
export interface ClaimInput {
  sourceId: string;
  subjectId: string;
  predicate: RelationshipType;
  objectId?: string | null;
  polarity?: Polarity;
  quantity?: QuantityRecord | null;
  validFrom?: PartialDate | null;
  validTo?: PartialDate | null;
  /** The sentence or phrase of the source that says it, verbatim. */
  excerpt: string;
  reportedById?: string | null;
  attribution: Attribution;
  /** Admiralty credibility, 1 to 6. */
  credibility: number;
  note?: string | null;
}

/**
 * Writes claims and rebuilds the facts they support, in the caller's transaction. Returns the claim
 * ids in input order (the same statement twice yields the same id).
 */
export async function assertClaims(tx: QueryRunner, inputs: readonly ClaimInput[]): Promise<string[]> {
  const claims = inputs.map(toClaimWrite);
  const rows = await tx.run('assertClaims', { claims });
  const written = new Set(rows.map((row) => row.id as string));
  const missing = claims.filter((c) => !written.has(c.id));
  invariant(
    missing.length === 0,
    `expected every claim's source, subject, object and reporter to exist, but ${missing.length} claim(s) were not written: ${missing.map((c) => c.props.text).join(' | ')}`,
  );
  const facts = new Map<string, FactKey>();
  for (const c of claims) {
    if (c.objectId !== null) {
      const key = { fromId: c.subjectId, type: c.props.predicate, toId: c.objectId };
      facts.set(`${key.fromId}|${key.type}|${key.toId}`, key);
    }
  }
  await rebuildFacts(tx, [...facts.values()]);
  return claims.map((c) => c.id);
}

function toClaimWrite(input: ClaimInput) {
  const polarity = input.polarity ?? 'ASSERTED';
  const quantity = input.quantity ?? null;
  const id = claimId({
    sourceId: input.sourceId,
    reportedById: input.reportedById ?? null,
    attribution: input.attribution,
    subjectId: input.subjectId,
    predicate: input.predicate,
    objectId: input.objectId ?? null,
    polarity,
    quantity,
    validFrom: input.validFrom?.iso ?? null,
    validTo: input.validTo?.iso ?? null,
  });
  return {
    id,
    sourceId: input.sourceId,
    subjectId: input.subjectId,
    objectId: input.objectId ?? null,
    reportedById: input.reportedById ?? null,
    excerpt: input.excerpt,
    props: {
      text: input.excerpt,
      predicate: input.predicate,
      polarity,
      attribution: input.attribution,
      note: input.note ?? null,
      credibility: input.credibility,
      confidence: confidenceFromCredibility(input.credibility),
      quantityValue: quantity?.value ?? null,
      quantityUnit: quantity?.unit ?? null,
      quantityQualifier: quantity?.qualifier ?? null,
      validFrom: input.validFrom?.iso ?? null,
      validFromPrecision: input.validFrom?.precision ?? null,
      validTo: input.validTo?.iso ?? null,
      validToPrecision: input.validTo?.precision ?? null,
    },
  };
}
