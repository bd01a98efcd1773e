// @name linkCorrection
// @param correctionId: string -- the corrected claim
// @param originalId: string -- the claim it corrects, kept and REJECTED
// @returns correctionId: string
MATCH (n:Claim {id: $correctionId}), (o:Claim {id: $originalId})
MERGE (n)-[:CORRECTS]->(o)
RETURN n.id AS correctionId
