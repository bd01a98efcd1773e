// @name findEntitySources
// @param entityIds: string[] -- one page per entity, in one round trip
// @param afterId, beforeId: string | null -- the bounds of the range (null: open); backward: boolean -- the last items of the range
// @param limit: int -- page size plus one
// @returns entityId: string, page: string[] -- ids of the sources whose claims mention the entity, ordered by id
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH (e)<-[:SUBJECT|OBJECT]-(:Claim)-[:CITED_IN]->(s:Source)
  WITH DISTINCT s
  WHERE ($afterId IS NULL OR s.id > $afterId) AND ($beforeId IS NULL OR s.id < $beforeId)
  RETURN s.id AS id ORDER BY CASE WHEN $backward THEN null ELSE id END, CASE WHEN $backward THEN id END DESC LIMIT toInteger($limit)
}
RETURN entityId, collect(id) AS page
