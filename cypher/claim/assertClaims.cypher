// @name assertClaims
// @param subjectIds: string[] -- the claims' subjects, each once, sorted: locked first (see lockFactSubjects.cypher)
// @param claims: {id, tripleKey, sourceId, subjectId, objectId, reportedById, intermediaryId, excerpts, props}[] -- each id once; props holds the claim's scalar fields that are not null (attribution and credibility always are), excerpts every excerpt the batch gives of it
// @param credibilityWeights: map -- credibility ("1".."6") → weight, from src/claim/confidence.ts
// @param reliabilityWeights: map -- reliability (A..F) → weight, from src/claim/confidence.ts
// @returns id, tripleKey: string, created, changed, tripleComplete: boolean, claim: TripleClaimRow -- one row per claim written; fewer rows than inputs means a missing source or entity;
//   created is true for a claim new in the graph;
//   changed is false for a claim that existed with the same reliability and confidence (a re-write that cannot change its fact);
//   for a changed claim, claim holds the fields its fact is derived from (as findTripleClaims returns them; for a new claim only
//   reliability, confidence, knownAt and publisherId, the rest being its input), and tripleComplete says that
//   every claim of its triple that counts (neither retracted nor rejected) after this write is a changed claim of
//   this batch; for the others claim is null, and tripleComplete false when no claim of the triple changed
// The id is a UUIDv5 of the claim's natural key, so the same statement twice is one claim; a
// second excerpt of it is added to `excerpts`, never lost. Reliability is the reporter's, the
// publisher's for the source's own voice, F for unattributed reports. Only a new claim, or one whose
// reliability (so confidence) moved, can change its fact: the others come back changed = false and
// their triples are not rebuilt (src/claim/repository.ts). A new claim's edges are created outright;
// only a claim that was there already merges them (it has them), which spares the check of each.
// A triple whose counted claims are all in the batch is derived from these rows alone, without
// findTripleClaims: the check comes after every row is written (the collect below waits for all).
// The subjects are locked first, in this statement, as lockFactSubjects does (the property set and
// removed, in sorted order): a concurrent writer of the same triple waits here until the other has
// committed, and then counts its claims. A new claim gets all its properties in ON CREATE; only a
// claim that was there already is updated afterwards (excerpts, reliability, confidence).
// Null properties are left out of props by the caller (a new node has nothing to remove).
CALL () {
  UNWIND $subjectIds AS id
  MATCH (s:Entity {id: id})
  SET s.factLock = true
  REMOVE s.factLock
}
UNWIND $claims AS c
MATCH (src:Source {id: c.sourceId})
MATCH (subj:Entity {id: c.subjectId})
OPTIONAL MATCH (obj:Entity {id: c.objectId})
OPTIONAL MATCH (rep:Entity {id: c.reportedById})
OPTIONAL MATCH (via:Entity {id: c.intermediaryId})
OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(pub:Entity)
WITH c, src, subj, obj, rep, via, pub,
     CASE c.props.attribution
       WHEN 'REPORTER' THEN coalesce(rep.reliability, 'F')
       WHEN 'SOURCE' THEN coalesce(pub.reliability, 'F')
       ELSE 'F'
     END AS reliability
WHERE (c.objectId IS NULL OR obj IS NOT NULL) AND (c.reportedById IS NULL OR rep IS NOT NULL)
  AND (c.intermediaryId IS NULL OR via IS NOT NULL)
MERGE (cl:Claim {id: c.id})
  ON CREATE SET cl += c.props, cl.tripleKey = c.tripleKey, cl.excerpts = c.excerpts, cl.status = 'REPORTED',
                cl.knownAt = src.knownAt, cl.createdAt = datetime(), cl.reliability = reliability,
                cl.confidence = round($credibilityWeights[toString(toInteger(c.props.credibility))] * $reliabilityWeights[reliability], 4)
// updatedAt is set on every write after creation, so a claim without one was created just now
// (each id comes once per batch, so no other row of this statement created it).
WITH c, src, subj, obj, rep, via, pub, reliability, cl,
     cl.updatedAt IS NULL AS created, cl.reliability AS reliabilityBefore, cl.confidence AS confidenceBefore
SET cl.updatedAt = datetime()
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  CREATE (cl)-[:CITED_IN]->(src), (cl)-[:SUBJECT]->(subj)
  FOREACH (o IN CASE WHEN obj IS NULL THEN [] ELSE [obj] END | CREATE (cl)-[:OBJECT]->(o))
  FOREACH (r IN CASE WHEN rep IS NULL THEN [] ELSE [rep] END | CREATE (cl)-[:REPORTED_BY]->(r))
  FOREACH (v IN CASE WHEN via IS NULL THEN [] ELSE [via] END | CREATE (cl)-[:RELAYED_BY]->(v)))
FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END |
  SET cl.excerpts = cl.excerpts + [e IN c.excerpts WHERE NOT e IN cl.excerpts],
      cl.reliability = reliability,
      cl.confidence = round($credibilityWeights[toString(toInteger(cl.credibility))] * $reliabilityWeights[reliability], 4)
  MERGE (cl)-[:CITED_IN]->(src)
  MERGE (cl)-[:SUBJECT]->(subj)
  FOREACH (o IN CASE WHEN obj IS NULL THEN [] ELSE [obj] END | MERGE (cl)-[:OBJECT]->(o))
  FOREACH (r IN CASE WHEN rep IS NULL THEN [] ELSE [rep] END | MERGE (cl)-[:REPORTED_BY]->(r))
  FOREACH (v IN CASE WHEN via IS NULL THEN [] ELSE [via] END | MERGE (cl)-[:RELAYED_BY]->(v)))
WITH collect({cl: cl, created: created, src: src, pub: pub, rep: rep, reliability: reliability,
                changed: created OR reliabilityBefore IS NULL OR reliabilityBefore <> cl.reliability
                         OR coalesce(confidenceBefore, -1) <> coalesce(cl.confidence, -1)}) AS written
// Once per triple, not per claim: whether a counted claim of it lies outside the batch's changed
// claims. The search stops at the first such claim, so a triple a feed reports every day costs a
// seek, where counting its claims for each of the batch's rows cost rows × claims. Planned with
// some stores' statistics, the check scanned every claim (or the whole index) once per triple
// (docs/benchmarks.md, "Loads that take 140 to 165 s"): `USING INDEX SEEK` allows only the seek,
// and as a subquery, not an EXISTS within an expression, its plan shows it.
UNWIND written AS w
WITH w.cl.tripleKey AS key, collect(w) AS rows
CALL (key, rows) {
  WITH key, [r IN rows WHERE r.changed | r.cl.id] AS changedIds
  OPTIONAL CALL (key, changedIds) {
    WITH key, changedIds WHERE size(changedIds) > 0
    MATCH (other:Claim {tripleKey: key})
    USING INDEX SEEK other:Claim(tripleKey)
    WHERE other.status <> 'RETRACTED' AND coalesce(other.reviewStatus, 'ACCEPTED') <> 'REJECTED'
      AND NOT other.id IN changedIds
    RETURN other.id AS outside
    LIMIT 1
  }
  RETURN size(changedIds) > 0 AND outside IS NULL AS tripleComplete
}
UNWIND rows AS w
WITH w, w.cl AS cl, tripleComplete
RETURN cl.id AS id, cl.tripleKey AS tripleKey, w.created AS created, w.changed AS changed, tripleComplete,
       // A new claim's other fields are its input (src/claim/repository.ts adds them): only what the write derived comes back.
       CASE WHEN w.created THEN {reliability: w.reliability, confidence: cl.confidence, knownAt: w.src.knownAt, publisherId: w.pub.id}
            WHEN w.changed THEN cl { .id, .predicate, .polarity, .attribution, .credibility, .reliability, .confidence, .status, .knownAt,
                   .unattributedOnly, .reviewStatus, .quantityValue, .quantityUpper, .quantityUnit, .quantityQualifier,
                   .validFrom, .validFromPrecision, .validTo, .validToPrecision,
                   sourceId: w.src.id, publisherId: w.pub.id, reportedById: w.rep.id } END AS claim
