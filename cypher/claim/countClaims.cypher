// @name countClaims
// @param the filters of findClaims, without the page
// @returns total: int
MATCH (c:Claim)
// Every id is above '': the range lets the planner start from the uniqueness index, and in id order
// it starts right after the previous page.
WHERE c.id > $idFloor
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
RETURN count(c) AS total
