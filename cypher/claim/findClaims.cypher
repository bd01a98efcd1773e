// @name findClaims
// @param afterKey, afterId / beforeKey, beforeId: the bounds of the range, each the sort key and id of an item (null: open)
// @param backward: boolean -- the last items of the range, from the end (src/support/pagination.ts)
// @param idFloor: string -- afterId when ordered by id, else ''
// @param limit: int -- page size plus one
// @param orderBy: 'ID' | 'CONFIDENCE_DESC' | 'VALID_TIME'
// @param predicates, statuses: string[] | null; attribution, polarity, entityId, subjectId, objectId, reportedById, sourceId: string | null
// @param asOf: string | null -- only claims known by this day; windowStart, windowEnd: string | null -- valid-time overlap
// @param minConfidence: float | null; excludeUnattributedOnly: boolean
// @param knownAfter, knownBy: string | null -- claims learned in (knownAfter, knownBy]; reviewStatuses: string[] | null (a claim with none is ACCEPTED)
// @returns id: string, sortKey -- the page, in order; claims are then loaded by id
MATCH (c:Claim)
// Every id is above '': the range lets the planner start from the uniqueness index, and in id order
// it starts right after the previous page.
WHERE c.id > $idFloor
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($attribution IS NULL OR c.attribution = $attribution)
  AND ($polarity IS NULL OR c.polarity = $polarity)
  AND ($asOf IS NULL OR c.knownAt <= $asOf)
  AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
  AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
  AND (NOT $excludeUnattributedOnly OR NOT c.unattributedOnly)
  AND ($entityId IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $entityId}) })
  AND ($subjectId IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subjectId}) })
  AND ($objectId IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $objectId}) })
  AND ($reportedById IS NULL OR EXISTS { (c)-[:REPORTED_BY]->(:Entity {id: $reportedById}) })
  AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
  AND ($knownAfter IS NULL OR c.knownAt > $knownAfter)
  AND ($knownBy IS NULL OR c.knownAt <= $knownBy)
  AND ($reviewStatuses IS NULL OR coalesce(c.reviewStatus, 'ACCEPTED') IN $reviewStatuses)
WITH c, CASE $orderBy
          WHEN 'CONFIDENCE_DESC' THEN -coalesce(c.confidence, -1.0)
          WHEN 'VALID_TIME' THEN coalesce(c.validStart, '9999-12-31')
          ELSE '' END AS sortKey
WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId))
  AND ($beforeId IS NULL OR sortKey < $beforeKey OR (sortKey = $beforeKey AND c.id < $beforeId))
RETURN c.id AS id, sortKey
ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE id END,
         CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN id END DESC
LIMIT toInteger($limit)
