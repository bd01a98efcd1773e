// @name findClaimsByIds
// @param ids: string[] -- claim ids
// @returns claim: ClaimRow -- one row per id that exists
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c { .*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt),
           subjectId: [(c)-[:SUBJECT]->(s) | s.id][0],
           objectId: [(c)-[:OBJECT]->(o) | o.id][0],
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0],
           sourceId: [(c)-[:CITED_IN]->(s) | s.id][0] } AS claim
