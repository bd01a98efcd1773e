// @name searchEntities
// @param everyWord: string -- a Lucene query needing every word, built by src/entity/searchQuery.ts from escaped words
// @param anyWord: string | null -- the same words, any one of them: asked only when no entity holds every word; null for one word
// @param kinds: string[] | null -- EntityKind values to keep, or null for all
// @param candidates: int -- how many index hits to consider before ranking
// @returns entity: EntityRow, score: float -- best Lucene score first
// One round trip either way: the second index query runs only when the first found nothing.
CALL db.index.fulltext.queryNodes('entity_search', $everyWord, { limit: toInteger($candidates) }) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH collect({ node: node, score: score }) AS everyWordHits
// An aggregating subquery gives one row even when its WHERE lets nothing through: [] then.
CALL (everyWordHits) {
  WITH everyWordHits WHERE size(everyWordHits) = 0 AND $anyWord IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', $anyWord, { limit: toInteger($candidates) }) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN collect({ node: node, score: score }) AS anyWordHits
}
UNWIND everyWordHits + anyWordHits AS hit
WITH hit.node AS node, hit.score AS score
RETURN node { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude } AS entity, score
ORDER BY score DESC
