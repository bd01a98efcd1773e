// @name findDisputeCandidates
// @param asOf: string -- only claims known by this day
// @returns claimIds: string[] -- the claims, neither retracted nor rejected in review, of each (subject, predicate, object) that has two or more
// Every claim of the graph known by a past day (statuses then were not the stored ones): today's
// disputes are findDisputedTriples', one entity's findEntityDisputeCandidates'.
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
  AND c.knownAt <= $asOf
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH s.id AS subjectId, c.predicate AS predicate, o.id AS objectId, collect(c.id) AS claimIds
WHERE size(claimIds) > 1
RETURN claimIds
