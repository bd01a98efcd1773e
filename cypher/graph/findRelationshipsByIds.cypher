// @name findRelationshipsByIds
// @param ids: string[] -- fact ids (Relationship.factId)
// @returns relationship: RelationshipRow -- one row per fact found
// For Query.node: facts have no property index (their types are many), so this scans every fact;
// Query.node asks for it only for ids that are no entity, claim or source.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IN $ids AND r.claimCount > 0
RETURN r { .*, type: type(r), fromId: a.id, toId: b.id } AS relationship
