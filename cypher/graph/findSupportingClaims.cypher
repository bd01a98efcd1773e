// @name findSupportingClaims
// @param keys: {fromId, type, toId}[] -- the (subject, predicate, object) triples; toId null for claims with no object
// @returns fromId, type, toId: string, claimIds: string[] -- every claim of each triple, asserted or denied, neither retracted nor rejected in review
// A seek on the claim_triple_key index (the key as src/claim/facts.ts tripleKey builds it), not a
// walk over every claim of the subject; the hint keeps it so whatever the samples said when planned.
UNWIND $keys AS k
OPTIONAL MATCH (c:Claim {tripleKey: k.fromId + '|' + k.type + '|' + coalesce(k.toId, '')})
USING INDEX SEEK c:Claim(tripleKey)
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
RETURN k.fromId AS fromId, k.type AS type, k.toId AS toId, collect(c.id) AS claimIds
