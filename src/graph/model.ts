import type { RelationshipType } from '../generated/types';
import { quantityFromStore, type QuantityRecord } from '../claim';
import type { EntityRecord } from '../entity';
import { partialDateFromStore, type PartialDate } from '../support';

/** A fact between two entities, as stored on its Neo4j relationship. */
export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  quantity: QuantityRecord | null;
  confidence: number | null;
  claimCount: number;
  claimIds: string[];
  /**
   * True when the statement left the claim ids in Neo4j (`claimIds` is then empty): a page that
   * shows no claims, of facts that may have thousands. `claimIdsOf` (src/api/loaders.ts) reads them.
   */
  claimIdsUnread?: boolean;
  /** Independent origins (docs/trust.md); equals originCount. */
  corroboration: number;
  originCount: number;
  sourceCount: number;
  /** Every claim behind it awaits analyst review. */
  pendingOnly: boolean;
  unattributedOnly: boolean;
  disputed: boolean;
  validStart: string | null;
  validEnd: string | null;
}

export interface SubgraphRecord {
  nodeIds: string[];
  edges: RelationshipRecord[];
  truncated: boolean;
  /** The records of the nodes the walk reached, read with its facts (the start is not among them). */
  reached: EntityRecord[];
}

export interface PathRecord {
  nodeIds: string[];
  edges: RelationshipRecord[];
  /** The records of the path's inner nodes (not its ends), read with it. */
  entities: EntityRecord[];
}

export function toRelationshipRecord(row: unknown): RelationshipRecord {
  const r = row as Record<string, unknown>;
  return {
    id: r.id as string,
    type: r.type as RelationshipType,
    fromId: r.fromId as string,
    toId: r.toId as string,
    validFrom: partialDateFromStore(r.validFrom, r.validFromPrecision),
    validTo: partialDateFromStore(r.validTo, r.validToPrecision),
    quantity: quantityFromStore(r),
    confidence: (r.confidence as number | null) ?? null,
    claimCount: (r.claimCount as number | null) ?? 0,
    claimIds: (r.claimIds as string[] | null) ?? [],
    corroboration: (r.corroboration as number | null) ?? 0,
    // Facts written before origins were stored read their corroboration as the origin count.
    originCount: (r.originCount as number | null) ?? (r.corroboration as number | null) ?? 0,
    sourceCount: (r.sourceCount as number | null) ?? 0,
    pendingOnly: (r.pendingOnly as boolean | null) ?? false,
    unattributedOnly: (r.unattributedOnly as boolean | null) ?? false,
    disputed: (r.disputed as boolean | null) ?? false,
    validStart: (r.validStart as string | null) ?? null,
    validEnd: (r.validEnd as string | null) ?? null,
  };
}
