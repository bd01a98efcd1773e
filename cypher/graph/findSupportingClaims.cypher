// @name findSupportingClaims
// @param keys: {fromId, type, toId}[] -- the (subject, predicate, object) triples to rebuild; toId null for claims with no object
// @returns fromId, type, toId: string, claimIds: string[] -- every claim of each triple, asserted or denied, neither retracted nor rejected in review
UNWIND $keys AS k
OPTIONAL MATCH (:Entity {id: k.fromId})<-[:SUBJECT]-(c:Claim {predicate: k.type})
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
  AND CASE WHEN k.toId IS NULL THEN NOT EXISTS { (c)-[:OBJECT]->() }
           ELSE EXISTS { (c)-[:OBJECT]->(:Entity {id: k.toId}) } END
RETURN k.fromId AS fromId, k.type AS type, k.toId AS toId, collect(c.id) AS claimIds
