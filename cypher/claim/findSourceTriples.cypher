// @name findSourceTriples
// @param sourceIds: string[] -- sources whose publisher changed
// @returns subjectId, predicate: string, objectId: string | null -- each triple a claim citing one of them speaks of, once
// A source's publisher is part of its claims' origins (docs/trust.md), so the facts of these
// triples are derived again when a source recorded before gets one (src/write/bundle.ts).
UNWIND $sourceIds AS sourceId
MATCH (:Source {id: sourceId})<-[:CITED_IN]-(c:Claim)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN DISTINCT s.id AS subjectId, c.predicate AS predicate, o.id AS objectId
