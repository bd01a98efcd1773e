// @name findDisputedTriples
// @returns claimIds: string[] -- the claims, neither retracted nor rejected in review, of each (subject, predicate, object) that has a claim whose stored status is DISPUTED and two or more claims
// Today's disputes of the whole graph. Every write keeps statuses current, so the triples in dispute
// are those of the claims marked DISPUTED: a seek on claim_status, then each triple's claims by a
// seek on its key. findDisputeCandidates, for a past date, reads every claim instead.
MATCH (d:Claim {status: 'DISPUTED'})
USING INDEX SEEK d:Claim(status)
WHERE coalesce(d.reviewStatus, 'ACCEPTED') <> 'REJECTED'
WITH DISTINCT d.tripleKey AS key
MATCH (c:Claim {tripleKey: key})
USING INDEX SEEK c:Claim(tripleKey)
WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
WITH key, collect(c.id) AS claimIds
WHERE size(claimIds) > 1
RETURN claimIds
