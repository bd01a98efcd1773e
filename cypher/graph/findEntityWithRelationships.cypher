// @name findEntityWithRelationships
// @param id: string -- the entity asked for; a merged entity's id resolves to the entity it was merged into
// @param direction: 'OUTGOING' | 'INCOMING' | 'BOTH'; types: string[] | null; asOf: string | null
// @param afterId, beforeId: string | null -- the bounds of the range (null: open); backward: boolean -- the last items of the range
// @param limit: int -- page size plus one
// @param withEnds, withClaims, withSources: boolean -- also read the facts' two ends, their claims, the claims' sources
// @param claimsFirst: int | null -- of each fact's claims (in claimIds order), read only this many (null: all of them)
// @param claimsUpTo: int | null -- except that a fact with at most this many claims has them all read (null: none is)
// @returns entity: EntityRow | null, page: RelationshipRow[], ends: EntityRow[], claims: ClaimRow[], sources: SourceRow[]
// `entity(id) { relationships { ... from to claims { source } } }` in one round trip, where DataLoader
// takes four (docs/architecture.md, "Reads in one statement"). Each part has the shape of the query
// the DataLoaders run (findEntitiesByIds, findEntityRelationships, findClaimsByIds, findSourcesByIds),
// so the API primes its loaders with them and every field resolves as it would without this query;
// tests/cypher/singleStatementReads.shape.test.ts holds the projections equal.
// A fact a feed reports every day has thousands of claims, and `claims(first: 3)` shows three: the
// claims read are those the selection shows (claimsFirst), and all of a small fact's in a view as
// of a date, which derives the fact from them (claimsUpTo). The rest are left to the loaders.
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them.
OPTIONAL MATCH (t:Tombstone {id: $id})
OPTIONAL MATCH (n:Entity {id: coalesce(t.mergedInto, $id)})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE r.claimCount > 0
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($afterId IS NULL OR r.id > $afterId) AND ($beforeId IS NULL OR r.id < $beforeId)
  WITH r ORDER BY CASE WHEN $backward THEN null ELSE r.id END, CASE WHEN $backward THEN r.id END DESC LIMIT toInteger($limit)
  RETURN collect(r { .*, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: startNode(r).id, toId: endNode(r).id }) AS page
}
CALL (page) {
  WITH * WHERE $withEnds
  UNWIND page AS fact
  UNWIND [fact.fromId, fact.toId] AS endId
  WITH DISTINCT endId
  MATCH (n:Entity {id: endId})
  RETURN collect(n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
                     createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) }) AS ends
}
CALL (page) {
  WITH * WHERE $withClaims
  UNWIND page AS fact
  UNWIND CASE WHEN $claimsFirst IS NULL OR size(fact.claimIds) <= coalesce($claimsUpTo, -1) THEN fact.claimIds
              ELSE fact.claimIds[0..$claimsFirst] END AS claimId
  WITH DISTINCT claimId
  MATCH (c:Claim {id: claimId})-[:CITED_IN]->(s:Source)
  RETURN collect(c { .*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt), reviewedAt: toString(c.reviewedAt),
           subjectId: [(c)-[:SUBJECT]->(e) | e.id][0],
           objectId: [(c)-[:OBJECT]->(o) | o.id][0],
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0],
           intermediaryId: [(c)-[:RELAYED_BY]->(v) | v.id][0],
           correctsId: [(c)-[:CORRECTS]->(o:Claim) | o.id][0],
           correctedById: [(c)<-[:CORRECTS]-(n:Claim) | n.id][0],
           sourceId: s.id,
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0] }) AS claims,
         collect(DISTINCT s) AS cited
}
CALL (cited) {
  WITH * WHERE $withSources
  UNWIND cited AS s
  RETURN collect(s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } }) AS sources
}
RETURN n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
           createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) } AS entity,
       page, ends, claims, sources
