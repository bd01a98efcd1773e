// @name findEntitySources
// @param entityIds: string[] -- one page per entity, in one round trip
// @param afterId: string | null; limit: int -- page size plus one
// @returns entityId: string, page: string[] -- ids of the sources whose claims mention the entity, ordered by id
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH (e)<-[:SUBJECT|OBJECT]-(:Claim)-[:CITED_IN]->(s:Source)
  WITH DISTINCT s
  WHERE $afterId IS NULL OR s.id > $afterId
  RETURN s.id AS id ORDER BY id LIMIT toInteger($limit)
}
RETURN entityId, collect(id) AS page
