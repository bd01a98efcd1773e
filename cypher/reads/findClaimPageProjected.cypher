// @name findClaimPageProjected
// @param afterId, beforeId: string | null -- the bounds of the range (null: open), read forward
// @param limit: int -- page size plus one
// @param anchorEntityId, anchorLinks, anchorSourceId -- as findAnchoredClaims, all null (and no links) for a filter naming no entity or source
// @param the filters of findClaims (predicates, statuses, attribution, polarity, asOf, windowStart, windowEnd, minConfidence, excludeUnattributedOnly, entityId, subjectId, objectId, reportedById, sourceId, knownAfter, knownBy, reviewStatuses)
// @param claimKeys: string[] -- the claim properties to read, `id` first
// @param sourceKeys, subjectKeys, objectKeys: string[] | null -- the properties of each claim's source, subject and object to read (null: not read)
// @returns page: {id, sortKey}[], claims: {values, source, subject, object}[] (each a list of values in the order of its keys)
// cypher/claim/findClaimPageInIdOrder.cypher reading only the properties the selection shows
// (docs/architecture.md, "Reads in one statement"): the page is read as there (the id index gives
// the order, so Neo4j stops when the page is full), but each claim, its source and the entities it
// names come back as lists of the values of the keys asked for, not as whole records.
// tests/reads/projectedReads.int.test.ts holds the answers equal to the full read's.
// Which block reads the page: with no anchor, the id order over every claim; with one, the anchor's
// own claims cost their number, where the id order fills a page after about claims / degree × limit
// claims (the anchor's degree and the claim count are read from the store, not by visiting them), so
// a hub's page is read in id order, a small entity's or a source's from the node.
OPTIONAL MATCH (anchorEntity:Entity {id: $anchorEntityId})
OPTIONAL MATCH (anchorSource:Source {id: $anchorSourceId})
WITH COUNT { (anchorEntity)<-[:SUBJECT|OBJECT|REPORTED_BY]-() } + COUNT { (anchorSource)<-[:CITED_IN]-() } AS degree,
     COUNT { (:Claim) } AS claims
WITH ($anchorEntityId IS NOT NULL OR $anchorSourceId IS NOT NULL) AND degree * degree <= claims * $limit AS startAtAnchor
// Each block runs only in its case, and both give one row. The anchored one reads as
// findAnchoredClaims does (the anchor chosen by claimAnchor in src/claim/repository.ts).
CALL (startAtAnchor) {
  // The range starts above every id (UUIDs) when the anchor reads the page: a condition in a WHERE
  // of its own was planned as a filter over the scan, which then read every claim.
  MATCH (c:Claim)
  WHERE c.id > CASE WHEN startAtAnchor THEN '\uFFFF' ELSE coalesce($afterId, '') END
    AND ($beforeId IS NULL OR c.id < $beforeId)
    AND ($predicates IS NULL OR c.predicate IN $predicates)
    AND ($statuses IS NULL OR c.status IN $statuses)
    AND ($attribution IS NULL OR c.attribution = $attribution)
    AND ($polarity IS NULL OR c.polarity = $polarity)
    AND ($asOf IS NULL OR c.knownAt <= $asOf)
    AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
    AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT c.unattributedOnly)
    AND ($entityId IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $entityId}) })
    AND ($subjectId IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subjectId}) })
    AND ($objectId IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $objectId}) })
    AND ($reportedById IS NULL OR EXISTS { (c)-[:REPORTED_BY]->(:Entity {id: $reportedById}) })
    AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
    AND ($knownAfter IS NULL OR c.knownAt > $knownAfter)
    AND ($knownBy IS NULL OR c.knownAt <= $knownBy)
    AND ($reviewStatuses IS NULL OR coalesce(c.reviewStatus, 'ACCEPTED') IN $reviewStatuses)
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c) AS scanned
}
CALL (startAtAnchor) {
  // The anchor's id only when it reads the page: else both seeks are of null, and find nothing.
  CALL (startAtAnchor) {
    MATCH (:Entity {id: CASE WHEN startAtAnchor THEN $anchorEntityId END})<-[link:SUBJECT|OBJECT|REPORTED_BY]-(c:Claim)
    WHERE type(link) IN $anchorLinks
    RETURN c
    UNION
    MATCH (:Source {id: CASE WHEN startAtAnchor THEN $anchorSourceId END})<-[:CITED_IN]-(c:Claim)
    RETURN c
  }
  WITH c
  WHERE c.id > coalesce($afterId, '')
    AND ($beforeId IS NULL OR c.id < $beforeId)
    AND ($predicates IS NULL OR c.predicate IN $predicates)
    AND ($statuses IS NULL OR c.status IN $statuses)
    AND ($attribution IS NULL OR c.attribution = $attribution)
    AND ($polarity IS NULL OR c.polarity = $polarity)
    AND ($asOf IS NULL OR c.knownAt <= $asOf)
    AND ($windowStart IS NULL OR (c.validStart <= $windowEnd AND c.validEnd >= $windowStart) OR ($keepUndated AND c.validStart IS NULL))
    AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
    AND (NOT $excludeUnattributedOnly OR NOT c.unattributedOnly)
    AND ($entityId IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $entityId}) })
    AND ($subjectId IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subjectId}) })
    AND ($objectId IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $objectId}) })
    AND ($reportedById IS NULL OR EXISTS { (c)-[:REPORTED_BY]->(:Entity {id: $reportedById}) })
    AND ($sourceId IS NULL OR EXISTS { (c)-[:CITED_IN]->(:Source {id: $sourceId}) })
    AND ($knownAfter IS NULL OR c.knownAt > $knownAfter)
    AND ($knownBy IS NULL OR c.knownAt <= $knownBy)
    AND ($reviewStatuses IS NULL OR coalesce(c.reviewStatus, 'ACCEPTED') IN $reviewStatuses)
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c) AS fromAnchor
}
UNWIND scanned + fromAnchor AS c
RETURN collect({id: c.id, sortKey: ''}) AS page,
       collect({
         values: [k IN $claimKeys | c[k]],
         source: CASE WHEN $sourceKeys IS NULL THEN null ELSE [(c)-[:CITED_IN]->(s:Source) | [k IN $sourceKeys | s[k]]][0] END,
         subject: CASE WHEN $subjectKeys IS NULL THEN null ELSE [(c)-[:SUBJECT]->(e:Entity) | [k IN $subjectKeys | e[k]]][0] END,
         object: CASE WHEN $objectKeys IS NULL THEN null ELSE [(c)-[:OBJECT]->(o:Entity) | [k IN $objectKeys | o[k]]][0] END
       }) AS claims
