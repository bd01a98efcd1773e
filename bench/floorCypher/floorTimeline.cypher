// @name floorTimeline
// @param entityId: string -- the entity whose claims are listed (as subject or object)
// @param afterKey, afterId: string | null -- the cursor's sort key and id (null: from the start)
// @param limit: int -- page size plus one
// @returns page: {sortKey, node}[] -- Q5's claims in valid-time order, each node shaped as our answer's
// Q5 of the benchmark as one statement for the "floor over HTTP" (bench/floorServer.ts): a timeline
// page, ordered by valid start (undated last) then id, each claim with its source, projected
// straight into the JSON our GraphQL answer has; the handler only turns sort keys into cursors.
MATCH (:Entity {id: $entityId})<-[:SUBJECT|OBJECT]-(c:Claim)
WITH DISTINCT c
WITH c, coalesce(c.validStart, '9999-12-31') AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId)
WITH c, sortKey ORDER BY sortKey, c.id LIMIT toInteger($limit)
RETURN collect({sortKey: sortKey, node: c {
  .id, .text,
  validFrom: CASE WHEN c.validFrom IS NULL OR c.validFrom = '' THEN null
                  ELSE {iso: c.validFrom, precision: coalesce(c.validFromPrecision, CASE size(c.validFrom) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END)} END,
  .confidence, .status,
  source: [(c)-[:CITED_IN]->(s:Source) | s { .id, .title }][0]
}}) AS page
