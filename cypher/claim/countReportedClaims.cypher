// @name countReportedClaims
// @param entityIds: string[]
// @returns entityId: string, total: int -- claims the entity is the reporter of
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
RETURN entityId, COUNT { (e)<-[:REPORTED_BY]-(:Claim) } AS total
