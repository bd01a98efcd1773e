// @name findRelationships
// @param afterKey, afterId / beforeKey, beforeId: the bounds of the range, each the sort key and id of an item (null: open)
// @param backward: boolean -- the last items of the range, from the end (src/support/pagination.ts)
// @param limit: int -- page size plus one
// @param orderBy: 'ID' | 'CONFIDENCE_DESC'
// @param types: string[] | null; entityId, fromId, toId: string | null; anchorId: whichever of them is set, or null
// @param asOf: string | null -- facts with a claim known by then; windowStart, windowEnd: valid-time overlap
// @param minConfidence: float | null; excludeUnattributedOnly: boolean
// @param withClaimIds: boolean -- return each fact's claimIds (false: an empty list, which the API reads again only if a field needs them)
// @returns relationship: RelationshipRow, sortKey, id -- in the direction of the page
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them; nor its claim
// ids, unless the selection shows its claims or origins (withClaimIds).
CALL () {
  // Anchored on an entity when the filter names one (an index seek), else every fact.
  WITH * WHERE $anchorId IS NOT NULL
  MATCH (:Entity {id: $anchorId})-[r]-(:Entity)
  RETURN r, startNode(r) AS a, endNode(r) AS b
  UNION
  WITH * WHERE $anchorId IS NULL
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN r, a, b
}
WITH DISTINCT r, a, b
WHERE r.claimCount > 0
  AND ($types IS NULL OR type(r) IN $types)
  AND ($entityId IS NULL OR a.id = $entityId OR b.id = $entityId)
  AND ($fromId IS NULL OR a.id = $fromId)
  AND ($toId IS NULL OR b.id = $toId)
  AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
  AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
WITH r, a, b, CASE $orderBy WHEN 'CONFIDENCE_DESC' THEN -coalesce(r.confidence, -1.0) ELSE '' END AS sortKey
WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND r.id > $afterId))
  AND ($beforeId IS NULL OR sortKey < $beforeKey OR (sortKey = $beforeKey AND r.id < $beforeId))
RETURN r { .*, claimIds: CASE WHEN $withClaimIds THEN r.claimIds ELSE [] END, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: a.id, toId: b.id } AS relationship, sortKey, r.id AS id
ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE id END,
         CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN id END DESC
LIMIT toInteger($limit)
