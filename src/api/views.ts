import type { ClaimRecord, DisputeRecord, OriginRecord } from '../claim';
import type { RelationshipRecord } from '../graph';

/**
 * What the schema's Claim, Relationship, Dispute and Origin resolve from: the domain's record and the
 * knowledge date it was read at. `asOf` absent or null is today's view. The GraphQL `id` of a view
 * is its stable id with the date (src/support/ids.ts, viewId), so a client cache keeps a past view
 * and today's apart (docs/api.md, "Identity").
 */
export type AsOf<T> = T & { asOf?: string | null };

export type ClaimAsOf = AsOf<ClaimRecord>;
export type RelationshipAsOf = AsOf<RelationshipRecord>;
export type DisputeAsOf = AsOf<DisputeRecord>;
/** An origin with the fact (and its view) it belongs to. */
export type OriginOfFact = OriginRecord & { factId: string; asOf: string | null };

/** A record as read at `asOf`; today's view (null) is the record itself. */
export function asOf<T extends object>(record: T, date: string | null | undefined): AsOf<T> {
  return date ? { ...record, asOf: date } : record;
}

/** Each record of a list as read at `asOf`. */
export function allAsOf<T extends object>(records: readonly T[], date: string | null | undefined): Array<AsOf<T>> {
  return records.map((r) => asOf(r, date));
}
