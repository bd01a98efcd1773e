// @name floorSearch
// @param query: string -- the Lucene query needing every word that src/entity/searchQuery.ts builds from the text
// @param wanted: string -- the text, normalised as names are (src/support/ids.ts, normalizeName)
// @param candidates: int -- how many index hits to rank; first: int -- how many to return
// @returns data: Q3's `search` list, shaped as our answer's
// Q3 of the benchmark as one statement for the "floor over HTTP" (bench/floorServer.ts): the
// full-text index's candidates ranked as src/entity/searchQuery.ts ranks them (an exact name, then
// an exact alias, then Lucene's score; the tier's bonus added to the score), in Cypher. Names are
// compared lower-cased, which is what normalizeName gives for names of letters, digits and single
// spaces (the benchmark graph's); a name with accents or punctuation could rank differently.
// Ours falls back to any word when no entity holds every word; the workload's text always has one.
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: toInteger($candidates) }) YIELD node, score
WITH node, score,
     CASE WHEN toLower(node.name) = $wanted THEN 0
          WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $wanted) THEN 1
          ELSE 2 END AS tier
WITH node, tier, score + CASE tier WHEN 0 THEN 100 WHEN 1 THEN 50 ELSE 0 END AS ranked
ORDER BY tier, ranked DESC, node.name
LIMIT toInteger($first)
RETURN collect({score: ranked, entity: node { .id, .name, .kind }}) AS data
