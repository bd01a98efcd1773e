// @name findReviewQueue
// @param sourceId: string | null; predicates: string[] | null; rule: string | null -- the queue's filters
// @param afterKey: int | null, afterId: string | null -- the previous page's last claim (when it was written, in epoch ms, and id)
// @param limit: int -- page size plus one
// @returns id: string, sortKey: int -- PENDING, unretracted claims, oldest first (by when written, then id)
MATCH (c:Claim)
WHERE c.reviewStatus = 'PENDING' AND c.status <> 'RETRACTED'
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($rule IS NULL OR c.extractionRule = $rule)
  AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
WITH c, coalesce(c.createdAt.epochMillis, 0) AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId)
RETURN c.id AS id, sortKey
ORDER BY sortKey, id
LIMIT toInteger($limit)
