// @name findTimelineProjected
// @param entityId: string -- the entity asked for; a merged entity's id resolves to the entity it was merged into (the page, as findEntityClaims, is that of the id itself)
// @param orderBy: 'ID' | 'VALID_TIME'
// @param afterKey, afterId / beforeKey, beforeId: the bounds of the range, each the sort key and id of an item (null: open)
// @param backward: boolean -- the last items of the range, from the end (src/support/pagination.ts)
// @param asOf: string | null; windowStart, windowEnd: string | null -- valid-time overlap; keepUndated: boolean
// @param places: boolean -- also the claims about the places in it (cypher/claim/findEntityClaims.cypher)
// @param limit: int -- page size plus one
// @param claimKeys: string[] -- the claim properties to read, `id` first
// @param sourceKeys, subjectKeys, objectKeys: string[] | null -- the properties of each claim's source, subject and object to read (null: not read)
// @returns entity: EntityRow | null, page: {id, sortKey}[], claims: {values, source, subject, object}[] (each a list of values in the order of its keys)
// cypher/claim/findEntityWithClaims.cypher reading only the properties the selection shows
// (docs/architecture.md, "Reads in one statement"): the entity and the page are read as there,
// but each claim, its source and the entities it names come back as lists of the values of the
// keys asked for, not as whole records (src/reads/projected.ts turns them into records).
// tests/reads/projectedReads.int.test.ts holds the answers equal to the full read's.
OPTIONAL MATCH (t:Tombstone {id: $entityId})
OPTIONAL MATCH (n:Entity {id: coalesce(t.mergedInto, $entityId)})
CALL () {
  MATCH (e:Entity {id: $entityId})
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
  WITH c, sortKey
  ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN null ELSE c.id END,
           CASE WHEN $backward THEN sortKey END DESC, CASE WHEN $backward THEN c.id END DESC
  LIMIT toInteger($limit)
  RETURN collect({id: c.id, sortKey: sortKey}) AS page,
         collect({
           values: [k IN $claimKeys | c[k]],
           source: CASE WHEN $sourceKeys IS NULL THEN null ELSE [(c)-[:CITED_IN]->(s:Source) | [k IN $sourceKeys | s[k]]][0] END,
           subject: CASE WHEN $subjectKeys IS NULL THEN null ELSE [(c)-[:SUBJECT]->(e:Entity) | [k IN $subjectKeys | e[k]]][0] END,
           object: CASE WHEN $objectKeys IS NULL THEN null ELSE [(c)-[:OBJECT]->(o:Entity) | [k IN $objectKeys | o[k]]][0] END
         }) AS claims
}
RETURN n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
           createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) } AS entity,
       page, claims
