// @name claimIdempotencyKey
// @param id: string -- sha256 of the caller's subject and the Idempotency-Key header, so keys of different callers never meet
// @param fingerprint: string -- sha256 of the request (document, operation name, variables)
// @param ttlSeconds: int -- how long the outcome is kept; an expired key is claimed afresh
// @param claimant: string -- a fresh id of this request, to tell whether it is the one that claimed the key
// @returns key: {state, fingerprint, status, body}, claimed: boolean -- claimed is true when this request holds the key now (state PENDING)
// The uniqueness constraint idempotency_key_id makes two concurrent first requests meet on one node: one claims, the other sees PENDING.
MERGE (k:IdempotencyKey {id: $id})
  ON CREATE SET k.state = 'PENDING', k.fingerprint = $fingerprint, k.createdAt = datetime(),
                k.expiresAt = datetime() + duration({seconds: $ttlSeconds}), k.claimedBy = $claimant
FOREACH (_ IN CASE WHEN k.expiresAt < datetime() THEN [1] ELSE [] END |
  SET k.state = 'PENDING', k.fingerprint = $fingerprint, k.createdAt = datetime(),
      k.expiresAt = datetime() + duration({seconds: $ttlSeconds}), k.claimedBy = $claimant,
      k.status = null, k.body = null)
WITH k
// Each key claimed deletes up to ten expired ones (a seek on idempotency_key_expires): the store of
// keys stays bounded by what a day writes, without a timer.
CALL {
  MATCH (old:IdempotencyKey)
  WHERE old.expiresAt < datetime() AND old.id <> $id
  WITH old LIMIT 10
  DELETE old
}
RETURN k { .state, .fingerprint, .status, .body } AS key, k.claimedBy = $claimant AS claimed
