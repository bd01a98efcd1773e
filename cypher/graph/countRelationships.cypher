// @name countRelationships
// @param the filters of findRelationships, without after and limit
// @returns total: int
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.claimCount > 0
  AND ($types IS NULL OR type(r) IN $types)
  AND ($entityId IS NULL OR a.id = $entityId OR b.id = $entityId)
  AND ($fromId IS NULL OR a.id = $fromId)
  AND ($toId IS NULL OR b.id = $toId)
RETURN count(r) AS total
