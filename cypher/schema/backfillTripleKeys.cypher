// @name backfillTripleKeys
// @param limit: number -- claims per call; applySchema calls it until it returns 0
// @returns keyed: number -- how many claims got their triple key in this call
// For stores written before claims carried a triple key: the same text rekeyClaims sets. A store
// whose claims all have one scans the claims once and writes nothing.
MATCH (c:Claim) WHERE c.tripleKey IS NULL
WITH c LIMIT toInteger($limit)
MATCH (c)-[:SUBJECT]->(s:Entity)
SET c.tripleKey = s.id + '|' + c.predicate + '|' + coalesce([(c)-[:OBJECT]->(o:Entity) | o.id][0], '')
RETURN count(c) AS keyed
