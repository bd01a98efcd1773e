import { overlapsWindow, type ClaimFilterInput, type ClaimRecord, type ClaimView } from '../claim';

/** A ClaimFilter as checked for Query.claims, with its valid-time window. */
export interface ClaimMatch extends ClaimFilterInput {
  window: ClaimView['window'];
}

/**
 * Whether one claim passes a ClaimFilter: the same rules as the Cypher of Query.claims
 * (cypher/claim/findClaims.cypher), applied to a claim already loaded, so a subscription can filter
 * the claims of a write without a query per subscriber. Dates are ISO days, so they compare as text.
 */
export function matchesClaimFilter(claim: ClaimRecord, filter: ClaimMatch): boolean {
  const ends = [claim.subjectId, claim.objectId];
  if (filter.entityId != null && !ends.includes(filter.entityId)) return false;
  if (filter.subjectId != null && claim.subjectId !== filter.subjectId) return false;
  if (filter.objectId != null && claim.objectId !== filter.objectId) return false;
  if (filter.predicates && !filter.predicates.includes(claim.predicate)) return false;
  if (filter.reportedById != null && claim.reportedById !== filter.reportedById) return false;
  if (filter.sourceId != null && claim.sourceId !== filter.sourceId) return false;
  if (filter.attribution != null && claim.attribution !== filter.attribution) return false;
  if (filter.statuses && !filter.statuses.includes(claim.status)) return false;
  if (filter.polarity != null && claim.polarity !== filter.polarity) return false;
  if (filter.minConfidence != null && (claim.confidence === null || claim.confidence < filter.minConfidence)) return false;
  if (filter.excludeUnattributedOnly && claim.unattributedOnly) return false;
  if (filter.knownAfter != null && !(claim.knownAt > filter.knownAfter)) return false;
  if (filter.knownBy != null && !(claim.knownAt <= filter.knownBy)) return false;
  if (filter.reviewStatuses && !filter.reviewStatuses.includes(claim.review.status)) return false;
  return filter.window === null || overlapsWindow(claim, filter.window);
}
