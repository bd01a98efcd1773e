// @name assertClaims
// @param claims: {id, sourceId, subjectId, objectId, reportedById, excerpt, props}[] -- props holds the claim's scalar fields
// @returns id: string -- one row per claim written; fewer rows than inputs means a missing source or entity
// The id is a UUIDv5 of the claim's natural key, so the same statement twice is one claim; a
// second excerpt of it is added to `excerpts`, never lost.
UNWIND $claims AS c
MATCH (src:Source {id: c.sourceId})
MATCH (subj:Entity {id: c.subjectId})
OPTIONAL MATCH (obj:Entity {id: c.objectId})
OPTIONAL MATCH (rep:Entity {id: c.reportedById})
WITH c, src, subj, obj, rep
WHERE (c.objectId IS NULL OR obj IS NOT NULL) AND (c.reportedById IS NULL OR rep IS NOT NULL)
MERGE (cl:Claim {id: c.id})
  ON CREATE SET cl += c.props, cl.text = c.excerpt, cl.excerpts = [], cl.status = 'REPORTED', cl.createdAt = datetime()
SET cl.excerpts = CASE WHEN c.excerpt IN cl.excerpts THEN cl.excerpts ELSE cl.excerpts + c.excerpt END,
    cl.updatedAt = datetime()
MERGE (cl)-[:CITED_IN]->(src)
MERGE (cl)-[:SUBJECT]->(subj)
FOREACH (o IN CASE WHEN obj IS NULL THEN [] ELSE [obj] END | MERGE (cl)-[:OBJECT]->(o))
FOREACH (r IN CASE WHEN rep IS NULL THEN [] ELSE [rep] END | MERGE (cl)-[:REPORTED_BY]->(r))
RETURN cl.id AS id
