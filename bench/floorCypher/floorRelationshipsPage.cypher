// @name floorRelationshipsPage
// @param afterId: string | null -- the cursor's id (null: from the start); pastEveryId: string -- a string above every id
// @param limit: int -- page size plus one
// @param types: string[] | null; windowStart, windowEnd: string | null; keepUndated: boolean; minConfidence: float | null
// @returns page: {node}[] -- Q6's facts in id order, each node shaped as our answer's
// Q6 of the benchmark as one statement for the "floor over HTTP" (bench/floorServer.ts): the
// relationship-index seek of cypher/graph/findRelationshipsInIdOrder.cypher (one branch per fact
// type, each reading from the cursor on in index order and stopping when it has a page; a type not
// asked for seeks an empty range), merged, with each fact's two ends projected straight into the
// JSON our GraphQL answer has.
CALL () {
  MATCH ()-[r:DEPLOYED_TO]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'DEPLOYED_TO' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:CAPTURED_BY]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'CAPTURED_BY' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:ALLIED_WITH]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'ALLIED_WITH' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:SUPPORTS]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'SUPPORTS' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:FIGHTS_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'FIGHTS_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'LOCATED_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:PART_OF]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'PART_OF' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:AT_WAR_WITH]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'AT_WAR_WITH' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:CASUALTIES_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'CASUALTIES_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:KILLED_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'KILLED_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:WOUNDED_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'WOUNDED_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:MISSING_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'MISSING_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:WOUNDED]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'WOUNDED' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:THREATENS_STABILITY_OF]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'THREATENS_STABILITY_OF' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:ATTACKED]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'ATTACKED' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:SEIZED]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'SEIZED' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND r.claimCount > 0
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
}
WITH r ORDER BY r.id LIMIT toInteger($limit)
RETURN collect({node: r {
  .id, type: type(r), .confidence,
  validFrom: CASE WHEN r.validFrom IS NULL OR r.validFrom = '' THEN null
                  ELSE {iso: r.validFrom, precision: coalesce(r.validFromPrecision, CASE size(r.validFrom) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END)} END,
  from: {id: startNode(r).id, name: startNode(r).name},
  to: {id: endNode(r).id, name: endNode(r).name}
}}) AS page
