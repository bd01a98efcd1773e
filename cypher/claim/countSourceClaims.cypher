// @name countSourceClaims
// @param sourceIds: string[]
// @returns sourceId: string, total: int -- every claim citing it, any review status
UNWIND $sourceIds AS sourceId
MATCH (s:Source {id: sourceId})
RETURN sourceId, COUNT { (s)<-[:CITED_IN]-(:Claim) } AS total
