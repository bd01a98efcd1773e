// @name floorClaimsPage
// @param afterId: string | null -- the cursor's id (null: from the start)
// @param limit: int -- page size plus one
// @param predicates: string[] | null; windowStart, windowEnd: string | null; keepUndated: boolean; minConfidence: float | null
// @returns page: {node}[] -- Q6c's claims in id order, each node shaped as our answer's
// Q6c of the benchmark as one statement for the "floor over HTTP" (bench/floorServer.ts): a claims
// page in id order with the filters Q6c uses, read as cypher/claim/findClaimPageInIdOrder.cypher
// reads it (the id index gives the order, so Neo4j stops when the page is full), each claim with
// its subject and source, projected straight into the JSON our GraphQL answer has.
MATCH (c:Claim)
WHERE c.id > coalesce($afterId, '')
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
  AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
WITH c ORDER BY c.id LIMIT toInteger($limit)
RETURN collect({node: c {
  .id, .text, .predicate, .confidence,
  validFrom: CASE WHEN c.validFrom IS NULL OR c.validFrom = '' THEN null
                  ELSE {iso: c.validFrom, precision: coalesce(c.validFromPrecision, CASE size(c.validFrom) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END)} END,
  subject: [(c)-[:SUBJECT]->(e:Entity) | e { .id, .name }][0],
  source: [(c)-[:CITED_IN]->(s:Source) | s { .id, .title }][0]
}}) AS page
