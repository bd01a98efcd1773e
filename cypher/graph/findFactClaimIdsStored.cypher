// @name findFactClaimIdsStored
// @param facts: {fromId, type, toId}[] -- facts (type from the RelationshipType enum) read without their claim ids
// @returns fromId, type, toId: string, claimIds: string[] -- each fact's stored claimIds, in id order; no row for a fact that is gone
// A page that shows no claims leaves a fact's claim ids in Neo4j (withClaimIds); a field that turns
// out to need them reads them here. Both ends are bound first, so the walk is Expand(Into).
UNWIND $facts AS f
MATCH (a:Entity {id: f.fromId}), (b:Entity {id: f.toId})
CALL (a, b, f) {
  MATCH (a)-[r:$(f.type)]->(b)
  RETURN r
}
RETURN f.fromId AS fromId, f.type AS type, f.toId AS toId, r.claimIds AS claimIds
