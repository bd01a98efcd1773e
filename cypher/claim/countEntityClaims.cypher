// @name countEntityClaims
// @param entityIds: string[]; asOf, windowStart, windowEnd, keepUndated, places: as in findEntityClaims
// @returns entityId: string, total: int
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  CALL (e) {
    // With $places, the places in it too: what LOCATED_IN facts put in it, up to three levels down, as of $asOf.
    WITH e WHERE $places
    // Places only, all the way down: a person or a force LOCATED_IN it is not one of its places.
    MATCH (e)<-[located:LOCATED_IN*1..3]-(p:Location)
    WHERE all(r IN located WHERE startNode(r):Location) AND p <> e
      AND ($asOf IS NULL OR all(r IN located WHERE any(k IN r.claimKnownAt WHERE k <= $asOf)))
    RETURN collect(DISTINCT p) AS places
  }
  UNWIND [e] + places AS about
  MATCH (about)<-[link:SUBJECT|OBJECT]-(c:Claim)
  WHERE ($asOf IS NULL OR c.knownAt <= $asOf)
    AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
  // With places, the claims that say where one of its places lies are left out (each is reached
  // from that place as its subject); those of a person or a force located there, and its own, stay.
  WITH c, sum(CASE WHEN $places AND c.predicate = 'LOCATED_IN' AND type(link) = 'SUBJECT' AND about <> e THEN 1 ELSE 0 END) AS placing
  WHERE placing = 0
  RETURN count(c) AS total
}
RETURN entityId, total
