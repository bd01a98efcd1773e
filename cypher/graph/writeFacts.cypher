// @name writeFacts
// @param created: {fromId, type, toId, props}[] -- facts of triples that had no counted claim before the caller's write, so no fact: created outright
// @param kept: {fromId, type, toId, props}[] -- facts that stay or appear: merged, their properties replaced by props
// @param removed: {fromId, type, toId}[] -- facts no claim supports any more: deleted when present
// @returns written: number -- how many facts were created or merged
// Facts are derived from claims: one with no supporting claim left is removed, never kept stale.
// type comes from the RelationshipType enum; props leaves out null properties (SET r = props removes
// whatever the map does not hold). Three lists rather than one with a flag, so each part is a plain
// UNWIND with no per-row branch.
CALL () {
  UNWIND $removed AS f
  MATCH (a:Entity {id: f.fromId}), (b:Entity {id: f.toId})
  // Both ends bound first (an inner CALL), so the walk is Expand(Into), from the end with fewer
  // relationships, not every relationship of the subject filtered by the object's id.
  CALL (a, b, f) {
    MATCH (a)-[old:$(f.type)]->(b)
    DELETE old
  }
}
CALL () {
  UNWIND $created AS f
  MATCH (a:Entity {id: f.fromId}), (b:Entity {id: f.toId})
  CREATE (a)-[r:$(f.type)]->(b)
  SET r = f.props
}
CALL () {
  UNWIND $kept AS f
  MATCH (a:Entity {id: f.fromId}), (b:Entity {id: f.toId})
  MERGE (a)-[r:$(f.type)]->(b)
  SET r = f.props
}
RETURN size($created) + size($kept) AS written
