// @name findFactsByKeys
// @param keys: {fromId, type, toId}[] -- type is a RelationshipType value (compared, never spliced)
// @returns relationship: RelationshipRow -- the facts that exist for these keys, one row each
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them.
UNWIND $keys AS k
MATCH (a:Entity {id: k.fromId})-[r]->(b:Entity {id: k.toId})
WHERE type(r) = k.type AND r.claimCount > 0
RETURN DISTINCT r { .*, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: a.id, toId: b.id } AS relationship
