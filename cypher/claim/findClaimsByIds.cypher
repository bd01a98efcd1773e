// @name findClaimsByIds
// @param ids: string[] -- claim ids
// @returns claim: ClaimRow -- one row per id that exists; the only query that projects a claim, so every reader sees the same shape
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:CITED_IN]->(s:Source)
RETURN c { .*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt), reviewedAt: toString(c.reviewedAt),
           subjectId: [(c)-[:SUBJECT]->(e) | e.id][0],
           objectId: [(c)-[:OBJECT]->(o) | o.id][0],
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0],
           intermediaryId: [(c)-[:RELAYED_BY]->(v) | v.id][0],
           correctsId: [(c)-[:CORRECTS]->(o:Claim) | o.id][0],
           correctedById: [(c)<-[:CORRECTS]-(n:Claim) | n.id][0],
           sourceId: s.id,
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0] } AS claim
