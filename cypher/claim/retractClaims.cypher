// @name retractClaims
// @param retractions: {id, reason, actor, at}[] -- at: when, as ISO text, or null for now (an import restores it); each id once
// @returns id, subjectId, predicate, objectId: string, retracted: boolean -- one row per claim found; retracted is false when it already was
// Nothing is deleted: the claim keeps everything and says why, when and by whom it was retracted.
// One statement for a batch (an import's retractions), one row for a single retraction.
UNWIND $retractions AS r
MATCH (c:Claim {id: r.id})-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH r, c, s, o, c.status <> 'RETRACTED' AS retracting
CALL (r, c, retracting) {
  WITH * WHERE retracting
  SET c.status = 'RETRACTED', c.retractedReason = r.reason, c.retractedAt = coalesce(r.at, toString(datetime())),
      c.retractedBy = r.actor, c.updatedAt = datetime()
}
RETURN c.id AS id, s.id AS subjectId, c.predicate AS predicate, o.id AS objectId, retracting AS retracted
