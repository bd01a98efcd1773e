// @name findEntityHistory
// @param entityIds: string[]
// @returns entityId: string, changes: {at, by, action, summary}[] -- newest first
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})<-[:OF]-(c:Change)
WITH entityId, c ORDER BY c.at DESC
RETURN entityId, collect(c { at: toString(c.at), .by, .action, .summary }) AS changes
