// @name recordSource
// @param source: {id, knownAt, title, url, contentHash, text, publishedAt, publishedAtPrecision, publisherId} -- id from the canonical URL or content hash; text null when not at hand
// @param actor: string -- who records it
// @returns source: SourceRow, created: boolean -- created is false when the source was already recorded
// claimCount counts CITED_IN edges, which only claims have, so Neo4j reads the node's degree instead of visiting every claim.
MERGE (s:Source {id: $source.id})
  ON CREATE SET s.title = $source.title, s.url = $source.url, s.contentHash = $source.contentHash,
                s.publishedAt = $source.publishedAt, s.publishedAtPrecision = $source.publishedAtPrecision,
                s.knownAt = $source.knownAt, s.retrievedAt = datetime(), s.createdAt = datetime(),
                s.createdBy = $actor
// The text is kept the first time it is at hand (sources recorded before it was kept get it then).
SET s.text = coalesce(s.text, $source.text)
WITH s, s.createdAt = datetime() AS created
CALL (s) {
  MATCH (p:Entity {id: $source.publisherId})
  MERGE (s)-[:PUBLISHED_BY]->(p)
}
RETURN s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } } AS source,
       created
