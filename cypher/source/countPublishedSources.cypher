// @name countPublishedSources
// @param entityIds: string[]
// @returns entityId: string, total: int -- sources the entity published
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
RETURN entityId, COUNT { (e)<-[:PUBLISHED_BY]-(:Source) } AS total
