// @name findClaims
// @param after: string | null -- the last id of the previous page
// @param limit: int -- page size plus one
// @param predicates, statuses: string[] | null; attribution, entityId, subjectId, objectId, reportedById, sourceId: string | null
// @returns claim: ClaimRow -- ordered by id
MATCH (c:Claim)
WHERE ($after IS NULL OR c.id > $after)
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($attribution IS NULL OR c.attribution = $attribution)
  AND ($entityId IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $entityId}) })
  AND ($subjectId IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subjectId}) })
  AND ($objectId IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $objectId}) })
  AND ($reportedById IS NULL OR EXISTS { (c)-[:REPORTED_BY]->(:Entity {id: $reportedById}) })
  AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
WITH c ORDER BY c.id LIMIT toInteger($limit)
RETURN c { .*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt),
           subjectId: [(c)-[:SUBJECT]->(s) | s.id][0],
           objectId: [(c)-[:OBJECT]->(o) | o.id][0],
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0],
           sourceId: [(c)-[:CITED_IN]->(s) | s.id][0] } AS claim
