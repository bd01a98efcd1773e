// @name findEntityDisputeCandidates
// @param entityId: string -- only triples whose subject or object is this entity
// @param asOf: string | null -- only claims known by this day
// @param disputedOnly: boolean -- only triples with a claim whose stored status is DISPUTED (today's view: statuses are kept current by every write)
// @returns claimIds: string[] -- the claims, neither retracted nor rejected in review, of each (subject, predicate, object) about the entity that has two or more
// Found from the entity, by the index on its id: every claim of a triple about it is a claim about
// it, so its own claims hold each triple whole. (findDisputeCandidates, for the whole graph, reads
// every claim: with the entity as an OR in its WHERE, the planner scanned them all for one entity.)
MATCH (:Entity {id: $entityId})<-[:SUBJECT|OBJECT]-(c:Claim)
WITH DISTINCT c
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
  AND ($asOf IS NULL OR c.knownAt <= $asOf)
MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH s.id AS subjectId, c.predicate AS predicate, o.id AS objectId, collect(c.id) AS claimIds, collect(c.status) AS statuses
WHERE size(claimIds) > 1 AND (NOT $disputedOnly OR 'DISPUTED' IN statuses)
RETURN claimIds
