import type { Resolvers } from '../../generated/graphql';
import { authResolvers } from './auth';
import { claimResolvers } from './claim';
import { entityResolvers } from './entity';
import { feedResolvers } from './feeds';
import { graphResolvers } from './graph';
import { ingestResolvers } from './ingest';
import { nodeResolvers } from './node';
import { reviewResolvers } from './review';
import { sourceResolvers } from './source';
import { stixResolvers } from './stix';
import { subscriptionResolvers } from './subscription';
import { vocabularyResolvers } from './vocabulary';

/** The resolvers of each schema/<domain>.graphql, one file each; merged by ../schema.ts. */
export const RESOLVERS: readonly Resolvers[] = [
  authResolvers,
  entityResolvers,
  graphResolvers,
  claimResolvers,
  sourceResolvers,
  reviewResolvers,
  ingestResolvers,
  vocabularyResolvers,
  stixResolvers,
  subscriptionResolvers,
  nodeResolvers,
  feedResolvers,
];
