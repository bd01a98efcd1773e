// @name shortestPaths
// @param from, to: string -- entity ids (distinct)
// @param types: string[] | null -- RelationshipType values to walk, or null for every fact
// @param asOf, windowStart, windowEnd, minConfidence: the view's filters, or null
// @param maxHops: int -- 1 to 6; the pattern's bound is the cap (6) because Cypher cannot take it as a parameter
// @param first: int -- how many paths at most
// @param withClaimIds: boolean -- return each fact's claimIds (false: an empty list, which the API reads again only if a field needs them)
// @returns nodeIds: string[], relationships: RelationshipRow[], entities: EntityRow[] -- shortest paths through
//   facts, ignoring direction; `entities` are the path's inner nodes as findEntitiesByIds reads them, so the
//   resolver has them without another round trip (it has read both ends already)
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them; nor its claim
// ids, unless the selection shows its claims or origins (withClaimIds).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.claimCount > 0
      AND ($types IS NULL OR type(r) IN $types)
      AND ($asOf IS NULL OR any(k IN r.claimKnownAt WHERE k <= $asOf))
      AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart) OR ($keepUndated AND r.validStart IS NULL))
      AND ($minConfidence IS NULL OR r.confidence >= $minConfidence))
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r { .*, claimIds: CASE WHEN $withClaimIds THEN r.claimIds ELSE [] END, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: startNode(r).id, toId: endNode(r).id }] AS relationships,
       [n IN nodes(p)[1..-1] | n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
                            createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) }] AS entities
LIMIT toInteger($first)
