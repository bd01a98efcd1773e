// @name mergeEntities
// @param keepId, mergeId: string -- distinct live entities of the same kind (checked by the caller)
// @param actor: string
// @returns mergeRecordId: string, triples: {fromId, type, toId}[], claimIds: string[] -- the moved claims' triples, to rebuild, and their ids, to rekey
// Moves every claim edge (subject, object, reporter) and publication from the merged entity to the
// kept one, adds the merged names as aliases, deletes the merged entity's facts (the caller rebuilds
// them from the moved claims) and turns the merged node into a :Tombstone that points at the kept
// one, keeping its history, and points the tombstones that pointed at it to the kept one too. A
// :Merge node records all of it, so unmergeEntities can undo it.
MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $mergeId})
CALL (gone) { OPTIONAL MATCH (c:Claim)-[:SUBJECT]->(gone) RETURN collect(c) AS asSubject }
CALL (gone) { OPTIONAL MATCH (c:Claim)-[:OBJECT]->(gone) RETURN collect(c) AS asObject }
CALL (gone) { OPTIONAL MATCH (c:Claim)-[:REPORTED_BY]->(gone) RETURN collect(c) AS asReporter }
CALL (gone) { OPTIONAL MATCH (s:Source)-[:PUBLISHED_BY]->(gone) RETURN collect(s) AS published }
// Entities merged into this one earlier now resolve to the kept one (one hop, as findEntitiesByIds reads).
CALL (keep, gone) {
  OPTIONAL MATCH (t:Tombstone {mergedInto: gone.id})
  SET t.mergedInto = keep.id
  RETURN collect(t.id) AS redirected
}
WITH keep, gone, asSubject, asObject, asReporter, published, redirected,
     [pair IN [[gone.name, 'ALIAS']] + [i IN range(0, size(gone.aliases) - 1) | [gone.aliases[i], gone.aliasKinds[i]]]
      WHERE pair[0] <> keep.name AND NOT pair[0] IN keep.aliases] AS added
CREATE (m:Merge {
  id: randomUUID(), at: datetime(), by: $actor, keepId: keep.id, mergeId: gone.id, undone: false,
  subjectClaims: [c IN asSubject | c.id], objectClaims: [c IN asObject | c.id], reporterClaims: [c IN asReporter | c.id],
  publishedSources: [s IN published | s.id], addedAliases: [pair IN added | pair[0]], goneKind: gone.kind,
  redirectedTombstones: redirected
})
SET keep.aliases = keep.aliases + [pair IN added | pair[0]],
    keep.aliasKinds = keep.aliasKinds + [pair IN added | pair[1]],
    keep.updatedAt = datetime(), keep.updatedBy = $actor
FOREACH (c IN asSubject | MERGE (c)-[:SUBJECT]->(keep))
FOREACH (c IN asObject | MERGE (c)-[:OBJECT]->(keep))
FOREACH (c IN asReporter | MERGE (c)-[:REPORTED_BY]->(keep))
FOREACH (s IN published | MERGE (s)-[:PUBLISHED_BY]->(keep))
WITH keep, gone, m, asSubject + asObject AS moved
CALL (gone) {
  // Claim edges, publications and facts go; the history (:Change)-[:OF]-> stays with the tombstone.
  MATCH (gone)-[e]-()
  WHERE type(e) <> 'OF'
  DELETE e
}
REMOVE gone:$(labels(gone))
SET gone:Tombstone, gone.mergedInto = keep.id, gone.mergeRecord = m.id
RETURN m.id AS mergeRecordId,
       [c IN moved | { fromId: [(c)-[:SUBJECT]->(s) | s.id][0], type: c.predicate, toId: [(c)-[:OBJECT]->(o) | o.id][0] }] AS triples,
       [c IN moved | c.id] AS claimIds
