// @name unlinkRevisedFeedEvents
// @param events: {id, placeId, actors: {id, role}[], sourceIds, claimIds}[] -- the records mergeFeedEvents is about to write
// @returns id: string, droppedClaimIds: string[] -- per event the graph holds, the claims its earlier record made that this one does not and no other event makes
// Run before mergeFeedEvents: a record the feed has revised (ACLED corrects fatalities, actors,
// places and sources in place) replaces what the earlier one said. The links it no longer has go,
// and so do the CLAIMED links of claims it no longer makes, which the caller retracts unless the
// batch makes them again. `recordClaimIds` tells the record's own claims from those its mentions
// added (mergeFeedMentions); an ACLED event written before it existed has no mentions, so its
// CLAIMED links are its record's. A statement of its own, apart from mergeFeedEvents: a new record
// (most of a first import) matches nothing here, and its merge pays nothing for the revisions.
UNWIND $events AS e
MATCH (f:FeedEvent {id: e.id})
WITH f, e, [id IN coalesce(f.recordClaimIds, CASE WHEN f.feed = 'ACLED' THEN [(f)-[:CLAIMED]->(c:Claim) | c.id] ELSE [] END)
            WHERE NOT id IN e.claimIds] AS dropped
CALL (f, e) {
  OPTIONAL MATCH (f)-[old:AT]->(p:Entity)
  WHERE p.id <> coalesce(e.placeId, '')
  DELETE old
}
CALL (f, e) {
  OPTIONAL MATCH (f)-[old:INVOLVES]->(x:Entity)
  WHERE NOT {id: x.id, role: old.role} IN [a IN e.actors | {id: a.id, role: a.role}]
  DELETE old
}
CALL (f, e) {
  OPTIONAL MATCH (f)-[old:REPORTED_IN]->(s:Source)
  WHERE NOT s.id IN e.sourceIds
  DELETE old
}
CALL (f, dropped) {
  UNWIND dropped AS cid
  MATCH (f)-[link:CLAIMED]->(c:Claim {id: cid})
  DELETE link
  WITH c WHERE NOT EXISTS { (:FeedEvent)-[:CLAIMED]->(c) }
  RETURN collect(c.id) AS droppedClaimIds
}
RETURN e.id AS id, droppedClaimIds
