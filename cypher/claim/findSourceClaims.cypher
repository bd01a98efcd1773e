// @name findSourceClaims
// @param sourceIds: string[] -- one page per source, in one round trip
// @param afterKey: int | null, afterId: string | null -- the previous page's last claim (its position in the text, and id)
// @param limit: int -- page size plus one
// @returns sourceId: string, page: {id, sortKey}[] -- every claim citing the source, any review status, in text order (no span last), then by id
UNWIND $sourceIds AS sourceId
MATCH (s:Source {id: sourceId})
CALL (s) {
  MATCH (s)<-[:CITED_IN]-(c:Claim)
  WITH c, coalesce(c.textStart, 2147483647) AS sortKey
  WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId)
  RETURN c.id AS id, sortKey ORDER BY sortKey, id LIMIT toInteger($limit)
}
RETURN sourceId, collect({id: id, sortKey: sortKey}) AS page
