import type { Resolvers } from '../../generated/graphql';
import { loadRequired } from '../loaders';

/** A feed's column as a number, or null: each feed has its own column names (GDELT's CamelCase, ACLED's snake_case), and an empty field is not kept. */
const numberField = (name: string) => (event: { fields: Record<string, string | number | boolean> }) => {
  const value = event.fields[name];
  return typeof value === 'number' ? value : null;
};

/** schema/feeds.graphql: a claim's feed records, read as the feed wrote them. */
export const feedResolvers: Resolvers = {
  Claim: {
    feedEvents: (claim, _args, { loaders }) => loaders.claimFeedEvents.load(claim.id),
  },
  FeedEvent: {
    place: (event, _args, { loaders }) => (event.placeId ? loadRequired(loaders.entity, event.placeId, 'entity') : null),
    numSources: numberField('NumSources'),
    numMentions: numberField('NumMentions'),
    numArticles: numberField('NumArticles'),
    goldsteinScale: numberField('GoldsteinScale'),
    averageTone: numberField('AvgTone'),
    fatalities: numberField('fatalities'),
    fields: (event) => Object.entries(event.fields).map(([name, value]) => ({ name, value: typeof value === 'string' ? value : JSON.stringify(value) })),
  },
  FeedEventActor: {
    entity: (actor, _args, { loaders }) => loadRequired(loaders.entity, actor.id, 'entity'),
  },
};
