// @name findSourceClaims
// @param sourceIds: string[] -- one page per source, in one round trip
// @param afterKey, afterId / beforeKey, beforeId: the bounds of the range, each the sort key and id of an item (null: open)
// @param backward: boolean -- the last items of the range, from the end (src/support/pagination.ts) -- keys: the claim's position in the text
// @param limit: int -- page size plus one
// @returns sourceId: string, page: {id, sortKey}[] -- every claim citing the source, any review status, in text order (no span last), then by id
UNWIND $sourceIds AS sourceId
MATCH (s:Source {id: sourceId})
CALL (s) {
  MATCH (s)<-[:CITED_IN]-(c:Claim)
  WITH c, coalesce(c.textStart, 2147483647) AS sortKey
  WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId))
    AND ($beforeId IS NULL OR sortKey < $beforeKey OR (sortKey = $beforeKey AND c.id < $beforeId))
  RETURN c.id AS id, sortKey
  ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE id END,
           CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN id END DESC
  LIMIT toInteger($limit)
}
RETURN sourceId, collect({id: id, sortKey: sortKey}) AS page
