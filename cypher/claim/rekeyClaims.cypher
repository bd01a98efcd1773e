// @name rekeyClaims
// @param ids: string[] -- claims whose subject or object edge moved (a merge or an unmerge)
// @returns id, tripleKey: string
// The triple key follows the claim's edges: subject id, predicate and object id (empty when none),
// joined by "|", the same text src/claim/facts.ts tripleKey builds.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:SUBJECT]->(s:Entity)
SET c.tripleKey = s.id + '|' + c.predicate + '|' + coalesce([(c)-[:OBJECT]->(o:Entity) | o.id][0], '')
RETURN c.id AS id, c.tripleKey AS tripleKey
