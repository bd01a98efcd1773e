// @name updateClaimStatuses
// @param claims: {id, status, unattributedOnly}[] -- derived when their facts are rebuilt
// @returns id: string
UNWIND $claims AS c
MATCH (cl:Claim {id: c.id})
WHERE cl.status <> 'RETRACTED'
SET cl.status = c.status, cl.unattributedOnly = c.unattributedOnly
RETURN cl.id AS id
