import { requireRole } from '../../auth';
import { countClaims, findAllDisputes, findClaims } from '../../claim';
import type { Resolvers } from '../../generated/graphql';
import { pageRequest, toPage } from '../../support';
import { assertClaim, retractClaim } from '../../write';
import { claimView, knownDate, loadedConnection, minConfidence } from '../arguments';
import { connection, connectionFields, toConnection } from '../connections';
import { loadAllRequired, loadRequired, requireEntityArgument } from '../loaders';

export const claimResolvers: Resolvers = {
  Query: {
    claims: async (_parent, { filter, first, after, asOf, orderBy }, { db, loaders }) => {
      const view = claimView({ asOf, validDuring: filter?.validDuring });
      const claimFilter = {
        ...filter,
        minConfidence: minConfidence(filter?.minConfidence),
        knownAfter: knownDate(filter?.knownAfter, 'knownAfter'),
        knownBy: knownDate(filter?.knownBy, 'knownBy'),
      };
      const order = orderBy ?? 'ID';
      const page = findClaims(db, claimFilter, view, order, pageRequest(first, after));
      return loadedConnection(page, loaders.claim, 'claim', order !== 'ID', () => countClaims(db, claimFilter, view));
    },
    timeline: async (_parent, { entityId, from, to, first, after, asOf }, { loaders }) => {
      const view = claimView({ asOf, from, to });
      const request = pageRequest(first, after);
      await requireEntityArgument(loaders, entityId, 'entityId');
      const args = { view, orderBy: 'VALID_TIME' as const, page: request };
      const page = loaders.entityClaims.load({ entityId, args });
      return loadedConnection(page, loaders.claim, 'claim', true, () =>
        loaders.entityClaimCounts.load({ entityId, args: { view } }),
      );
    },
    disputes: async (_parent, { entityId, first, after, asOf }, { db, loaders }) => {
      const view = claimView({ asOf });
      const request = pageRequest(first, after);
      if (entityId) await requireEntityArgument(loaders, entityId, 'entityId');
      // Disputes are computed, not stored: the whole (scoped) set is found, then paged by id.
      const all = await findAllDisputes(db, entityId ?? null, view.asOf);
      const start = request.afterId === null ? 0 : all.findIndex((d) => d.id > (request.afterId as string));
      const rest = start < 0 ? [] : all.slice(start);
      return connection(Promise.resolve(toConnection(toPage(rest.slice(0, request.first + 1), request))), async () => all.length);
    },
  },
  Mutation: {
    assertClaim: (_parent, { input }, { db, user }) => assertClaim(db, input, requireRole(user, 'analyst').id),
    retractClaim: (_parent, { id, reason }, { db, user }) => retractClaim(db, id, reason, requireRole(user, 'analyst').id),
  },
  Claim: {
    subject: (claim, _args, { loaders }) => loadRequired(loaders.entity, claim.subjectId, 'entity'),
    object: (claim, _args, { loaders }) => (claim.objectId ? loadRequired(loaders.entity, claim.objectId, 'entity') : null),
    reportedBy: (claim, _args, { loaders }) =>
      claim.reportedById ? loadRequired(loaders.entity, claim.reportedById, 'entity') : null,
    intermediary: (claim, _args, { loaders }) =>
      claim.intermediaryId ? loadRequired(loaders.entity, claim.intermediaryId, 'entity') : null,
    source: (claim, _args, { loaders }) => loadRequired(loaders.source, claim.sourceId, 'source'),
  },
  Dispute: {
    claims: (dispute, _args, { loaders }) => loadAllRequired(loaders.claim, dispute.claimIds, 'claim'),
  },
  ClaimConnection: connectionFields,
  DisputeConnection: connectionFields,
};
