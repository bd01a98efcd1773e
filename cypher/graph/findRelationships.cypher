// @name findRelationships
// @param after: string | null -- the last id of the previous page
// @param limit: int -- page size plus one
// @param types: string[] | null; entityId, fromId, toId: string | null
// @returns relationship: RelationshipRow -- facts ordered by id
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.claimCount > 0
  AND ($after IS NULL OR r.id > $after)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($entityId IS NULL OR a.id = $entityId OR b.id = $entityId)
  AND ($fromId IS NULL OR a.id = $fromId)
  AND ($toId IS NULL OR b.id = $toId)
WITH r, a, b ORDER BY r.id LIMIT toInteger($limit)
RETURN r { .*, type: type(r), fromId: a.id, toId: b.id } AS relationship
