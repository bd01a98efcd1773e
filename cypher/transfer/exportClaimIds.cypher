// @name exportClaimIds
// @param after: string -- the last id of the previous batch ('' for the first); limit: int
// @returns id: string -- claim ids in id order; the claims themselves are read with findClaimsByIds
MATCH (c:Claim)
WHERE c.id > $after
RETURN c.id AS id ORDER BY id LIMIT toInteger($limit)
