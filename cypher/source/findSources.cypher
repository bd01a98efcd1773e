// @name findSources
// @param afterId, beforeId: string | null -- the bounds of the range (null: open); backward: boolean -- the last items of the range
// @param limit: int -- page size plus one, to learn whether a next page exists
// @returns source: SourceRow -- ordered by id
// claimCount counts CITED_IN edges, which only claims have, so Neo4j reads the node's degree instead of visiting every claim.
MATCH (s:Source)
WHERE s.id > coalesce($afterId, '') AND ($beforeId IS NULL OR s.id < $beforeId)
WITH s ORDER BY CASE WHEN $backward THEN null ELSE s.id END, CASE WHEN $backward THEN s.id END DESC LIMIT toInteger($limit)
RETURN s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } } AS source
