// @name findFactsByKeys
// @param keys: {fromId, type, toId}[] -- type is a RelationshipType value (compared, never spliced)
// @returns relationship: RelationshipRow -- the facts that exist for these keys, one row each
UNWIND $keys AS k
MATCH (a:Entity {id: k.fromId})-[r]->(b:Entity {id: k.toId})
WHERE type(r) = k.type AND r.claimCount > 0
RETURN DISTINCT r { .*, type: type(r), fromId: a.id, toId: b.id } AS relationship
