// @name countEntityClaims
// @param entityIds: string[]; asOf, windowStart, windowEnd: as in findEntityClaims
// @returns entityId: string, total: int
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
RETURN entityId, COUNT {
  MATCH (e)<-[:SUBJECT|OBJECT]-(c:Claim)
  WHERE ($asOf IS NULL OR c.knownAt <= $asOf)
    AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
  RETURN DISTINCT c
} AS total
