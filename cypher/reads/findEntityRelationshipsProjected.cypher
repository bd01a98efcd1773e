// @name findEntityRelationshipsProjected
// @param id: string -- the entity asked for; a merged entity's id resolves to the entity it was merged into
// @param direction: 'OUTGOING' | 'INCOMING' | 'BOTH'; types: string[] | null
// @param afterId, beforeId: string | null -- the bounds of the range (null: open); backward: boolean -- the last items of the range
// @param limit: int -- page size plus one
// @param factKeys: string[] -- the fact properties to read (`id` and `claimIds` first)
// @param claimsFirst: int | null -- of each fact's claimIds, and so of its claims, read only this many (null: all of them)
// @param fromKeys, toKeys: string[] | null -- the properties of each fact's two ends to read (null: not read)
// @param claimKeys: string[] | null -- the properties of each fact's claims to read (`id` first; null: not read); sourceKeys: string[] | null -- and of their sources
// @returns entity: EntityRow | null, page: {values, type, fromId, toId, fromValues, toValues, claims: {values, source}[]}[] (claims: empty when not read) (each a list of values in the order of its keys)
// cypher/graph/findEntityWithRelationships.cypher (today's view) reading only the properties the
// selection shows (docs/architecture.md, "Projected page reads"): the entity and the page are read
// as there, but each fact, its two ends, its claims and their sources come back as lists of the
// values of the keys asked for, not as whole records (src/reads/projected.ts turns them into records).
// A fact a feed reports every day has thousands of claim ids: only those of the claims the selection
// shows come back (claimsFirst), none when it shows no claims.
OPTIONAL MATCH (t:Tombstone {id: $id})
OPTIONAL MATCH (n:Entity {id: coalesce(t.mergedInto, $id)})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE r.claimCount > 0
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
    AND ($types IS NULL OR type(r) IN $types)
    AND ($afterId IS NULL OR r.id > $afterId) AND ($beforeId IS NULL OR r.id < $beforeId)
  WITH r ORDER BY CASE WHEN $backward THEN null ELSE r.id END, CASE WHEN $backward THEN r.id END DESC LIMIT toInteger($limit)
  WITH r, startNode(r) AS a, endNode(r) AS b,
       CASE WHEN $claimsFirst IS NULL THEN r.claimIds ELSE r.claimIds[0..$claimsFirst] END AS claimIds
  CALL (claimIds) {
    WITH claimIds WHERE $claimKeys IS NOT NULL
    UNWIND claimIds AS claimId
    MATCH (c:Claim {id: claimId})
    RETURN collect({
      values: [k IN $claimKeys | c[k]],
      source: CASE WHEN $sourceKeys IS NULL THEN null ELSE [(c)-[:CITED_IN]->(s:Source) | [k IN $sourceKeys | s[k]]][0] END
    }) AS claims
  }
  RETURN collect({
    values: [k IN $factKeys | CASE k WHEN 'claimIds' THEN claimIds ELSE r[k] END], type: type(r), fromId: a.id, toId: b.id,
    fromValues: CASE WHEN $fromKeys IS NULL THEN null ELSE [k IN $fromKeys | a[k]] END,
    toValues: CASE WHEN $toKeys IS NULL THEN null ELSE [k IN $toKeys | b[k]] END,
    claims: claims
  }) AS page
}
RETURN n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
           createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) } AS entity,
       page
