// @name findRelationshipsByIds
// @param ids: string[] -- fact ids (Relationship.factId)
// @returns relationship: RelationshipRow -- one row per fact found
// For Query.node: facts have no property index (their types are many), so this scans every fact;
// Query.node asks for it only for ids that are no entity, claim or source.
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IN $ids AND r.claimCount > 0
RETURN r { .*, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: a.id, toId: b.id } AS relationship
