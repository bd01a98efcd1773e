import type { ExtractedClaim } from './model';

/**
 * A claim in one line, as rule examples write them: "subject PREDICATE object [QUALIFIER value unit]",
 * "-" for no object or no unit, "value-upper" for a range, "NOT" before a denied predicate.
 *
 * @example describeClaim(claim) // "North Korean troops DEPLOYED_TO Russia [AT_LEAST 10000 troops]"
 */
export function describeClaim(claim: ExtractedClaim): string {
  const q = claim.quantity;
  const quantity = q ? ` [${q.qualifier} ${q.value}${q.upper !== null ? `-${q.upper}` : ''} ${q.unit ?? '-'}]` : '';
  const predicate = claim.polarity === 'DENIED' ? `NOT ${claim.predicate}` : claim.predicate;
  return `${claim.subject.name} ${predicate} ${claim.object?.name ?? '-'}${quantity}`;
}
