// @name findTripleClaims
// @param keys: string[] -- triple keys ("subjectId|predicate|objectId", objectId empty for claims with no object), as src/claim/facts.ts tripleKey makes them
// @returns key: string, claims: TripleClaimRow[] -- every claim of each triple, asserted or denied, neither retracted nor rejected in review,
//   with only the fields a fact and a status are derived from (src/claim/facts.ts deriveFact)
// A seek on the claim_triple_key index per triple: the cost is the triple's own claims, never
// every claim of a hub subject. The claims come back with it, in the same round trip, and without
// the fields a rebuild never reads (texts, review notes, corrections), which findClaimsByIds projects.
UNWIND $keys AS key
OPTIONAL MATCH (c:Claim {tripleKey: key})
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
OPTIONAL MATCH (c)-[:CITED_IN]->(s:Source)
RETURN key,
       collect(c { .id, .predicate, .polarity, .attribution, .credibility, .reliability, .confidence, .status, .knownAt,
                   .unattributedOnly, .reviewStatus, .quantityValue, .quantityUpper, .quantityUnit, .quantityQualifier,
                   .validFrom, .validFromPrecision, .validTo, .validToPrecision,
                   sourceId: s.id,
                   publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
                   reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0] }) AS claims
