// @name countEntityRelationships
// @param entityIds: string[]; direction, types, asOf: as in findEntityRelationships
// @returns entityId: string, total: int
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
RETURN entityId, COUNT {
  MATCH (e)-[r]-(m:Entity)
  WHERE r.claimCount > 0
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
} AS total
