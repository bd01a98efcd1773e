// @name findEntityWithClaims
// @param entityId: string -- the entity asked for; a merged entity's id resolves to the entity it was merged into (the page, as findEntityClaims, is that of the id itself)
// @param orderBy: 'ID' | 'VALID_TIME'
// @param afterKey, afterId / beforeKey, beforeId: the bounds of the range, each the sort key and id of an item (null: open)
// @param backward: boolean -- the last items of the range, from the end (src/support/pagination.ts)
// @param asOf: string | null; windowStart, windowEnd: string | null -- valid-time overlap; keepUndated: boolean
// @param places: boolean -- also the claims about the places in it (cypher/claim/findEntityClaims.cypher)
// @param limit: int -- page size plus one
// @param withSources: boolean -- also read the claims' sources
// @param entityLinks: string[] -- also read the entities the claims name through these (SUBJECT, OBJECT, REPORTED_BY, RELAYED_BY); withPublishers: boolean -- and the sources' publishers
// @returns entity: EntityRow | null, page: {id, sortKey}[], claims: ClaimRow[], sources: SourceRow[], entities: EntityRow[]
// `timeline(entityId) { edges { node { ... source subject object } } }` in one round trip, where
// DataLoader takes four (docs/architecture.md, "Reads in one statement"). Each part has the shape
// of the query the DataLoaders run (findEntitiesByIds, findEntityClaims, findClaimsByIds,
// findSourcesByIds), so the API primes its loaders with them and every field resolves as it would
// without this query; tests/cypher/singleStatementReads.shape.test.ts holds the projections equal.
OPTIONAL MATCH (t:Tombstone {id: $entityId})
OPTIONAL MATCH (n:Entity {id: coalesce(t.mergedInto, $entityId)})
CALL () {
  MATCH (e:Entity {id: $entityId})
  CALL (e) {
    // With $places, the places in it too: what LOCATED_IN facts put in it, up to three levels down, as of $asOf.
    WITH e WHERE $places
    // Places only, all the way down: a person or a force LOCATED_IN it is not one of its places.
    MATCH (e)<-[located:LOCATED_IN*1..3]-(p:Location)
    WHERE all(r IN located WHERE startNode(r):Location) AND p <> e
      AND ($asOf IS NULL OR all(r IN located WHERE any(k IN r.claimKnownAt WHERE k <= $asOf)))
    RETURN collect(DISTINCT p) AS places
  }
  UNWIND [e] + places AS about
  MATCH (about)<-[link:SUBJECT|OBJECT]-(c:Claim)
  WHERE ($asOf IS NULL OR c.knownAt <= $asOf)
    AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
  // With places, the claims that say where one of its places lies are left out (each is reached
  // from that place as its subject); those of a person or a force located there, and its own, stay.
  WITH c, sum(CASE WHEN $places AND c.predicate = 'LOCATED_IN' AND type(link) = 'SUBJECT' AND about <> e THEN 1 ELSE 0 END) AS placing
  WHERE placing = 0
  WITH c, CASE $orderBy WHEN 'VALID_TIME' THEN coalesce(c.validStart, '9999-12-31') ELSE '' END AS sortKey
  WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId))
    AND ($beforeId IS NULL OR sortKey < $beforeKey OR (sortKey = $beforeKey AND c.id < $beforeId))
  WITH c.id AS id, sortKey
  ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE id END,
           CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN id END DESC
  LIMIT toInteger($limit)
  RETURN collect({id: id, sortKey: sortKey}) AS page
}
CALL (page) {
  UNWIND page AS item
  MATCH (c:Claim {id: item.id})-[:CITED_IN]->(s:Source)
  RETURN collect(c { .*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt), reviewedAt: toString(c.reviewedAt),
           subjectId: [(c)-[:SUBJECT]->(e) | e.id][0],
           objectId: [(c)-[:OBJECT]->(o) | o.id][0],
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0],
           intermediaryId: [(c)-[:RELAYED_BY]->(v) | v.id][0],
           correctsId: [(c)-[:CORRECTS]->(o:Claim) | o.id][0],
           correctedById: [(c)<-[:CORRECTS]-(n:Claim) | n.id][0],
           sourceId: s.id,
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0] }) AS claims,
         collect(DISTINCT s) AS cited,
         collect(c) AS claimNodes
}
CALL (cited) {
  WITH * WHERE $withSources
  UNWIND cited AS s
  RETURN collect(s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } }) AS sources
}
CALL (claimNodes, cited) {
  CALL (claimNodes, cited) {
    WITH * WHERE size($entityLinks) > 0
    UNWIND claimNodes AS c
    MATCH (c)-[link:SUBJECT|OBJECT|REPORTED_BY|RELAYED_BY]->(n:Entity)
    WHERE type(link) IN $entityLinks
    RETURN n
    UNION
    WITH * WHERE $withPublishers
    UNWIND cited AS s
    MATCH (s)-[:PUBLISHED_BY]->(n:Entity)
    RETURN n
  }
  WITH DISTINCT n
  RETURN collect(n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
                     createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) }) AS entities
}
RETURN n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
           createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) } AS entity,
       page, claims, sources, entities
