// @name countRelationships
// @param the filters of findRelationships, without the page
// @returns total: int
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.claimCount > 0
  AND ($types IS NULL OR type(r) IN $types)
  AND ($entityId IS NULL OR a.id = $entityId OR b.id = $entityId)
  AND ($fromId IS NULL OR a.id = $fromId)
  AND ($toId IS NULL OR b.id = $toId)
  AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
  AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart))
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
RETURN count(r) AS total
