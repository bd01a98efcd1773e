// @name markFeedEventsDeleted
// @param events: {id, deletedAt}[] -- feed events the feed has deleted (ACLED's list of deleted events), run after unlinkRevisedFeedEvents unlinked them
// @returns id: string -- one row per event the graph holds
// The record stays, as a retracted claim does: when it was deleted, and that it no longer makes
// claims. Its links went with unlinkRevisedFeedEvents, given an empty record; mergeFeedEvents
// clears deletedAt if a later export has the event again.
UNWIND $events AS e
MATCH (f:FeedEvent {id: e.id})
SET f.deletedAt = e.deletedAt, f.recordClaimIds = []
RETURN f.id AS id
