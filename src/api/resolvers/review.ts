import { countReviewQueue, findReviewQueue } from '../../claim';
import type { Resolvers } from '../../generated/graphql';
import { findPublicationDates } from '../../source';
import { pageRequest } from '../../support';
import { acceptClaim, correctClaim, rejectClaim, reopenClaim } from '../../write';
import { loadedConnection } from '../arguments';
import { loadRequired } from '../loaders';

/** schema/review.graphql: the review queue, the as-of histogram, the review mutations and a claim's review. */
export const reviewResolvers: Resolvers = {
  Query: {
    reviewQueue: (_parent, { filter, first, after, last, before }, { db, loaders }) => {
      const queueFilter = { sourceId: filter?.sourceId, predicates: filter?.predicates, rule: filter?.rule };
      const page = findReviewQueue(db, queueFilter, pageRequest({ first, after, last, before }, true));
      return loadedConnection(page, loaders.claim, 'claim', true, () => countReviewQueue(db, queueFilter));
    },
    publicationDates: (_parent, _args, { db }) => findPublicationDates(db),
  },
  Mutation: {
    acceptClaim: (_parent, { id }, { db, user }) => acceptClaim(db, id, user),
    rejectClaim: (_parent, { id, reason }, { db, user }) => rejectClaim(db, id, reason, user),
    correctClaim: (_parent, { id, input, reason }, { db, user }) => correctClaim(db, id, input, reason, user),
    reopenClaim: (_parent, { id }, { db, user }) => reopenClaim(db, id, user),
  },
  Claim: {
    review: (claim) => claim.review,
    corrects: (claim, _args, { loaders }) => (claim.correctsId ? loadRequired(loaders.claim, claim.correctsId, 'claim') : null),
    correctedBy: (claim, _args, { loaders }) => (claim.correctedById ? loadRequired(loaders.claim, claim.correctedById, 'claim') : null),
  },
};
