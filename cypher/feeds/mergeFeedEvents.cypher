// @name mergeFeedEvents
// @param events: {id, feed, eventId, date, datePrecision, props, placeId, actors: {id, role}[], sourceIds, claimIds}[] -- props: the feed's own fields, primitive values only; claimIds: the claims the record makes
// @param actor: string -- who imports
// @returns id: string, staleClaimIds: string[] -- per event, the claims an earlier version of its record made that it no longer makes and no other event makes
// One :FeedEvent per feed record, keyed by a UUIDv5 of feed and event id, so a re-run updates it in
// place. It keeps what the feed says beside our claims (tone, Goldstein scale, GDELT's own counts
// of mentions and sources, ACLED's precisions and notes) and links where it happened (AT), who took
// part (INVOLVES, by role), where it was reported (REPORTED_IN) and the claims it made (CLAIMED).
// A record the feed has revised (ACLED corrects fatalities, actors, places and sources in place)
// replaces what the earlier one said: the links it no longer has go, and so do the CLAIMED links of
// claims it no longer makes, which the caller retracts. `recordClaimIds` tells the record's own
// claims from those its mentions added (mergeFeedMentions); an ACLED event written before it
// existed has no mentions, so its CLAIMED links are its record's.
UNWIND $events AS e
MERGE (f:FeedEvent {id: e.id})
  ON CREATE SET f.createdAt = datetime(), f.createdBy = $actor
WITH f, e, coalesce(f.recordClaimIds, CASE WHEN f.feed = 'ACLED' THEN [(f)-[:CLAIMED]->(c:Claim) | c.id] ELSE [] END) AS before
SET f += e.props, f.feed = e.feed, f.eventId = e.eventId, f.date = e.date, f.datePrecision = e.datePrecision,
    f.recordClaimIds = e.claimIds
WITH f, e, [id IN before WHERE NOT id IN e.claimIds] AS dropped
CALL (f, e) {
  OPTIONAL MATCH (f)-[old:AT]->(p:Entity)
  WHERE p.id <> coalesce(e.placeId, '')
  DELETE old
}
CALL (f, e) {
  MATCH (p:Entity {id: e.placeId})
  MERGE (f)-[:AT]->(p)
}
CALL (f, e) {
  OPTIONAL MATCH (f)-[old:INVOLVES]->(x:Entity)
  WHERE NOT {id: x.id, role: old.role} IN [a IN e.actors | {id: a.id, role: a.role}]
  DELETE old
}
CALL (f, e) {
  UNWIND e.actors AS a
  MATCH (x:Entity {id: a.id})
  MERGE (f)-[:INVOLVES {role: a.role}]->(x)
}
CALL (f, e) {
  OPTIONAL MATCH (f)-[old:REPORTED_IN]->(s:Source)
  WHERE NOT s.id IN e.sourceIds
  DELETE old
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
CALL (f, dropped) {
  UNWIND dropped AS cid
  MATCH (f)-[link:CLAIMED]->(c:Claim {id: cid})
  DELETE link
  WITH c WHERE NOT EXISTS { (:FeedEvent)-[:CLAIMED]->(c) }
  RETURN collect(c.id) AS staleClaimIds
}
RETURN e.id AS id, staleClaimIds
