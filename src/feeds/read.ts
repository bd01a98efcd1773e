import type { Database } from '../neo4j';
import { partialDateFromStore, type PartialDate } from '../support';
import type { FeedName, FeedValue } from './model';
import { FEED_EVENT_BOOKKEEPING } from './writeEvents';

/** One participant of a feed's record: its role in the feed, and the entity it resolved to. */
export interface FeedEventActorRecord {
  role: string;
  id: string;
}

/** A feed's record as the API reads it (schema/feeds.graphql). */
export interface FeedEventRecord {
  id: string;
  feed: FeedName;
  eventId: string;
  date: PartialDate | null;
  placeId: string | null;
  actors: FeedEventActorRecord[];
  /** The feed's own fields, by its column names, without the importer's bookkeeping; empty ones left out. */
  fields: Record<string, Exclude<FeedValue, null>>;
}

/** The feed records each claim was imported from, by claim id (claims the graph lacks are left out). */
export async function findFeedEventsOfClaims(db: Database, claimIds: readonly string[]): Promise<Map<string, FeedEventRecord[]>> {
  const rows = await db.read('findFeedEventsOfClaims', { claimIds: [...new Set(claimIds)] });
  return new Map(rows.map((row) => [row.claimId as string, (row.events as Array<Record<string, unknown>>).map(feedEventRecord)]));
}

function feedEventRecord(e: Record<string, unknown>): FeedEventRecord {
  const fields: FeedEventRecord['fields'] = {};
  const props = e.props as Record<string, unknown>;
  for (const name of Object.keys(props).sort()) {
    const value = props[name];
    if (FEED_EVENT_BOOKKEEPING.has(name) || value === null || value === undefined || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[name] = value;
  }
  return {
    id: e.id as string,
    feed: e.feed as FeedName,
    eventId: e.eventId as string,
    date: partialDateFromStore(e.date, e.datePrecision),
    placeId: (e.placeId as string | null) ?? null,
    actors: e.actors as FeedEventRecord['actors'],
    fields,
  };
}
