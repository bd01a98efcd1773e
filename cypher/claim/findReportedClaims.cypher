// @name findReportedClaims
// @param entityIds: string[] -- one page per reporter, in one round trip
// @param afterId: string | null; limit: int -- page size plus one
// @returns entityId: string, page: string[] -- ids of the claims the entity is the reporter of, ordered by id
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH (e)<-[:REPORTED_BY]-(c:Claim)
  WHERE $afterId IS NULL OR c.id > $afterId
  RETURN c.id AS id ORDER BY id LIMIT toInteger($limit)
}
RETURN entityId, collect(id) AS page
