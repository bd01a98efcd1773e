// @name findDisputeCandidates
// @param asOf: string | null -- only claims known by this day
// @param disputedOnly: boolean -- only triples with a claim whose stored status is DISPUTED (today's view: statuses are kept current by every write)
// @returns claimIds: string[] -- the claims, neither retracted nor rejected in review, of each (subject, predicate, object) that has two or more
// Every claim of the graph: one entity's disputes are findEntityDisputeCandidates'.
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
  AND ($asOf IS NULL OR c.knownAt <= $asOf)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH s.id AS subjectId, c.predicate AS predicate, o.id AS objectId, collect(c.id) AS claimIds, collect(c.status) AS statuses
WHERE size(claimIds) > 1 AND (NOT $disputedOnly OR 'DISPUTED' IN statuses)
RETURN claimIds
