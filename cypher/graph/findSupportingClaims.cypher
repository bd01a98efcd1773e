// @name findSupportingClaims
// @param keys: {fromId, type, toId}[] -- the facts to rebuild
// @returns fromId, type, toId: string, claims: ClaimRow[] -- the asserted, unretracted claims behind each fact
UNWIND $keys AS k
OPTIONAL MATCH (a:Entity {id: k.fromId})<-[:SUBJECT]-(c:Claim {predicate: k.type})-[:OBJECT]->(b:Entity {id: k.toId})
WHERE c.polarity = 'ASSERTED' AND c.status <> 'RETRACTED'
RETURN k.fromId AS fromId, k.type AS type, k.toId AS toId, collect(c { .* }) AS claims
