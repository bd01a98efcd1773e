// @name findSourcesByIds
// @param ids: string[] -- source ids
// @returns source: SourceRow -- one row per id that exists
// claimCount counts CITED_IN edges, which only claims have, so Neo4j reads the node's degree instead of visiting every claim.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } } AS source
