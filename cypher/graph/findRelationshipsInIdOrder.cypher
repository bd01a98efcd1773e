// @name findRelationshipsInIdOrder
// @param afterId, beforeId: string | null -- the bounds of the range (null: open), read forward
// @param pastEveryId: string -- a string above every id, the start of an empty range
// @param limit: int -- page size plus one
// @param types: string[] | null; asOf: string | null -- facts with a claim known by then; windowStart, windowEnd, keepUndated: valid-time overlap
// @param minConfidence: float | null; excludeUnattributedOnly: boolean
// @param withEnds: boolean -- also read each fact's two entities (the page's from and to), as findEntitiesByIds does
// @param withClaimIds: boolean -- return each fact's claimIds (false: an empty list, which the API reads again only if a field needs them)
// @returns relationship: RelationshipRow, sortKey: '', id, ends: EntityRow[] -- the page in id order (ends empty without withEnds)
// findRelationships for a page in id order that names no entity (the relationships page of
// Query.relationships with type, time and confidence filters only). A relationship property index
// needs one type, so there is one branch per fact type (fact_id_<TYPE> in cypher/schema/constraints.cypher):
// each reads its facts from the cursor on in index order and stops when it has a page, and the
// branches are merged. A page costs about a page per type asked, where findRelationships reads
// every fact. A type not asked for seeks an empty range (from $pastEveryId), so its index is not
// read at all (a guard before the MATCH, `WITH * WHERE ... IN $types`, was planned after the seek). tests/cypher/singleStatementReads.shape.test.ts checks that the branches are the fact
// types of src/vocabulary and differ only in their type. Facts only ever join two entities
// (writeFacts), so the pattern names no label: with labels, Neo4j took seconds more to plan the
// sixteen branches (once per server and kind of parameters; the plan is cached).
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them; nor its claim
// ids, unless the selection shows its claims or origins (withClaimIds).
CALL () {
  MATCH ()-[r:DEPLOYED_TO]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'DEPLOYED_TO' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:CAPTURED_BY]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'CAPTURED_BY' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:ALLIED_WITH]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'ALLIED_WITH' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:SUPPORTS]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'SUPPORTS' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:FIGHTS_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'FIGHTS_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'LOCATED_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:PART_OF]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'PART_OF' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:AT_WAR_WITH]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'AT_WAR_WITH' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:CASUALTIES_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'CASUALTIES_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:KILLED_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'KILLED_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:WOUNDED_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'WOUNDED_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:MISSING_IN]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'MISSING_IN' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:WOUNDED]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'WOUNDED' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:THREATENS_STABILITY_OF]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'THREATENS_STABILITY_OF' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:ATTACKED]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'ATTACKED' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
  UNION ALL
  MATCH ()-[r:SEIZED]->()
  WHERE r.id > CASE WHEN $types IS NULL OR 'SEIZED' IN $types THEN coalesce($afterId, '') ELSE $pastEveryId END AND ($beforeId IS NULL OR r.id < $beforeId) AND r.claimCount > 0
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT r.unattributedOnly)
  RETURN r ORDER BY r.id LIMIT toInteger($limit)
}
WITH r ORDER BY r.id LIMIT toInteger($limit)
// The ends in the same round trip, when the page shows them: a second query per page otherwise.
RETURN r { .*, claimIds: CASE WHEN $withClaimIds THEN r.claimIds ELSE [] END, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: startNode(r).id, toId: endNode(r).id } AS relationship, '' AS sortKey, r.id AS id,
       CASE WHEN $withEnds
         THEN [n IN [startNode(r), endNode(r)] | n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude,
                                                     .createdBy, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) }]
         ELSE [] END AS ends
