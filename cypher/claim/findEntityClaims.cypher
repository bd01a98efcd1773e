// @name findEntityClaims
// @param entityIds: string[] -- one page per entity, in one round trip
// @param orderBy: 'ID' | 'VALID_TIME'
// @param afterKey, afterId / beforeKey, beforeId: the bounds of the range, each the sort key and id of an item (null: open)
// @param backward: boolean -- the last items of the range, from the end (src/support/pagination.ts)
// @param asOf: string | null; windowStart, windowEnd: string | null -- valid-time overlap; keepUndated: boolean
// @param places: boolean -- also the claims about the places in each entity (Query.timeline's `places`)
// @param limit: int -- page size plus one
// @returns entityId: string, page: {id, sortKey}[] -- entities with no matching claim have no row
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
  WITH c, CASE $orderBy WHEN 'VALID_TIME' THEN coalesce(c.validStart, '9999-12-31') ELSE '' END AS sortKey
  WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId))
    AND ($beforeId IS NULL OR sortKey < $beforeKey OR (sortKey = $beforeKey AND c.id < $beforeId))
  RETURN c.id AS id, sortKey
  ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE id END,
           CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN id END DESC
  LIMIT toInteger($limit)
}
RETURN entityId, collect({id: id, sortKey: sortKey}) AS page
