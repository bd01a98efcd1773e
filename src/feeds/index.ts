// Event feeds (GDELT 2.0, ACLED) imported through the bundle writer: see docs/feeds.md.
export { runFeedImport, formatReport, asksForHelp, FEED_FORMATS } from './cli';
export type { FeedFormat } from './cli';
export { importGdelt } from './gdelt/importGdelt';
export { importAcled } from './acled/importAcled';
export { parseFeedArgs, type FeedOptions } from './options';
export { ProgressLine, type FeedIo } from './progress';
export type { FeedReport, LineError, EventDraft } from './model';
export { EVENT_COLUMNS, MENTION_COLUMNS } from './gdelt/columns';
export { ACLED_COLUMNS } from './acled/columns';
export { feedEventId } from './keys';
export { findFeedEventsOfClaims, type FeedEventRecord } from './read';
