// @name findReviewQueue
// @param sourceId: string | null; predicates: string[] | null; rule: string | null -- the queue's filters
// @param afterKey, afterId / beforeKey, beforeId: the bounds of the range, each the sort key and id of an item (null: open)
// @param backward: boolean -- the last items of the range, from the end (src/support/pagination.ts) -- keys: when the claim was written, in epoch ms
// @param limit: int -- page size plus one
// @returns id: string, sortKey: int -- PENDING, unretracted claims, oldest first (by when written, then id)
MATCH (c:Claim)
WHERE c.reviewStatus = 'PENDING' AND c.status <> 'RETRACTED'
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($rule IS NULL OR c.extractionRule = $rule)
  AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
WITH c, coalesce(c.createdAt.epochMillis, 0) AS sortKey
WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId))
  AND ($beforeId IS NULL OR sortKey < $beforeKey OR (sortKey = $beforeKey AND c.id < $beforeId))
RETURN c.id AS id, sortKey
ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE id END,
         CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN id END DESC
LIMIT toInteger($limit)
