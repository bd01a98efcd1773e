// @name countRelationships
// @param the filters of findRelationships (anchorId included), without the page
// @returns total: int
CALL () {
  // Anchored on an entity when the filter names one (an index seek), else every fact.
  WITH * WHERE $anchorId IS NOT NULL
  MATCH (:Entity {id: $anchorId})-[r]-(:Entity)
  RETURN r, startNode(r) AS a, endNode(r) AS b
  UNION
  WITH * WHERE $anchorId IS NULL
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN r, a, b
}
WITH DISTINCT r, a, b
WHERE r.claimCount > 0
  AND ($types IS NULL OR type(r) IN $types)
  AND ($entityId IS NULL OR a.id = $entityId OR b.id = $entityId)
  AND ($fromId IS NULL OR a.id = $fromId)
  AND ($toId IS NULL OR b.id = $toId)
  AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
  AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
RETURN count(r) AS total
