// @name mergeFeedMentions
// @param mentions: {eventId, sourceId, sentenceId, props, claimIds}[] -- eventId: the :FeedEvent id; props: the mention's own fields, primitive values only
// @returns mentions: int -- how many were written
// A mention links its event to the source that mentions it, once per sentence, with GDELT's
// confidence, the document's tone and length and the character offsets; the claim it cites is
// linked to the event like the event's own.
UNWIND $mentions AS m
MATCH (f:FeedEvent {id: m.eventId})
MATCH (s:Source {id: m.sourceId})
MERGE (f)-[r:MENTIONED_IN {sentenceId: m.sentenceId}]->(s)
SET r += m.props
WITH f, m
CALL (f, m) {
  UNWIND m.claimIds AS cid
  MATCH (c:Claim {id: cid})
  MERGE (f)-[:CLAIMED]->(c)
}
RETURN count(*) AS mentions
