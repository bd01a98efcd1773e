// @name findFeedEventsOfClaims
// @param claimIds: string[] -- :Claim ids
// @returns claimId: string, events: {id, feed, eventId, date, datePrecision, placeId, actors: {role, id}[], props}[] -- one row per claim the graph holds, events by id
// The feed records a claim was imported from (CLAIMED), with what the feed said of each: the
// node's properties whole (the importer keeps only primitive values there), where and who.
UNWIND $claimIds AS claimId
MATCH (c:Claim {id: claimId})
CALL (c) {
  OPTIONAL MATCH (f:FeedEvent)-[:CLAIMED]->(c)
  WITH f ORDER BY f.id
  RETURN collect(f {
    .id, .feed, .eventId, .date, .datePrecision,
    placeId: head(COLLECT { MATCH (f)-[:AT]->(p:Entity) RETURN p.id }),
    actors: COLLECT { MATCH (f)-[i:INVOLVES]->(x:Entity) RETURN {role: i.role, id: x.id} ORDER BY i.role, x.id },
    props: properties(f)
  }) AS events
}
RETURN claimId, events
