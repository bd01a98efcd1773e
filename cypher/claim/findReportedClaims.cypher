// @name findReportedClaims
// @param entityIds: string[] -- one page per reporter, in one round trip
// @param afterId, beforeId: string | null -- the bounds of the range (null: open); backward: boolean -- the last items of the range
// @param limit: int -- page size plus one
// @returns entityId: string, page: string[] -- ids of the claims the entity is the reporter of, ordered by id
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH (e)<-[:REPORTED_BY]-(c:Claim)
  WHERE ($afterId IS NULL OR c.id > $afterId) AND ($beforeId IS NULL OR c.id < $beforeId)
  RETURN c.id AS id ORDER BY CASE WHEN $backward THEN null ELSE id END, CASE WHEN $backward THEN id END DESC LIMIT toInteger($limit)
}
RETURN entityId, collect(id) AS page
