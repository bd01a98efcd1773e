// @name reviewClaim
// @param id: string -- the claim
// @param status: 'PENDING' | 'ACCEPTED' | 'REJECTED' -- the new review status
// @param actor: string | null -- the reviewer; null when the claim goes back to PENDING
// @param reason: string | null -- why it was rejected (or which claim corrects it)
// @returns subjectId, predicate, objectId: string -- the claim's triple, for the fact rebuild
// A rejected claim leaves its fact and its disputes, so its derived status goes back to REPORTED
// (a retracted claim stays RETRACTED); the fact rebuild that follows sets the status of the others.
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
SET c.reviewStatus = $status,
    c.reviewedBy = $actor,
    c.reviewedAt = CASE WHEN $actor IS NULL THEN null ELSE datetime() END,
    c.reviewReason = $reason,
    c.status = CASE WHEN $status = 'REJECTED' AND c.status <> 'RETRACTED' THEN 'REPORTED' ELSE c.status END,
    c.updatedAt = datetime()
RETURN s.id AS subjectId, c.predicate AS predicate, o.id AS objectId
