// @name bareClaimWrite
// @param claims: {id, tripleKey, sourceId, subjectId, objectId, reportedById, excerpts, props}[] -- as assertClaims is sent them (src/claim/repository.ts), each id new to the graph
// @param confidenceByCredibility: map -- credibility ("1".."6") → the confidence of an unattributed claim with it
// @returns written: number -- how many claims were created
// The write ceiling beside W1 (`npm run bench:writes -- --bare`): the claims stored as ours stores
// them, the nodes with their properties, indexes and edges, in one statement. It creates where ours merges on the natural key, looks up no reporter's or
// publisher's reliability (F, as for an unattributed claim), takes no lock, and derives no fact and
// no status: about the least any write path can do to store these claims, so its rate is their
// ceiling here.
UNWIND $claims AS c
MATCH (src:Source {id: c.sourceId})
MATCH (subj:Entity {id: c.subjectId})
OPTIONAL MATCH (obj:Entity {id: c.objectId})
OPTIONAL MATCH (rep:Entity {id: c.reportedById})
CREATE (cl:Claim {id: c.id})
SET cl += c.props, cl.tripleKey = c.tripleKey, cl.excerpts = c.excerpts, cl.status = 'REPORTED',
    cl.knownAt = src.knownAt, cl.createdAt = datetime(), cl.updatedAt = datetime(), cl.reliability = 'F',
    cl.confidence = $confidenceByCredibility[toString(toInteger(c.props.credibility))]
CREATE (cl)-[:CITED_IN]->(src), (cl)-[:SUBJECT]->(subj)
FOREACH (o IN CASE WHEN obj IS NULL THEN [] ELSE [obj] END | CREATE (cl)-[:OBJECT]->(o))
FOREACH (r IN CASE WHEN rep IS NULL THEN [] ELSE [rep] END | CREATE (cl)-[:REPORTED_BY]->(r))
RETURN count(cl) AS written
