import type { ClaimView } from '../claim';
import type { EntityRelationshipsArgs, QueryTimelineArgs } from '../generated/graphql';
import { pageRequest } from '../support';
import { claimView } from './arguments';
import type { Selection } from './selection';

/**
 * The DataLoader keys a field loads its page and count under, computed from its arguments in one
 * place: the field's resolver loads with them, and a one-statement read (src/api/singleStatement.ts)
 * primes the same keys, so the resolver finds its page already there. Each checks the arguments
 * (BAD_USER_INPUT naming the argument) before anything is loaded.
 */

/**
 * Whether a Relationship selection (a page's node, a neighbourhood's or path's edges) shows a field
 * made from the facts' claim ids: a read that shows none leaves them in Neo4j, since a fact a feed
 * reports every day has thousands.
 */
export function showsFactClaims(fact: Selection | null | undefined): boolean {
  return Boolean(fact?.has('claims') || fact?.has('origins'));
}

/** `Entity.relationships(...)` of one entity; `claimIds`: whether its selection shows them (showsFactClaims). */
export function entityRelationshipsKeys(entityId: string, { direction, types, first, after, last, before, asOf }: EntityRelationshipsArgs, claimIds: boolean) {
  const view = claimView({ asOf });
  const args = { direction: direction ?? 'BOTH', types: types && types.length > 0 ? [...types] : null, asOf: view.asOf };
  const request = pageRequest({ first, after, last, before });
  return { view, page: { entityId, args: { ...args, page: request, claimIds } }, count: { entityId, args } };
}

/** `Query.timeline(...)` and `Entity.timeline(...)`: the entity's claims (with `places`, its places' too) in valid-time order. */
export function timelineKeys(entityId: string, { from, to, keepUndated, first, after, last, before, asOf, places }: Omit<QueryTimelineArgs, 'entityId'>) {
  const view: ClaimView = claimView({ asOf, from, to, keepUndated });
  // Left out when false: the count then shares its key with Entity.claims' count, and loads once.
  const within = places ? { places: true } : {};
  const page = { entityId, args: { view, orderBy: 'VALID_TIME' as const, page: pageRequest({ first, after, last, before }, true), ...within } };
  return { view, page, count: { entityId, args: { view, ...within } } };
}
