// @name restoreRevisedClaims
// @param claimIds: string[] -- claims a batch's records make that were in the graph before it
// @param actor: string -- who imports: the revisions' retractions were made by it
// @returns id, subjectId, predicate, objectId: string -- one row per claim restored
// A claim a revised record stopped making was retracted (unlinkRevisedFeedEvents); when a record
// makes it again (an older export imported after a newer one, or the feed revising back), the
// feed says it again, and it counts again: its retraction is lifted. Only retractions the import
// made for a revision or a deletion (markFeedEventsDeleted) are: one a person made stays. The fact is rebuilt by the caller.
UNWIND $claimIds AS id
MATCH (c:Claim {id: id})-[:SUBJECT]->(s:Entity)
WHERE c.status = 'RETRACTED' AND c.retractedBy = $actor
  AND (c.retractedReason CONTAINS ' revised event ' OR c.retractedReason CONTAINS ' deleted event ')
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
SET c.status = 'REPORTED', c.updatedAt = datetime()
REMOVE c.retractedReason, c.retractedAt, c.retractedBy
RETURN c.id AS id, s.id AS subjectId, c.predicate AS predicate, o.id AS objectId
