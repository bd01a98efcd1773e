// @name unmergeEntities
// @param mergeId: string -- the id of an entity that was merged away
// @param labels: map -- EntityKind → Neo4j label, from src/entity/model.ts
// @param actor: string
// @returns keepId: string, triples: {fromId, type, toId}[], claimIds: string[] -- the moved claims' triples, before and after, to rebuild, and their ids, to rekey
// Undoes the latest merge of that entity: the tombstone becomes the entity again, the claims and
// publications it had go back to it, and the names it brought leave the kept entity. Claims made
// about the kept entity after the merge stay where they are. Entities merged into the restored one
// before resolve to it again.
MATCH (m:Merge {mergeId: $mergeId, undone: false})
WITH m ORDER BY m.at DESC LIMIT 1
MATCH (keep:Entity {id: m.keepId}), (gone:Tombstone {id: m.mergeId})
CALL (m, keep, gone) {
  UNWIND m.subjectClaims AS id
  MATCH (c:Claim {id: id})-[e:SUBJECT]->(keep)
  DELETE e
  MERGE (c)-[:SUBJECT]->(gone)
}
CALL (m, keep, gone) {
  UNWIND m.objectClaims AS id
  MATCH (c:Claim {id: id})-[e:OBJECT]->(keep)
  DELETE e
  MERGE (c)-[:OBJECT]->(gone)
}
CALL (m, keep, gone) {
  UNWIND m.reporterClaims AS id
  MATCH (c:Claim {id: id})-[e:REPORTED_BY]->(keep)
  DELETE e
  MERGE (c)-[:REPORTED_BY]->(gone)
}
CALL (m, keep, gone) {
  UNWIND m.publishedSources AS id
  MATCH (s:Source {id: id})-[e:PUBLISHED_BY]->(keep)
  DELETE e
  MERGE (s)-[:PUBLISHED_BY]->(gone)
}
CALL (m, gone) {
  // Merges made before redirectedTombstones was recorded have none: coalesce keeps them undoable.
  UNWIND coalesce(m.redirectedTombstones, []) AS id
  MATCH (t:Tombstone {id: id})
  SET t.mergedInto = gone.id
}
WITH m, keep, gone, [i IN range(0, size(keep.aliases) - 1) WHERE NOT keep.aliases[i] IN m.addedAliases] AS kept
SET keep.aliases = [i IN kept | keep.aliases[i]], keep.aliasKinds = [i IN kept | keep.aliasKinds[i]],
    keep.updatedAt = datetime(), keep.updatedBy = $actor,
    m.undone = true, m.undoneAt = datetime(), m.undoneBy = $actor
REMOVE gone:Tombstone
SET gone:Entity:$($labels[m.goneKind]), gone.mergedInto = null, gone.mergeRecord = null
WITH m, keep, gone, m.subjectClaims + m.objectClaims AS movedIds
// In a subquery, so an entity that had no claims still gives its row (empty lists).
CALL (keep, gone, movedIds) {
  MATCH (c:Claim) WHERE c.id IN movedIds
  WITH c, [(c)-[:SUBJECT]->(s) | s.id][0] AS subjectId, [(c)-[:OBJECT]->(o) | o.id][0] AS objectId
  RETURN collect({ fromId: subjectId, type: c.predicate, toId: objectId }) +
         collect({ fromId: CASE WHEN subjectId = gone.id THEN keep.id ELSE subjectId END, type: c.predicate,
                   toId: CASE WHEN objectId = gone.id THEN keep.id ELSE objectId END }) AS triples,
         collect(c.id) AS claimIds
}
RETURN keep.id AS keepId, triples, claimIds
