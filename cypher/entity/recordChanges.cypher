// @name recordChanges
// @param changes: {entityId, by, action, summary}[] -- one per entity a write touched
// @returns entityId: string
// History is append-only: a :Change node per write, linked to the entity it touched.
UNWIND $changes AS ch
MATCH (e:Entity {id: ch.entityId})
CREATE (c:Change {at: datetime(), by: ch.by, action: ch.action, summary: ch.summary})-[:OF]->(e)
RETURN e.id AS entityId
