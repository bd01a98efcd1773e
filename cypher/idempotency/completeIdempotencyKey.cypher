// @name completeIdempotencyKey
// @param id: string -- as claimIdempotencyKey
// @param claimant: string -- the request that claimed the key; another's outcome is never overwritten
// @param status: int -- the HTTP status of the first answer
// @param body: string -- the first answer's JSON body, replayed to retries
// @returns completed: boolean -- false when the key is no longer this request's (expired and claimed again)
OPTIONAL MATCH (k:IdempotencyKey {id: $id})
WHERE k.claimedBy = $claimant AND k.state = 'PENDING'
SET k.state = 'DONE', k.status = $status, k.body = $body, k.completedAt = datetime()
RETURN k IS NOT NULL AS completed
