// Subscriptions: the events each one makes from a published change (src/events/), and their streams.
export { liveStream, MAX_UNREAD_EVENTS } from './liveStream';
export type { LiveStreamOptions } from './liveStream';
export { matchesClaimFilter } from './claimFilter';
export type { ClaimMatch } from './claimFilter';
export { addedClaims, factChanges, openedDisputes, reviewQueueChange } from './changes';
export type { FactChangeRecord, OpenedDispute, ReviewQueueChangeRecord } from './changes';
