// @name floorPaths
// @param from, to: string -- entity ids (distinct)
// @param maxHops: int -- 1 to 6; first: int -- how many paths at most
// @returns data: Q4's `paths` list, shaped as our answer's
// Q4 of the benchmark as one statement for the "floor over HTTP" (bench/floorServer.ts): the
// shortest paths of cypher/graph/shortestPaths.cypher (the same pattern, so the same paths in the
// same order), each with its nodes' names, projected straight into the JSON our answer has.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.claimCount > 0)
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT toInteger($first)
RETURN collect({
  length: length(p),
  nodes: [n IN nodes(p) | n { .id, .name }],
  edges: [r IN relationships(p) | r { .id, type: type(r), .confidence }]
}) AS data
