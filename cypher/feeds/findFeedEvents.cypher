// @name findFeedEvents
// @param ids: string[] -- :FeedEvent ids
// @returns id: string, event: {eventId, date, datePrecision, claimSubjectId, claimPredicate, claimObjectId, excerpt} -- one row per event the graph holds
// What a mention needs of its event: the statement the event's own source made, to cite it again.
UNWIND $ids AS id
MATCH (f:FeedEvent {id: id})
RETURN id, f { .eventId, .date, .datePrecision, .claimSubjectId, .claimPredicate, .claimObjectId, .excerpt } AS event
