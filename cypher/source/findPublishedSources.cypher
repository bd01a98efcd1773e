// @name findPublishedSources
// @param entityIds: string[] -- one page per publisher, in one round trip
// @param afterId: string | null; limit: int -- page size plus one
// @returns entityId: string, page: string[] -- ids of the sources the entity published, ordered by id
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH (e)<-[:PUBLISHED_BY]-(s:Source)
  WHERE $afterId IS NULL OR s.id > $afterId
  RETURN s.id AS id ORDER BY id LIMIT toInteger($limit)
}
RETURN entityId, collect(id) AS page
