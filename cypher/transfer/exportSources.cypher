// @name exportSources
// @param after: string -- the last id of the previous batch ('' for the first); limit: int
// @returns source: map -- every source, in id order
MATCH (s:Source)
WHERE s.id > $after
WITH s ORDER BY s.id LIMIT toInteger($limit)
RETURN s { .id, .url, .title, .contentHash, .publishedAt, publisherId: [(s)-[:PUBLISHED_BY]->(p:Entity) | p.id][0] } AS source
