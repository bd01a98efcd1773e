// @name mergeFeedEvents
// @param events: {id, feed, eventId, date, datePrecision, props, placeId, actors: {id, role}[], sourceIds, claimIds}[] -- props: the feed's own fields, primitive values only; claimIds: the claims the record makes
// @param actor: string -- who imports
// @returns events: int -- how many were written
// One :FeedEvent per feed record, keyed by a UUIDv5 of feed and event id, so a re-run updates it in
// place. It keeps what the feed says beside our claims (tone, Goldstein scale, GDELT's own counts
// of mentions and sources, ACLED's precisions and notes) and links where it happened (AT), who took
// part (INVOLVES, by role), where it was reported (REPORTED_IN) and the claims it made (CLAIMED),
// whose ids it keeps as `recordClaimIds`. A revised record's old links went before
// (unlinkRevisedFeedEvents).
UNWIND $events AS e
MERGE (f:FeedEvent {id: e.id})
  ON CREATE SET f.createdAt = datetime(), f.createdBy = $actor
SET f += e.props, f.feed = e.feed, f.eventId = e.eventId, f.date = e.date, f.datePrecision = e.datePrecision,
    f.recordClaimIds = e.claimIds
// A record the feed had deleted (markFeedEventsDeleted) and has again.
REMOVE f.deletedAt
WITH f, e
CALL (f, e) {
  MATCH (p:Entity {id: e.placeId})
  MERGE (f)-[:AT]->(p)
}
CALL (f, e) {
  UNWIND e.actors AS a
  MATCH (x:Entity {id: a.id})
  MERGE (f)-[:INVOLVES {role: a.role}]->(x)
}
CALL (f, e) {
  UNWIND e.sourceIds AS sid
  MATCH (s:Source {id: sid})
  MERGE (f)-[:REPORTED_IN]->(s)
}
CALL (f, e) {
  UNWIND e.claimIds AS cid
  MATCH (c:Claim {id: cid})
  MERGE (f)-[:CLAIMED]->(c)
}
RETURN count(*) AS events
