import { UnauthenticatedError } from '../../auth';
import type { ClaimRecord, DisputeRecord } from '../../claim';
import { publisher, type GraphChange } from '../../events';
import type { Resolvers } from '../../generated/graphql';
import { addedClaims, factChanges, liveStream, matchesClaimFilter, openedDisputes, reviewQueueChange,
  type ClaimMatch, type FactChangeRecord, type ReviewQueueChangeRecord } from '../../subscription';
import { claimView, knownDate, minConfidence } from '../arguments';
import type { Context } from '../context';
import { createLoaders, loadRequired } from '../loaders';
import { WholeListBudget } from '../wholeLists';

/**
 * schema/subscription.graphql. Each field turns the changes the write path publishes after commit
 * (src/events/) into its events (src/subscription/). A subscription lives long, so every event gets
 * fresh loaders: a claim reviewed since the last event is read again, not served from the cache.
 */
export const subscriptionResolvers: Resolvers = {
  Subscription: {
    claimAdded: {
      subscribe: (_parent, { filter }, context) => {
        requireRead(context);
        const view = claimView({ validDuring: filter?.validDuring });
        const match: ClaimMatch = {
          ...filter,
          minConfidence: minConfidence(filter?.minConfidence),
          knownAfter: knownDate(filter?.knownAfter, 'knownAfter'),
          knownBy: knownDate(filter?.knownBy, 'knownBy'),
          window: view.window,
        };
        return live(context, async (change) => (await addedClaims(context.db, change)).filter((claim) => matchesClaimFilter(claim, match)));
      },
      resolve: (claim: ClaimRecord) => claim,
    },
    factChanged: {
      subscribe: (_parent, { entityId }, context) => {
        requireRead(context);
        return live(context, async (change) => (await factChanges(context.db, change)).filter((fact) => entityId == null || fact.entityId === entityId));
      },
      resolve: async (fact: FactChangeRecord, _args: unknown, { loaders }: Context) => ({
        ...fact,
        entity: await loadRequired(loaders.entity, fact.entityId, 'entity'),
      }),
    },
    disputeOpened: {
      subscribe: (_parent, { entityId }, context) => {
        requireRead(context);
        return live(context, async (change) =>
          (await openedDisputes(context.db, change)).filter((opened) => entityId == null || opened.entityIds.includes(entityId)).map((opened) => opened.dispute),
        );
      },
      resolve: (dispute: DisputeRecord) => dispute,
    },
    reviewQueueChanged: {
      subscribe: (_parent, _args, context) => {
        requireRead(context);
        return live(context, async (change) => {
          const queue = await reviewQueueChange(context.db, change);
          return queue ? [queue] : [];
        });
      },
      resolve: (queue: ReviewQueueChangeRecord) => queue,
    },
  },
};

/** The same rule as queries: anonymous clients read only where AUTH_ANONYMOUS_READ allows it. */
function requireRead(context: Context): void {
  if (!context.user && !context.access.anonymousRead) {
    throw new UnauthenticatedError('expected a bearer token: this server does not let anonymous clients read');
  }
}

/** The events `expand` makes of each change published from now on, each with fresh loaders. */
function live<T>(context: Context, expand: (change: GraphChange) => Promise<readonly T[]>) {
  return liveStream(publisher(), {
    expand,
    // Each event is read afresh, like a request of its own: new loaders, and a new budget for lists left whole.
    beforeEach: () => {
      context.loaders = createLoaders(context.db);
      context.wholeLists = new WholeListBudget();
    },
  });
}
