import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { findClaimPageInIdOrder, findEntityWithClaims, type ClaimFilterInput, type ClaimPageReads, type ClaimRecord, type ClaimView, type KeyedPage, type PageRecords } from '../claim';
import type { EntityRelationshipsArgs, QueryTimelineArgs } from '../generated/graphql';
import { findEntityWithRelationships } from '../graph';
import type { Page, PageRequest } from '../support';
import type { Context } from './context';
import { entityRelationshipsKeys, showsFactClaims, timelineKeys } from './fieldKeys';
import { FACT_CLAIMS_READ_WHOLE, primeEntities, type Loaders } from './loaders';
import { claimProjection, claimsShown, factProjection, projectedLoader } from './projection';
import { Selection } from './selection';
import { findClaimPageProjected, findEntityRelationshipsProjected, findTimelineProjected, type ProjectedFact } from '../reads';

/**
 * Reads in one statement (docs/architecture.md): the top-level reads whose nested fields would take
 * several DataLoader waves (an entity with its relationships, their claims and sources; a timeline
 * page; a claims page) look at their selection and, when one named query covers it, fetch the page
 * and the records it shows in one round trip. The records prime this request's DataLoaders under
 * the keys the field resolvers load with, so every field then resolves as it would have, from the
 * cache: the answer is the same either way, and anything the statement did not read (a claim's
 * reporter, a source's publisher, an as-of status) still goes through DataLoader. With
 * `singleStatementReads` off (SINGLE_STATEMENT_READS=false), or a selection the statement does
 * not cover, nothing is read here. A timeline or claims page whose selection shows only fields that
 * resolve from the records read (src/api/projection.ts) reads only the properties they need
 * (src/reads/projected.ts): those records serve that page alone, through a loader of its own.
 */

/** Puts records read with a page into the loaders, keyed as the by-id loaders key them. */
function prime(loaders: Loaders, records: PageRecords): void {
  primeEntities(loaders, records.entities);
  for (const claim of records.claims) loaders.claim.prime(claim.id, claim);
  for (const source of records.sources) loaders.source.prime(source.id, source);
}

/** The claim fields that show an entity, and the edge each follows. */
const ENTITY_FIELDS = { subject: 'SUBJECT', object: 'OBJECT', reportedBy: 'REPORTED_BY', intermediary: 'RELAYED_BY' } as const;

/** What to read beside a page of claims whose selection is `claim` (absent: the page alone). */
function claimReads(claim: Selection | null | undefined): ClaimPageReads {
  if (!claim) return { sources: false, entityLinks: [], publishers: false };
  return {
    sources: claim.has('source'),
    entityLinks: Object.entries(ENTITY_FIELDS).filter(([field]) => claim.has(field)).map(([, link]) => link),
    publishers: claim.has('source', 'publisher'),
  };
}

/** Whether a connection's selection reads its page (not only totalCount). */
const readsPage = (connection: Selection) => connection.has('edges') || connection.has('pageInfo');

/**
 * Query.entity: when the selection asks for the entity's relationships (once, with one set of
 * arguments), reads the entity, that page and what its edges show in one statement and primes the
 * loaders. Arguments that fail their checks are left to the field, which reports them. When the
 * page's selection is projected (src/api/projection.ts, factProjection), resolves to the projected
 * page, which the entity then carries to its `relationships` field alone (withProjectedRelationships).
 */
export async function primeEntityWithRelationships(context: Context, id: string, info: GraphQLResolveInfo): Promise<Page<ProjectedFact> | null> {
  if (!context.singleStatementReads) return null;
  const relationships = Selection.of(info).field('relationships');
  const args = relationships?.args();
  if (!relationships || !args || !readsPage(relationships)) return null;
  const node = relationships.field('edges')?.field('node');
  let keys: ReturnType<typeof entityRelationshipsKeys>;
  try {
    // The key the field loads with; the page read here has every fact's claim ids, which it may.
    keys = entityRelationshipsKeys(id, args as EntityRelationshipsArgs, showsFactClaims(node));
  } catch {
    return null;
  }
  const projection = context.projectedReads ? factProjection(node, keys.view.asOf) : null;
  if (projection) {
    const projected = await findEntityRelationshipsProjected(context.db, id, keys.page.args, projection);
    context.loaders.entity.prime(id, projected.entity);
    return projected.entity === null ? null : projected.page;
  }
  const claims = node?.field('claims') ?? null;
  // An as-of view recomputes each fact from its claims, so it needs them whatever is selected, but
  // a fact a feed reports every day has thousands, which it reads leaner (loaders.factClaim). Read
  // whole here are the claims shown, and all of a fact's that has no more than the view reads whole.
  // Origins group claims by seven fields (loaders.originClaim): a whole claim costs Neo4j far more,
  // so they read their own unless the claims are shown anyway.
  const asOf = keys.view.asOf !== null;
  const read = await findEntityWithRelationships(context.db, id, keys.page.args, {
    ends: Boolean(node?.has('from') || node?.has('to')),
    claims: claims !== null || asOf,
    sources: Boolean(claims?.has('source')),
    claimsFirst: claims === null ? 0 : claimsShown(claims),
    claimsUpTo: asOf ? FACT_CLAIMS_READ_WHOLE : null,
  });
  context.loaders.entity.prime(id, read.entity);
  if (read.entity === null) return null;
  // The field loads under the id of the entity it resolves on (a merged id's survivor).
  context.loaders.entityRelationships.prime({ ...keys.page, entityId: read.entity.id }, read.page);
  prime(context.loaders, read);
  // A whole claim holds the fields origins group by: the facts' origins need no read of these.
  if (node?.has('origins')) for (const claim of read.claims) context.loaders.originClaim.prime(claim.id, claim);
  return null;
}

/**
 * Query.timeline: when the selection reads the page, reads the entity, the page and its claims
 * (with their sources and the entities they name, as asked) in one statement and primes the loaders.
 * Resolves to the loader the page's claims are to be loaded with: the request's, or the projected
 * page's own.
 */
export async function primeTimeline(context: Context, args: QueryTimelineArgs, keys: ReturnType<typeof timelineKeys>, info: GraphQLResolveInfo): Promise<DataLoader<string, ClaimRecord | null>> {
  const claims = context.loaders.claim;
  if (!context.singleStatementReads) return claims;
  const selection = Selection.of(info);
  if (!readsPage(selection)) return claims;
  const node = selection.field('edges')?.field('node');
  const projection = context.projectedReads ? claimProjection(node, keys.view.asOf) : null;
  if (projection) {
    const projected = await findTimelineProjected(context.db, args.entityId, keys.view, 'VALID_TIME', keys.page.args.page, projection, keys.page.args.places);
    context.loaders.entity.prime(args.entityId, projected.entity);
    if (projected.entity === null) return claims;
    context.loaders.entityClaims.prime(keys.page, projected.page);
    return projectedLoader(projected.claims, claims);
  }
  const read = await findEntityWithClaims(context.db, args.entityId, keys.view, 'VALID_TIME', keys.page.args.page, claimReads(node), keys.page.args.places);
  context.loaders.entity.prime(args.entityId, read.entity);
  if (read.entity === null) return claims;
  context.loaders.entityClaims.prime(keys.page, read.page);
  prime(context.loaders, read);
  return claims;
}

/**
 * Query.claims in id order, read forward: the page with its claims (and their sources and the
 * entities they name, as asked) in one statement, the loaders primed, with the loader its claims are
 * to be loaded with (the request's, or the projected page's own); null when the selection does not
 * read the page or the statement does not cover it (the caller reads as before).
 */
export async function claimPageInOneStatement(
  context: Context,
  filter: ClaimFilterInput,
  view: ClaimView,
  request: PageRequest,
  info: GraphQLResolveInfo,
): Promise<{ page: KeyedPage; claims: DataLoader<string, ClaimRecord | null> } | null> {
  if (!context.singleStatementReads || request.backward) return null;
  const selection = Selection.of(info);
  if (!readsPage(selection)) return null;
  const node = selection.field('edges')?.field('node');
  const projection = context.projectedReads ? claimProjection(node, view.asOf) : null;
  if (projection) {
    const projected = await findClaimPageProjected(context.db, filter, view, request, projection);
    return { page: projected.page, claims: projectedLoader(projected.claims, context.loaders.claim) };
  }
  const read = await findClaimPageInIdOrder(context.db, filter, view, request, claimReads(node));
  prime(context.loaders, read);
  return { page: read.page, claims: context.loaders.claim };
}
