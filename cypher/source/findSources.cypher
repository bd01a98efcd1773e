// @name findSources
// @param after: string | null -- the last id of the previous page
// @param limit: int -- page size plus one, to learn whether a next page exists
// @returns source: SourceRow -- ordered by id
// claimCount counts CITED_IN edges, which only claims have, so Neo4j reads the node's degree instead of visiting every claim.
MATCH (s:Source)
WHERE s.id > coalesce($after, '')
WITH s ORDER BY s.id LIMIT toInteger($limit)
RETURN s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } } AS source
