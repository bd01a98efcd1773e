// @name findTripleClaims
// @param keys: string[] -- triple keys ("subjectId|predicate|objectId", objectId empty for claims with no object), as src/claim/facts.ts tripleKey makes them
// @returns key: string, claimIds: string[] -- every claim of each triple, asserted or denied, neither retracted nor rejected in review
// A seek on the claim_triple_key index per triple: the cost is the triple's own claims, never
// every claim of a hub subject (which findSupportingClaims walked before the key existed).
UNWIND $keys AS key
OPTIONAL MATCH (c:Claim {tripleKey: key})
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
RETURN key, collect(c.id) AS claimIds
