// @name findFactClaimsByIds
// @param ids: string[] -- claim ids
// @returns claim: TripleClaimRow -- one row per id that exists, with only the fields a fact and a status are derived from, as findTripleClaims returns them,
//   and the valid-time bounds a window compares (overlapsWindow in src/claim/model.ts)
// A view "as of" a date derives each fact again from its claims known then (src/graph/view.ts), and
// a fact a feed reports every day has thousands: this reads what the derivation reads, not the
// whole claim findClaimsByIds projects. The disputes of the whole graph (findAllDisputes) read their
// candidates with it too. The seek is pinned as there (see findClaimsByIds).
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:CITED_IN]->(s:Source)
USING INDEX c:Claim(id)
RETURN c { .id, .predicate, .polarity, .attribution, .credibility, .reliability, .confidence, .status, .knownAt,
           .unattributedOnly, .reviewStatus, .quantityValue, .quantityUpper, .quantityUnit, .quantityQualifier,
           .validFrom, .validFromPrecision, .validTo, .validToPrecision, .validStart, .validEnd,
           sourceId: s.id,
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0] } AS claim
