import type { ConnectionRecord } from '../support';
import type { Attribution, ClaimStatus, Polarity, QuantityQualifier, RelationshipType } from '../generated/graphql';
import { partialDateFromStore, type PartialDate } from '../support';

export interface QuantityRecord {
  value: number;
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
  confidence: number | null;
  status: ClaimStatus;
  quantity: QuantityRecord | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  subjectId: string;
  objectId: string | null;
  reportedById: string | null;
  sourceId: string;
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
    confidence: (r.confidence as number | null) ?? null,
    status: r.status as ClaimStatus,
    quantity: quantityFromStore(r),
    validFrom: partialDateFromStore(r.validFrom, r.validFromPrecision),
    validTo: partialDateFromStore(r.validTo, r.validToPrecision),
    subjectId: r.subjectId as string,
    objectId: (r.objectId as string | null) ?? null,
    reportedById: (r.reportedById as string | null) ?? null,
    sourceId: r.sourceId as string,
  };
}

/** Quantities are stored as three flat properties, since Neo4j properties cannot be maps. */
export function quantityFromStore(r: Record<string, unknown>): QuantityRecord | null {
  if (typeof r.quantityValue !== 'number') return null;
  return {
    value: r.quantityValue,
    unit: (r.quantityUnit as string | null) ?? null,
    qualifier: r.quantityQualifier as QuantityQualifier,
  };
}

export type ClaimConnectionRecord = ConnectionRecord<ClaimRecord>;
