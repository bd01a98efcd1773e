// @name recordSources
// @param sources: {id, knownAt, title, url, contentHash, text, publishedAt, publishedAtPrecision, publisherId}[] -- ids from the canonical URL or content hash, each once; text null when not at hand
// @param actor: string -- who records them
// @returns id: string, source: SourceRow, created, publisherAdded: boolean -- one row per input; created is false when the source was already recorded;
//   publisherAdded is true when a source recorded before gets a publisher it did not have (its claims' origins move: src/write/bundle.ts)
// A source has one publisher: the first named stays (an analyst's "BBC" over a feed's "bbc.co.uk"
// for the same address), and the row's publisherId says which it is.
// One statement for a batch of sources (an import, a feed file), not one per source.
// claimCount counts CITED_IN edges, which only claims have, so Neo4j reads the node's degree instead of visiting every claim.
UNWIND $sources AS src
MERGE (s:Source {id: src.id})
  ON CREATE SET s.title = src.title, s.url = src.url, s.contentHash = src.contentHash,
                s.publishedAt = src.publishedAt, s.publishedAtPrecision = src.publishedAtPrecision,
                s.knownAt = src.knownAt, s.retrievedAt = datetime(), s.createdAt = datetime(),
                s.createdBy = $actor
// The text is kept the first time it is at hand (sources recorded before it was kept get it then).
SET s.text = coalesce(s.text, src.text)
WITH s, src, s.createdAt = datetime() AS created,
     src.publisherId IS NOT NULL AND NOT EXISTS { (s)-[:PUBLISHED_BY]->() } AS unpublished
CALL (s, src, unpublished) {
  WITH * WHERE unpublished
  MATCH (p:Entity {id: src.publisherId})
  CREATE (s)-[:PUBLISHED_BY]->(p)
}
RETURN src.id AS id,
       s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } } AS source,
       created,
       unpublished AND NOT created AND EXISTS { (s)-[:PUBLISHED_BY]->() } AS publisherAdded
