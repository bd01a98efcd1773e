// @name findClaimsInIdOrder
// @param afterId, beforeId: string | null -- the bounds of the range (null: open), read forward
// @param limit: int -- page size plus one
// @param the filters of findClaims (predicates, statuses, attribution, polarity, asOf, windowStart, windowEnd, minConfidence, excludeUnattributedOnly, entityId, subjectId, objectId, reportedById, sourceId, knownAfter, knownBy, reviewStatuses)
// @returns id: string, sortKey: '' -- the page in id order; claims are then loaded by id
// findClaims for the default order. Here the uniqueness index on the id gives the order itself, so
// Neo4j reads claims from the cursor on and stops when the page is full, where findClaims (whose
// sort key is an expression) reads and sorts every claim after the cursor.
MATCH (c:Claim)
WHERE c.id > coalesce($afterId, '')
  AND ($beforeId IS NULL OR c.id < $beforeId)
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($attribution IS NULL OR c.attribution = $attribution)
  AND ($polarity IS NULL OR c.polarity = $polarity)
  AND ($asOf IS NULL OR c.knownAt <= $asOf)
  AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
  AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
  AND (NOT $excludeUnattributedOnly OR NOT c.unattributedOnly)
  AND ($entityId IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $entityId}) })
  AND ($subjectId IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subjectId}) })
  AND ($objectId IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $objectId}) })
  AND ($reportedById IS NULL OR EXISTS { (c)-[:REPORTED_BY]->(:Entity {id: $reportedById}) })
  AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
  AND ($knownAfter IS NULL OR c.knownAt > $knownAfter)
  AND ($knownBy IS NULL OR c.knownAt <= $knownBy)
  AND ($reviewStatuses IS NULL OR coalesce(c.reviewStatus, 'ACCEPTED') IN $reviewStatuses)
RETURN c.id AS id, '' AS sortKey
ORDER BY c.id
LIMIT toInteger($limit)
