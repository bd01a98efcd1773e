import { uuidV5 } from '../support';
import type { FeedName } from './model';

/** Our namespace for the ids of feed records (as src/support/ids.ts has its own for the graph's). */
const NAMESPACE = '0c7a2d55-3f1e-4d8b-9b64-8e2f5a6c1d3b';

/** A feed's event, keyed by feed and the feed's own id: the same record twice is the same node. */
export function feedEventId(feed: FeedName, eventId: string): string {
  return uuidV5(`feed-event|${feed}|${eventId.trim()}`, NAMESPACE);
}
