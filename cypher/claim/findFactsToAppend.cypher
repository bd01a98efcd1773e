// @name findFactsToAppend
// @param triples: {key, fromId, type, toId, claimIds, sourceIds}[] -- triples a write only added claims to: their triple key, ends and type
//   (from the RelationshipType enum), the added claims' ids and their sources' ids
// @returns key: string, props: map, sourcesFresh: boolean -- one row per triple whose fact exists: its stored properties, and whether
//   no counted claim of the triple other than the added ones (neither retracted nor rejected) is cited in one of the added claims' sources
// What appending claims to a fact needs (src/claim/appendToFact.ts), in one round trip and without
// the triple's other claims: the stored fact, and the check that the added claims' sources are new
// to the triple. The check walks from each source (a handful of claims each), never the triple's
// claims: a triple a feed reports every day has thousands. The hint keeps it so: planned while the
// triple was small, a seek on the claims' triple key looked as cheap, and stayed in the plan cache.
UNWIND $triples AS t
MATCH (a:Entity {id: t.fromId}), (b:Entity {id: t.toId})
// Both ends bound first, so the walk is Expand(Into), as writeFacts does.
CALL (a, b, t) {
  MATCH (a)-[r:$(t.type)]->(b)
  RETURN properties(r) AS props
}
RETURN t.key AS key, props,
       NOT EXISTS {
         UNWIND t.sourceIds AS sourceId
         MATCH (s:Source {id: sourceId})<-[:CITED_IN]-(other:Claim)
         USING INDEX s:Source(id)
         WHERE other.tripleKey = t.key AND NOT other.id IN t.claimIds
           AND other.status <> 'RETRACTED' AND coalesce(other.reviewStatus, 'ACCEPTED') <> 'REJECTED'
       } AS sourcesFresh
