import type { Resolvers } from '../../generated/graphql';
import { checkNeighborhoodOptions, LIMITS } from '../../graph';
import { exportStixSelection } from '../../stix';
import { BadUserInputError } from '../../support';
import { claimView } from '../arguments';

export const stixResolvers: Resolvers = {
  Query: {
    stixBundle: async (_parent, { selection }, { db }) => {
      const { entityId, sourceId, validDuring } = selection;
      if ((entityId ? 1 : 0) + (sourceId ? 1 : 0) + (validDuring && !entityId ? 1 : 0) !== 1 || (sourceId && validDuring)) {
        throw new BadUserInputError('"selection": expected exactly one of entityId, sourceId or validDuring (or entityId with validDuring)', 'selection');
      }
      const depth = selection.depth ?? 1;
      if (entityId) checkNeighborhoodOptions({ depth, limit: LIMITS.maxNeighborhoodEdges });
      const window = claimView({ validDuring }).window;
      const bundle = await exportStixSelection(db, { entityId, sourceId, depth, window: window && { start: window.start, end: window.end } });
      return JSON.stringify(bundle);
    },
  },
};
