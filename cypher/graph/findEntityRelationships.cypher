// @name findEntityRelationships
// @param entityIds: string[] -- one page per entity, in one round trip
// @param direction: 'OUTGOING' | 'INCOMING' | 'BOTH'; types: string[] | null; asOf: string | null
// @param afterId, beforeId: string | null -- the bounds of the range (null: open); backward: boolean -- the last items of the range
// @param limit: int -- page size plus one
// @param withClaimIds: boolean -- return each fact's claimIds (false: an empty list, which the API reads again only if a field needs them)
// @returns entityId: string, page: RelationshipRow[] -- ordered by id; entities with no fact have no row
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them; nor its claim
// ids, unless the selection shows its claims or origins (withClaimIds).
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH (e)-[r]-(m:Entity)
  WHERE r.claimCount > 0
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
    AND ($afterId IS NULL OR r.id > $afterId) AND ($beforeId IS NULL OR r.id < $beforeId)
  RETURN r ORDER BY CASE WHEN $backward THEN null ELSE r.id END, CASE WHEN $backward THEN r.id END DESC LIMIT toInteger($limit)
}
RETURN entityId, collect(r { .*, claimIds: CASE WHEN $withClaimIds THEN r.claimIds ELSE [] END, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: startNode(r).id, toId: endNode(r).id }) AS page
