// @name writeFacts
// @param facts: {fromId, type, toId, props}[] -- type comes from the RelationshipType enum; props null means no claim supports it
// @returns fromId, type, toId: string, kept: boolean
// Facts are derived from claims: one with no supporting claim left is removed, never kept stale.
UNWIND $facts AS f
MATCH (a:Entity {id: f.fromId}), (b:Entity {id: f.toId})
CALL (a, b, f) {
  WITH * WHERE f.props IS NULL
  OPTIONAL MATCH (a)-[old:$(f.type)]->(b)
  DELETE old
}
CALL (a, b, f) {
  WITH * WHERE f.props IS NOT NULL
  MERGE (a)-[r:$(f.type)]->(b)
  SET r = f.props
}
RETURN f.fromId AS fromId, f.type AS type, f.toId AS toId, f.props IS NOT NULL AS kept
