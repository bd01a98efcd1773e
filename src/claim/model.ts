import type { Attribution, ClaimStatus, Polarity, QuantityQualifier, RelationshipType, Reliability, ReviewStatus } from '../generated/types';
import { partialDateFromStore, type PartialDate } from '../support';

/**
 * Where a claim stands in analyst review (docs/trust.md). Claims stored before review existed have
 * no review properties and read as ACCEPTED: they were in the graph as facts already.
 */
export interface ClaimReviewRecord {
  status: ReviewStatus;
  by: string | null;
  at: string | null;
  reason: string | null;
}

export interface QuantityRecord {
  /** The number, or the lower bound of a range. */
  value: number;
  /** The upper bound of a range ("10,000 to 12,000"), else null. */
  upper?: number | null;
  unit: string | null;
  qualifier: QuantityQualifier;
}

/** A claim as the repository returns it, with the ids of what it points at. */
export interface ClaimRecord {
  id: string;
  text: string;
  excerpts: string[];
  predicate: RelationshipType;
  polarity: Polarity;
  attribution: Attribution;
  note: string | null;
  credibility: number | null;
  /** Reliability of whoever the claim rests on, at the time it was written. */
  reliability: Reliability;
  confidence: number | null;
  status: ClaimStatus;
  /** The day from which the claim counts as known (see Source.knownAt). */
  knownAt: string;
  /** First and last day its valid time can cover; null when it gives no time. */
  validStart: string | null;
  validEnd: string | null;
  unattributedOnly: boolean;
  quantity: QuantityRecord | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  subjectId: string;
  objectId: string | null;
  reportedById: string | null;
  /** Who relays the reporter's words, when the source says so. */
  intermediaryId: string | null;
  /** The source hedges the statement ("reportedly"). */
  hedged: boolean;
  /** The extraction rule and extractor version that made it, for extracted claims. */
  extraction: { rule: string; extractorVersion: string } | null;
  sourceId: string;
  /** The publisher of the claim's source, when known. */
  publisherId: string | null;
  retraction: { reason: string; at: string; by: string } | null;
  /** Where `text` stands in the source's text, when known. */
  textSpan: { start: number; end: number } | null;
  review: ClaimReviewRecord;
  /** The claim this one corrects, and the claim that corrects this one (CORRECTS edges). */
  correctsId: string | null;
  correctedById: string | null;
  createdAt: string | null;
  createdBy: string | null;
}

/**
 * Whether a claim's or a fact's valid time overlaps a window (first and last day, ISO, so they
 * compare as text). One with no valid time passes only with keepUndated: it cannot be placed in or out.
 */
export function overlapsWindow(valid: Pick<ClaimRecord, 'validStart' | 'validEnd'>, window: { start: string; end: string; keepUndated?: boolean }): boolean {
  if (valid.validStart === null) return window.keepUndated === true;
  return valid.validStart <= window.end && valid.validEnd !== null && valid.validEnd >= window.start;
}

export function toClaimRecord(row: unknown): ClaimRecord {
  const r = row as Record<string, unknown>;
  return {
    id: r.id as string,
    text: r.text as string,
    excerpts: (r.excerpts as string[] | null) ?? [r.text as string],
    predicate: r.predicate as RelationshipType,
    polarity: (r.polarity as Polarity | null) ?? 'ASSERTED',
    attribution: r.attribution as Attribution,
    note: (r.note as string | null) ?? null,
    credibility: (r.credibility as number | null) ?? null,
    reliability: (r.reliability as Reliability | null) ?? 'F',
    confidence: (r.confidence as number | null) ?? null,
    status: r.status as ClaimStatus,
    knownAt: r.knownAt as string,
    validStart: (r.validStart as string | null) ?? null,
    validEnd: (r.validEnd as string | null) ?? null,
    unattributedOnly: (r.unattributedOnly as boolean | null) ?? false,
    quantity: quantityFromStore(r),
    validFrom: partialDateFromStore(r.validFrom, r.validFromPrecision),
    validTo: partialDateFromStore(r.validTo, r.validToPrecision),
    subjectId: r.subjectId as string,
    objectId: (r.objectId as string | null) ?? null,
    reportedById: (r.reportedById as string | null) ?? null,
    intermediaryId: (r.intermediaryId as string | null) ?? null,
    hedged: (r.hedged as boolean | null) ?? false,
    extraction: typeof r.extractionRule === 'string' ? { rule: r.extractionRule, extractorVersion: (r.extractorVersion as string | null) ?? 'unknown' } : null,
    sourceId: r.sourceId as string,
    publisherId: (r.publisherId as string | null) ?? null,
    retraction:
      r.status === 'RETRACTED'
        ? { reason: r.retractedReason as string, at: r.retractedAt as string, by: (r.retractedBy as string | null) ?? 'unknown' }
        : null,
    createdAt: (r.createdAt as string | null) ?? null,
    createdBy: (r.createdBy as string | null) ?? null,
    textSpan: typeof r.textStart === 'number' && typeof r.textEnd === 'number' ? { start: r.textStart, end: r.textEnd } : null,
    review: {
      status: (r.reviewStatus as ReviewStatus | null) ?? 'ACCEPTED',
      by: (r.reviewedBy as string | null) ?? null,
      at: (r.reviewedAt as string | null) ?? null,
      reason: (r.reviewReason as string | null) ?? null,
    },
    correctsId: (r.correctsId as string | null) ?? null,
    correctedById: (r.correctedById as string | null) ?? null,
  };
}

/** Quantities are stored as three flat properties, since Neo4j properties cannot be maps. */
export function quantityFromStore(r: Record<string, unknown>): QuantityRecord | null {
  if (typeof r.quantityValue !== 'number') return null;
  return {
    value: r.quantityValue,
    upper: typeof r.quantityUpper === 'number' ? r.quantityUpper : null,
    unit: (r.quantityUnit as string | null) ?? null,
    qualifier: r.quantityQualifier as QuantityQualifier,
  };
}
