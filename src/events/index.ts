// Changes of the graph, published by the write path after commit and heard by the subscriptions.
import { InProcessPublisher } from './inProcessPublisher';
import type { Publisher } from './publisher';

export { InProcessPublisher } from './inProcessPublisher';
export type { GraphChange, ChangeListener, Publisher } from './publisher';

let current: Publisher = new InProcessPublisher();

/** The publisher of this process: the in-process one unless `usePublisher` replaced it. */
export function publisher(): Publisher {
  return current;
}

/**
 * Replaces the publisher of this process (a Redis one for several instances, say); call it at start,
 * before the server accepts writes or subscriptions. Returns the one it replaced.
 */
export function usePublisher(next: Publisher): Publisher {
  const previous = current;
  current = next;
  return previous;
}
