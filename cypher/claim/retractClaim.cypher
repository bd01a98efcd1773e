// @name retractClaim
// @param id: string; reason: string; actor: string; at: string | null -- when; now unless an import restores it
// @returns id, subjectId, predicate, objectId: string, retracted: boolean -- retracted is false when it already was
// Nothing is deleted: the claim keeps everything and says why, when and by whom it was retracted.
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH c, s, o, c.status <> 'RETRACTED' AS retracting
CALL (c, retracting) {
  WITH * WHERE retracting
  SET c.status = 'RETRACTED', c.retractedReason = $reason, c.retractedAt = coalesce($at, toString(datetime())),
      c.retractedBy = $actor, c.updatedAt = datetime()
}
RETURN c.id AS id, s.id AS subjectId, c.predicate AS predicate, o.id AS objectId, retracting AS retracted
