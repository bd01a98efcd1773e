// @name findOriginClaims
// @param ids: string[] -- claim ids
// @returns claim: OriginClaimRow -- one row per id that exists, with only the fields the rule of independent origins reads (src/claim/origins.ts)
// Relationship.origins groups every claim of a fact, and a fact a feed reports every day has
// thousands: this reads the seven fields the grouping needs, not the whole claim findClaimsByIds
// projects. The seek is pinned as there (see findClaimsByIds).
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:CITED_IN]->(s:Source)
USING INDEX c:Claim(id)
RETURN c { .id, .attribution, .credibility, .reliability,
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0],
           sourceId: s.id,
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0] } AS claim
