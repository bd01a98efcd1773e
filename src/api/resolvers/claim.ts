import { requireRole } from '../../auth';
import { claimAsOf, countClaims, findAllDisputes, findClaims, sampleOfDispute } from '../../claim';
import type { Resolvers } from '../../generated/graphql';
import { BadUserInputError, pageOfList, pageRequest, parseAsOf, toPage, viewId } from '../../support';
import { assertClaim, retractClaim } from '../../write';
import { claimView, knownDate, loadedConnection, minConfidence } from '../arguments';
import { connection, connectionFields, toConnection } from '../connections';
import { afterEntityChecks, loadAllRequired, loadRequired, requireEntityArgument, type Loaders } from '../loaders';
import { timelineKeys } from '../fieldKeys';
import { shownWith } from '../projection';
import { claimPageInOneStatement, primeTimeline } from '../singleStatement';
import { allAsOf, type ClaimAsOf } from '../views';

export const claimResolvers: Resolvers = {
  Query: {
    claims: async (_parent, { filter, first, after, last, before, asOf, orderBy }, context, info) => {
      const { db, loaders } = context;
      const view = claimView({ asOf, validDuring: filter?.validDuring });
      const claimFilter = {
        ...filter,
        minConfidence: minConfidence(filter?.minConfidence),
        knownAfter: knownDate(filter?.knownAfter, 'knownAfter'),
        knownBy: knownDate(filter?.knownBy, 'knownBy'),
      };
      const order = orderBy ?? 'ID';
      const request = pageRequest({ first, after, last, before }, order !== 'ID');
      // In id order, one statement reads the page with its claims when the selection allows (singleStatement.ts).
      const read = order === 'ID' ? claimPageInOneStatement(context, claimFilter, view, request, info) : Promise.resolve(null);
      const page = read.then((r) => r?.page ?? findClaims(db, claimFilter, view, order, request));
      return loadedConnection(page, read.then((r) => r?.claims ?? loaders.claim), 'claim', order !== 'ID', () => countClaims(db, claimFilter, view), view.asOf);
    },
    timeline: async (_parent, args, context, info) => {
      const { loaders } = context;
      const { view, page: key, count } = timelineKeys(args.entityId, args);
      // One statement for the entity and the page when the selection allows (singleStatement.ts).
      const claims = await primeTimeline(context, args, { view, page: key, count }, info);
      await requireEntityArgument(loaders, args.entityId, 'entityId');
      return loadedConnection(loaders.entityClaims.load(key), claims, 'claim', true, () => loaders.entityClaimCounts.load(count), view.asOf);
    },
    disputes: async (_parent, { entityId, first, after, last, before, asOf, validDuring }, { db, loaders }) => {
      const view = claimView({ asOf, validDuring });
      const request = pageRequest({ first, after, last, before });
      // Disputes are computed, not stored: the whole (scoped) set is found, then paged by id.
      const checks = entityId ? [requireEntityArgument(loaders, entityId, 'entityId')] : [];
      const all = allAsOf(await afterEntityChecks(checks, () => findAllDisputes(db, entityId ?? null, view)), view.asOf);
      return connection(Promise.resolve(toConnection(pageOfList(all, request, (d) => d.id))), async () => all.length);
    },
  },
  Mutation: {
    assertClaim: (_parent, { input }, { db, user }) => assertClaim(db, input, requireRole(user, 'analyst').id),
    retractClaim: (_parent, { id, reason }, { db, user }) => retractClaim(db, id, reason, requireRole(user, 'analyst').id),
  },
  Claim: {
    id: (claim) => viewId(claim.id, claim.asOf),
    claimId: (claim) => claim.id,
    asOf: (claim) => claim.asOf ?? null,
    // Today's view answers from the record at once: a promise here would make graphql-js finish every claim of a page asynchronously.
    status: (claim, _args, { loaders }) => (claim.asOf ? derivedAsOf(claim, claim.asOf, loaders).then((d) => d.status) : claim.status),
    unattributedOnly: (claim, _args, { loaders }) => (claim.asOf ? derivedAsOf(claim, claim.asOf, loaders).then((d) => d.unattributedOnly) : claim.unattributedOnly),
    // A claim of a projected page (src/api/projection.ts) comes with the records these show.
    subject: (claim, _args, { loaders }) => shownWith(claim, 'subject') ?? loadRequired(loaders.entity, claim.subjectId, 'entity'),
    object: (claim, _args, { loaders }) => (claim.objectId ? shownWith(claim, 'object') ?? loadRequired(loaders.entity, claim.objectId, 'entity') : null),
    reportedBy: (claim, _args, { loaders }) =>
      claim.reportedById ? loadRequired(loaders.entity, claim.reportedById, 'entity') : null,
    intermediary: (claim, _args, { loaders }) =>
      claim.intermediaryId ? loadRequired(loaders.entity, claim.intermediaryId, 'entity') : null,
    source: (claim, _args, { loaders }) => shownWith(claim, 'source') ?? loadRequired(loaders.source, claim.sourceId, 'source'),
  },
  Dispute: {
    id: (dispute) => viewId(dispute.id, dispute.asOf),
    disputeId: (dispute) => dispute.id,
    asOf: (dispute) => dispute.asOf ?? null,
    claims: async (dispute, { first }, { loaders, wholeLists }) => {
      if (first == null) wholeLists.take('Dispute.claims', dispute.claimIds.length, '; each side is represented in any `first`, and Dispute.claimCount says how many there are');
      const ids = first == null ? dispute.claimIds : sampleOfDispute(dispute, pageRequest({ first }).size);
      return allAsOf(await loadAllRequired(loaders.claim, ids, 'claim'), dispute.asOf);
    },
    claimCount: (dispute) => dispute.claimIds.length,
  },
  ClaimConnection: connectionFields,
  DisputeConnection: connectionFields,
};

/**
 * A claim's derived status and unattributedOnly as of a date, recomputed from the claims of its
 * triple known then, once per triple and date (src/claim/facts.ts, tripleStatusesAsOf); today's are
 * stored on the claim. A claim its triple no longer counts (retracted, rejected) keeps what is stored.
 */
async function derivedAsOf(claim: ClaimAsOf, asOf: string, loaders: Loaders) {
  return claimAsOf(claim, await loaders.statusesAsOf.load({ fact: { fromId: claim.subjectId, type: claim.predicate, toId: claim.objectId }, asOf }));
}
