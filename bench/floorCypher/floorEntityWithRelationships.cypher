// @name floorEntityWithRelationships
// @param id: string -- the entity asked for; a merged entity's id resolves to the entity it was merged into
// @param limit: int -- the page size (Q1 asks for 20)
// @returns data: the `entity` of Q1's answer, as our API shapes it (null when no entity has the id)
// Q1 of the benchmark as one statement for the "floor over HTTP" (bench/floorServer.ts): the entity,
// its first facts in id order, their two ends, and each fact's claims (in the fact's claimIds order)
// with their sources, projected straight into the JSON our GraphQL answer has. The same reads as
// cypher/graph/findEntityWithRelationships.cypher, without the rows our loaders need beside them.
OPTIONAL MATCH (t:Tombstone {id: $id})
OPTIONAL MATCH (n:Entity {id: coalesce(t.mergedInto, $id)})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE r.claimCount > 0
  WITH r ORDER BY r.id LIMIT toInteger($limit)
  RETURN collect({node: r {
    .id, type: type(r), .confidence, claimCount: coalesce(r.claimCount, 0),
    validFrom: CASE WHEN r.validFrom IS NULL OR r.validFrom = '' THEN null
                    ELSE {iso: r.validFrom, precision: coalesce(r.validFromPrecision, CASE size(r.validFrom) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END)} END,
    from: {id: startNode(r).id, name: startNode(r).name},
    to: {id: endNode(r).id, name: endNode(r).name},
    claims: [claimId IN coalesce(r.claimIds, []) | [(c:Claim {id: claimId})-[:CITED_IN]->(s:Source) | c {
      .id, .text, .confidence, .status,
      validFrom: CASE WHEN c.validFrom IS NULL OR c.validFrom = '' THEN null
                      ELSE {iso: c.validFrom, precision: coalesce(c.validFromPrecision, CASE size(c.validFrom) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END)} END,
      source: s { .id, .title, .url, publishedAt: CASE WHEN s.publishedAt IS NULL OR s.publishedAt = '' THEN null ELSE {iso: s.publishedAt} END }
    }][0]]
  }}) AS edges
}
RETURN CASE WHEN n IS NULL THEN null
            ELSE n { .id, .name, .kind, aliases: coalesce(n.aliases, []), relationships: {edges: edges} } END AS data
