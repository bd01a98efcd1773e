// @name countAnchoredClaims
// @param anchorEntityId, anchorLinks, anchorSourceId -- as findAnchoredClaims
// @param the filters of findClaims, without the page
// @returns total: int
// countClaims for a filter that names an entity or a source: counts that node's claims, not every claim.
CALL () {
  // The anchor's claims by the links the filter names; the other branch's id is null, so it seeks nothing.
  MATCH (:Entity {id: $anchorEntityId})<-[link:SUBJECT|OBJECT|REPORTED_BY]-(c:Claim)
  WHERE type(link) IN $anchorLinks
  RETURN c
  UNION
  MATCH (:Source {id: $anchorSourceId})<-[:CITED_IN]-(c:Claim)
  RETURN c
}
WITH c
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
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
