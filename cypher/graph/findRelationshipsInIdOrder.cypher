// @name findRelationshipsInIdOrder
// @param afterId, beforeId: string | null -- the bounds of the range (null: open), read forward
// @param limit: int -- page size plus one
// @param types: string[] | null; asOf: string | null -- facts with a claim known by then; windowStart, windowEnd, keepUndated: valid-time overlap
// @param minConfidence: float | null; excludeUnattributedOnly: boolean
// @returns relationship: RelationshipRow, sortKey: '', id -- the page in id order
// findRelationships for a page in id order that names no entity (the relationships page of
// Query.relationships with type, time and confidence filters only). A relationship property index
// needs one type, so there is one branch per fact type (fact_id_<TYPE> in cypher/schema/constraints.cypher):
// each reads its facts from the cursor on in index order and stops when it has a page, and the
// branches are merged. A page costs about a page per type asked, where findRelationships reads
// every fact. tests/cypher/singleStatementReads.shape.test.ts checks that the branches are the fact
// types of src/vocabulary and differ only in their type.
CALL () {
  WITH * WHERE $types IS NULL OR 'DEPLOYED_TO' IN $types
  MATCH (a:Entity)-[r:DEPLOYED_TO]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'CAPTURED_BY' IN $types
  MATCH (a:Entity)-[r:CAPTURED_BY]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'ALLIED_WITH' IN $types
  MATCH (a:Entity)-[r:ALLIED_WITH]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'SUPPORTS' IN $types
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'FIGHTS_IN' IN $types
  MATCH (a:Entity)-[r:FIGHTS_IN]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'LOCATED_IN' IN $types
  MATCH (a:Entity)-[r:LOCATED_IN]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'PART_OF' IN $types
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'AT_WAR_WITH' IN $types
  MATCH (a:Entity)-[r:AT_WAR_WITH]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'CASUALTIES_IN' IN $types
  MATCH (a:Entity)-[r:CASUALTIES_IN]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'KILLED_IN' IN $types
  MATCH (a:Entity)-[r:KILLED_IN]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'WOUNDED_IN' IN $types
  MATCH (a:Entity)-[r:WOUNDED_IN]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'MISSING_IN' IN $types
  MATCH (a:Entity)-[r:MISSING_IN]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'WOUNDED' IN $types
  MATCH (a:Entity)-[r:WOUNDED]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'THREATENS_STABILITY_OF' IN $types
  MATCH (a:Entity)-[r:THREATENS_STABILITY_OF]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'ATTACKED' IN $types
  MATCH (a:Entity)-[r:ATTACKED]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  WITH * WHERE $types IS NULL OR 'SEIZED' IN $types
  MATCH (a:Entity)-[r:SEIZED]->(b:Entity)
  WHERE r.id > coalesce($afterId, '') AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r, a, b ORDER BY r.id LIMIT toInteger($limit)
}
WITH r, a, b ORDER BY r.id LIMIT toInteger($limit)
RETURN r { .*, type: type(r), fromId: a.id, toId: b.id } AS relationship, '' AS sortKey, r.id AS id
