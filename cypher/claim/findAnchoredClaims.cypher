// @name findAnchoredClaims
// @param anchorEntityId: string | null, anchorLinks: string[] -- the entity the filter names (entityId, subjectId, objectId
//   or reportedById) and the links from its claims to it (SUBJECT, OBJECT, REPORTED_BY); anchorSourceId: string | null -- or the source (sourceId)
// @param the page and the filters of findClaims (afterKey, afterId, beforeKey, beforeId, backward, limit, orderBy, predicates, statuses, ...)
// @returns id: string, sortKey -- the page, in order; claims are then loaded by id
// findClaims and findClaimsInIdOrder for a filter that names an entity or a source: they read
// claims in id order and test each against the filter, so a page of an entity with four claims read
// every claim of the graph (150 ms on the medium benchmark graph, 24,000 claims). This starts from
// the entity's or the source's own claims, and sorts them: its cost is theirs, in every order.
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
WITH c, CASE $orderBy
          WHEN 'CONFIDENCE_DESC' THEN -coalesce(c.confidence, -1.0)
          WHEN 'VALID_TIME' THEN coalesce(c.validStart, '9999-12-31')
          ELSE '' END AS sortKey
WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId))
  AND ($beforeId IS NULL OR sortKey < $beforeKey OR (sortKey = $beforeKey AND c.id < $beforeId))
RETURN c.id AS id, sortKey
ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE id END,
         CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN id END DESC
LIMIT toInteger($limit)
