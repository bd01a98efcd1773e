import type { GraphChange, Publisher } from '../events';

/** Events a subscriber may leave unread before its subscription ends with an error. */
export const MAX_UNREAD_EVENTS = 5_000;

/** How a change becomes a subscriber's events, and what to do before handing each one on. */
export interface LiveStreamOptions<T> {
  /** The events one change makes for this subscriber (none, one or many); may read the database. */
  expand: (change: GraphChange) => Promise<readonly T[]>;
  /** Called just before each event is handed to GraphQL (the resolvers then run for it). */
  beforeEach?: () => void;
  maxUnread?: number;
}

/**
 * The events of the changes published from now on, as the AsyncIterator a GraphQL subscription
 * returns. Changes are expanded one at a time, in publication order. Written by hand rather than as
 * an async generator: a generator waiting for the next change cannot be stopped, and the listener
 * would outlive the client; here `return()` (the client completing, or its connection closing)
 * unsubscribes at once. A subscriber that leaves more than `maxUnread` events unread, or whose
 * expansion fails, gets an error and its subscription ends.
 */
export function liveStream<T>(publisher: Publisher, options: LiveStreamOptions<T>): AsyncIterableIterator<T> {
  const maxUnread = options.maxUnread ?? MAX_UNREAD_EVENTS;
  const unread: T[] = [];
  let failure: Error | null = null;
  let finished = false;
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let failWaiting: ((error: Error) => void) | null = null;
  let expanding: Promise<void> = Promise.resolve();

  /** Settles a waiting `next()` when there is something to give it: an event, the failure, or the end. */
  const wake = () => {
    if (!waiting || (!failure && unread.length === 0 && !finished)) return;
    const [resolve, reject] = [waiting, failWaiting as (error: Error) => void];
    waiting = null;
    failWaiting = null;
    if (failure) {
      reject(failure);
    } else if (unread.length > 0) {
      options.beforeEach?.();
      resolve({ value: unread.shift() as T, done: false });
    } else {
      resolve({ value: undefined, done: true });
    }
  };
  const fail = (error: Error) => {
    failure ??= error;
    unsubscribe();
    wake();
  };
  const unsubscribe = publisher.subscribe((change) => {
    expanding = expanding.then(async () => {
      if (finished || failure) return;
      try {
        unread.push(...(await options.expand(change)));
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (unread.length > maxUnread) fail(new Error(`expected a subscriber to keep up, but more than ${maxUnread} events were waiting unread: the subscription ends`));
      wake();
    });
  });

  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (failure) {
        const error = failure;
        finished = true;
        return Promise.reject(error);
      }
      if (unread.length > 0) {
        options.beforeEach?.();
        return Promise.resolve({ value: unread.shift() as T, done: false });
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = resolve;
        failWaiting = reject;
      });
    },
    return() {
      finished = true;
      unread.length = 0;
      unsubscribe();
      wake();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
