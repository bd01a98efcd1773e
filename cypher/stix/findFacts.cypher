// @name findFacts
// @param after: string -- the last fact id of the previous page ('' for the first); limit: int
// @param windowStart, windowEnd: string | null -- only facts whose valid time overlaps this window (both null: every fact)
// @returns relationship: RelationshipRow -- facts with at least one claim, in id order, for the STIX export
// A fact's lists kept for writes and as-of filters (src/claim/factModel.ts) stay in Neo4j: a fact a
// feed reports every day has thousands of entries in each, and no field reads them.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.claimCount > 0 AND r.id > $after
  AND ($windowStart IS NULL OR (r.validStart <= $windowEnd AND r.validEnd >= $windowStart))
WITH r, a, b ORDER BY r.id LIMIT toInteger($limit)
RETURN r { .*, claimKnownAt: null, originKeys: null, originScores: null, quantityDates: null, openStartDates: null, type: type(r), fromId: a.id, toId: b.id } AS relationship
