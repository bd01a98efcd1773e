// @name findSourceClaimIds
// @param sourceId: string
// @returns id: string -- every claim citing the source, in id order
MATCH (:Source {id: $sourceId})<-[:CITED_IN]-(c:Claim)
RETURN c.id AS id ORDER BY id
