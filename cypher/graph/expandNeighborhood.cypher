// @name expandNeighborhood
// @param frontier: string[] -- entity ids reached at the previous depth
// @param types: string[] | null -- RelationshipType values, or null for every fact
// @param asOf, windowStart, windowEnd, minConfidence: the view's filters, or null
// @param fanout: int -- at most this many facts per frontier node, so one hub cannot flood the answer
// @param limit: int -- at most this many rows in all
// @param withClaimIds: boolean -- return each fact's claimIds (false: an empty list, which the API reads again only if a field needs them)
// @returns relationship: RelationshipRow, reached: EntityRow[] -- facts touching the frontier, in either
//   direction, each with its ends that are not in the frontier, read as findEntitiesByIds reads them, so
//   the resolver has the subgraph's nodes without another round trip
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them; nor its claim
// ids, unless the selection shows its claims or origins (withClaimIds).
UNWIND $frontier AS id
MATCH (n:Entity {id: id})
// The label read once per node, not once per fact in the ORDER BY below.
WITH n, n:Country AS isCountry
CALL (n, isCountry) {
  MATCH (n)-[r]-(:Entity)
  WHERE r.claimCount > 0
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  // A country's places (a feed locates each one it names) come after what the country did and
  // what was done to it, so hundreds of villages do not crowd those out of the fan-out.
  RETURN r ORDER BY CASE WHEN isCountry AND type(r) = 'LOCATED_IN' AND endNode(r) = n THEN 1 ELSE 0 END, r.confidence DESC, r.id LIMIT toInteger($fanout)
}
WITH DISTINCT r LIMIT toInteger($limit)
RETURN r { .*, claimIds: CASE WHEN $withClaimIds THEN r.claimIds ELSE [] END, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: startNode(r).id, toId: endNode(r).id } AS relationship,
       [m IN [startNode(r), endNode(r)] WHERE NOT m.id IN $frontier |
        m { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
            createdAt: toString(m.createdAt), updatedAt: toString(m.updatedAt) }] AS reached
