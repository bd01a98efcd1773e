// @name countEntitySources
// @param entityIds: string[]
// @returns entityId: string, total: int
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
RETURN entityId, COUNT { MATCH (e)<-[:SUBJECT|OBJECT]-(:Claim)-[:CITED_IN]->(s:Source) RETURN DISTINCT s } AS total
