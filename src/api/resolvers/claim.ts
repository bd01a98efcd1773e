import { requireRole } from '../../auth';
import { claimAsOf, countClaims, findAllDisputes, findClaims } from '../../claim';
import type { Resolvers } from '../../generated/graphql';
import { BadUserInputError, pageOfList, pageRequest, parseAsOf, toPage, viewId } from '../../support';
import { assertClaim, retractClaim } from '../../write';
import { claimView, knownDate, loadedConnection, minConfidence } from '../arguments';
import { connection, connectionFields, toConnection } from '../connections';
import { loadAllRequired, loadRequired, requireEntityArgument, type Loaders } from '../loaders';
import { allAsOf, type ClaimAsOf } from '../views';

export const claimResolvers: Resolvers = {
  Query: {
    claims: async (_parent, { filter, first, after, last, before, asOf, orderBy }, { db, loaders }) => {
      const view = claimView({ asOf, validDuring: filter?.validDuring });
      const claimFilter = {
        ...filter,
        minConfidence: minConfidence(filter?.minConfidence),
        knownAfter: knownDate(filter?.knownAfter, 'knownAfter'),
        knownBy: knownDate(filter?.knownBy, 'knownBy'),
      };
      const order = orderBy ?? 'ID';
      const page = findClaims(db, claimFilter, view, order, pageRequest({ first, after, last, before }, order !== 'ID'));
      return loadedConnection(page, loaders.claim, 'claim', order !== 'ID', () => countClaims(db, claimFilter, view), view.asOf);
    },
    timeline: async (_parent, { entityId, from, to, first, after, last, before, asOf }, { loaders }) => {
      const view = claimView({ asOf, from, to });
      const request = pageRequest({ first, after, last, before }, true);
      await requireEntityArgument(loaders, entityId, 'entityId');
      const args = { view, orderBy: 'VALID_TIME' as const, page: request };
      const page = loaders.entityClaims.load({ entityId, args });
      return loadedConnection(page, loaders.claim, 'claim', true, () =>
        loaders.entityClaimCounts.load({ entityId, args: { view } }), view.asOf,
      );
    },
    disputes: async (_parent, { entityId, first, after, last, before, asOf }, { db, loaders }) => {
      const view = claimView({ asOf });
      const request = pageRequest({ first, after, last, before });
      if (entityId) await requireEntityArgument(loaders, entityId, 'entityId');
      // Disputes are computed, not stored: the whole (scoped) set is found, then paged by id.
      const all = allAsOf(await findAllDisputes(db, entityId ?? null, view.asOf), view.asOf);
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
    status: async (claim, _args, { loaders }) => (await derivedAsOf(claim, loaders)).status,
    unattributedOnly: async (claim, _args, { loaders }) => (await derivedAsOf(claim, loaders)).unattributedOnly,
    subject: (claim, _args, { loaders }) => loadRequired(loaders.entity, claim.subjectId, 'entity'),
    object: (claim, _args, { loaders }) => (claim.objectId ? loadRequired(loaders.entity, claim.objectId, 'entity') : null),
    reportedBy: (claim, _args, { loaders }) =>
      claim.reportedById ? loadRequired(loaders.entity, claim.reportedById, 'entity') : null,
    intermediary: (claim, _args, { loaders }) =>
      claim.intermediaryId ? loadRequired(loaders.entity, claim.intermediaryId, 'entity') : null,
    source: (claim, _args, { loaders }) => loadRequired(loaders.source, claim.sourceId, 'source'),
  },
  Dispute: {
    id: (dispute) => viewId(dispute.id, dispute.asOf),
    disputeId: (dispute) => dispute.id,
    asOf: (dispute) => dispute.asOf ?? null,
    claims: async (dispute, _args, { loaders }) => allAsOf(await loadAllRequired(loaders.claim, dispute.claimIds, 'claim'), dispute.asOf),
  },
  ClaimConnection: connectionFields,
  DisputeConnection: connectionFields,
};

/**
 * A claim's derived status and unattributedOnly in its view: stored for today's, recomputed from the
 * claims of its triple known then for an as-of view (src/claim/facts.ts, claimAsOf).
 */
async function derivedAsOf(claim: ClaimAsOf, loaders: Loaders) {
  if (!claim.asOf) return { status: claim.status, unattributedOnly: claim.unattributedOnly };
  const ids = await loaders.factClaimIds.load({ fromId: claim.subjectId, type: claim.predicate, toId: claim.objectId });
  return claimAsOf(claim, await loadAllRequired(loaders.claim, ids, 'claim'), claim.asOf);
}
