// @name findClaimPageInIdOrder
// @param afterId, beforeId: string | null -- the bounds of the range (null: open), read forward
// @param limit: int -- page size plus one
// @param anchorEntityId, anchorLinks, anchorSourceId -- as findAnchoredClaims, all null (and no links) for a filter naming no entity or source
// @param the filters of findClaims (predicates, statuses, attribution, polarity, asOf, windowStart, windowEnd, minConfidence, excludeUnattributedOnly, entityId, subjectId, objectId, reportedById, sourceId, knownAfter, knownBy, reviewStatuses)
// @param withSources: boolean -- also read the claims' sources
// @param entityLinks: string[] -- also read the entities the claims name through these (SUBJECT, OBJECT, REPORTED_BY, RELAYED_BY); withPublishers: boolean -- and the sources' publishers
// @returns page: {id, sortKey}[], claims: ClaimRow[], sources: SourceRow[], entities: EntityRow[]
// findClaimsInIdOrder with the claims of the page, in one round trip where DataLoader takes three
// (docs/architecture.md, "Reads in one statement"). The page is read as findClaimsInIdOrder reads
// it (the id index gives the order, so Neo4j stops when the page is full); the records have the
// shapes of findClaimsByIds, findSourcesByIds and findEntitiesByIds, so the API primes its loaders
// with them; tests/cypher/singleStatementReads.shape.test.ts holds the projections equal.
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
  WITH c.id AS id
  ORDER BY id
  LIMIT toInteger($limit)
  RETURN collect({id: id, sortKey: ''}) AS scanned
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
  WITH c.id AS id
  ORDER BY id
  LIMIT toInteger($limit)
  RETURN collect({id: id, sortKey: ''}) AS fromAnchor
}
WITH scanned + fromAnchor AS page
CALL (page) {
  UNWIND page AS item
  MATCH (c:Claim {id: item.id})-[:CITED_IN]->(s:Source)
  RETURN collect(c { .*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt), reviewedAt: toString(c.reviewedAt),
           subjectId: [(c)-[:SUBJECT]->(e) | e.id][0],
           objectId: [(c)-[:OBJECT]->(o) | o.id][0],
           reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0],
           intermediaryId: [(c)-[:RELAYED_BY]->(v) | v.id][0],
           correctsId: [(c)-[:CORRECTS]->(o:Claim) | o.id][0],
           correctedById: [(c)<-[:CORRECTS]-(n:Claim) | n.id][0],
           sourceId: s.id,
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0] }) AS claims,
         collect(DISTINCT s) AS cited,
         collect(c) AS claimNodes
}
CALL (cited) {
  WITH * WHERE $withSources
  UNWIND cited AS s
  RETURN collect(s { .id, .title, .url, .contentHash, .publishedAt, .publishedAtPrecision,
           retrievedAt: toString(s.retrievedAt),
           publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
           claimCount: COUNT { (s)<-[:CITED_IN]-() } }) AS sources
}
CALL (claimNodes, cited) {
  CALL (claimNodes, cited) {
    WITH * WHERE size($entityLinks) > 0
    UNWIND claimNodes AS c
    MATCH (c)-[link:SUBJECT|OBJECT|REPORTED_BY|RELAYED_BY]->(n:Entity)
    WHERE type(link) IN $entityLinks
    RETURN n
    UNION
    WITH * WHERE $withPublishers
    UNWIND cited AS s
    MATCH (s)-[:PUBLISHED_BY]->(n:Entity)
    RETURN n
  }
  WITH DISTINCT n
  RETURN collect(n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
                     createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) }) AS entities
}
RETURN page, claims, sources, entities
