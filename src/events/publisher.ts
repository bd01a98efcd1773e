import type { GraphChangeCause } from '../generated/types';

/**
 * What the write path tells the live part of the API after a write has committed: one change per
 * committed transaction, with ids only, so that it can travel between processes as JSON (a Redis
 * channel, a message queue) and every reader loads the records it needs itself.
 */
export interface GraphChange {
  /** What kind of write it was. */
  cause: GraphChangeCause;
  /** Claims new in the graph (a claim written again with only a new excerpt is not new). */
  addedClaimIds: string[];
  /** Claims that existed and changed: reviewed, retracted, or corrected (the original). */
  changedClaimIds: string[];
  /** Entities whose facts were rebuilt by the write: the ends of the claims above, or the merged pair. */
  entityIds: string[];
  /** Whether the set of PENDING claims (the review queue) may have changed. */
  reviewQueueChanged: boolean;
  /** Who wrote it: the subject of the writer's token, or the seed's or import's actor. */
  by: string;
  /** When it committed (ISO 8601 timestamp, this process's clock). */
  at: string;
}

/** Told about every change published, in order, until it unsubscribes. */
export type ChangeListener = (change: GraphChange) => void;

/**
 * The replaceable part between the write path and the subscriptions. `publish` is called after
 * commit and must not throw into the writer (the write has happened); `subscribe` hands every change
 * published from now on to `listener` and returns the function that stops it. An implementation for
 * several instances publishes to a shared channel and hands each instance's listeners what any
 * instance published (docs/subscriptions.md#several-instances).
 */
export interface Publisher {
  publish(change: GraphChange): void;
  subscribe(listener: ChangeListener): () => void;
}
