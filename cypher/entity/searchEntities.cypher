// @name searchEntities
// @param query: string -- a Lucene query built by src/entity/searchQuery.ts from escaped words
// @param kinds: string[] | null -- EntityKind values to keep, or null for all
// @param candidates: int -- how many index hits to consider before ranking
// @returns entity: EntityRow, score: float -- best Lucene score first
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: toInteger($candidates) }) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude } AS entity, score
ORDER BY score DESC
