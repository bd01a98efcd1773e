// @name countReviewQueue
// @param sourceId: string | null; predicates: string[] | null; rule: string | null -- as in findReviewQueue
// @returns total: int
MATCH (c:Claim)
WHERE c.reviewStatus = 'PENDING' AND c.status <> 'RETRACTED'
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($rule IS NULL OR c.extractionRule = $rule)
  AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
RETURN count(c) AS total
