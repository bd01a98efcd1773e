// @name floorNeighborhood
// @param id: string -- the entity at the centre
// @param limit: int -- at most this many facts in all (Q2 asks for 200)
// @param fanout: int -- at most this many facts per node and step (src/graph/repository.ts, LIMITS.fanout)
// @returns data: Q2's `neighborhood`, shaped as our answer's
// Q2 of the benchmark (depth 2) as one statement for the "floor over HTTP" (bench/floorServer.ts).
// src/graph/repository.ts walks breadth first with one query per step; this does both steps in one
// statement with the same rules: per node the `fanout` facts of highest confidence (then id), at
// most `limit` facts in all, the second step only when the first was not cut short, and
// `truncated` when the limit cut a step or a frontier node gave `fanout` facts (it may have more).
// Nodes are listed in the order they were reached, which is the order our answer lists them in.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[r]-(:Entity)
  WHERE r.claimCount > 0
  WITH r ORDER BY r.confidence DESC, r.id LIMIT toInteger($fanout)
  WITH DISTINCT r LIMIT toInteger($limit + 1)
  RETURN collect(r) AS rows1
}
WITH start, rows1, rows1[0..toInteger($limit)] AS edges1
WITH start, edges1,
     size(rows1) > $limit OR size(rows1) >= $fanout AS truncated1,
     reduce(reached = [start], r IN rows1[0..toInteger($limit)] |
       reached + [x IN [startNode(r), endNode(r)] WHERE NOT x IN reached]) AS reached1
CALL (edges1, truncated1, reached1) {
  WITH * WHERE NOT truncated1 AND size(reached1) > 1
  UNWIND reached1[1..] AS f
  CALL (f) {
    MATCH (f)-[r]-(:Entity)
    WHERE r.claimCount > 0
    RETURN r ORDER BY r.confidence DESC, r.id LIMIT toInteger($fanout)
  }
  WITH DISTINCT r
  WITH collect(r) AS rows
  // LIMIT takes no variable: the rows past the room left are cut from the list instead.
  RETURN rows[0..toInteger($limit) - size(edges1) + 1] AS rows2
}
WITH start, edges1, truncated1, reached1, coalesce(rows2, []) AS rows2
WITH start, edges1, truncated1, reached1, rows2,
     [r IN rows2 WHERE NOT r IN edges1] AS new2, toInteger($limit) - size(edges1) AS room
// The rows our loop reads before it stops at the first new fact past the limit (counted for the fan-out).
WITH start, edges1, truncated1, reached1, rows2, new2[0..room] AS edges2,
     CASE WHEN size(new2) > room THEN rows2[0..[i IN range(0, size(rows2) - 1) WHERE rows2[i] = new2[room]][0] + 1] ELSE rows2 END AS read2,
     size(new2) > room AS cut2
WITH start, edges1 + edges2 AS edges,
     truncated1 OR cut2 OR any(f IN reached1[1..] WHERE
       size([r IN read2 WHERE startNode(r) = f]) + size([r IN read2 WHERE endNode(r) = f]) >= $fanout) AS truncated,
     reduce(reached = reached1, r IN edges2 | reached + [x IN [startNode(r), endNode(r)] WHERE NOT x IN reached]) AS reached
RETURN {
  truncated: truncated,
  nodes: [n IN reached | n { .id, .name, .kind }],
  edges: [r IN edges | r { .id, type: type(r), .confidence, from: {id: startNode(r).id}, to: {id: endNode(r).id} }]
} AS data
