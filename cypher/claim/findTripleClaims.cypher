// @name findTripleClaims
// @param triples: {key, append}[] -- triple keys ("subjectId|predicate|objectId", objectId empty for claims with no object), as
//   src/claim/facts.ts tripleKey makes them; append is null, or for a triple a write only added claims to,
//   {fromId, type, toId, claimIds, sourceIds}: its ends and type (from the RelationshipType enum), the added claims' ids and their sources' ids
// @returns key: string, fact: map | null, claims: TripleClaimRow[] -- per triple, either its stored fact (when append was given and
//   the fact may take the added claims: it exists, has the properties appending reads, no claim denies the triple, and no
//   counted claim of the triple other than the added ones is cited in one of their sources), with claims empty;
//   or fact null and every claim of the triple, asserted or denied, neither retracted nor rejected in review,
//   with only the fields a fact and a status are derived from (src/claim/facts.ts deriveFact)
// A seek on the claim_triple_key index per triple: the cost is the triple's own claims, never
// every claim of a hub subject. The claims come back with it, in the same round trip, and without
// the fields a rebuild never reads (texts, review notes, corrections), which findClaimsByIds projects.
// A triple a feed reports every day has thousands of claims: where a write only added some, the
// stored fact is returned instead (src/claim/appendToFact.ts), and the claims are read only when it
// may not take them, in the same statement. The check of the sources walks from each source (a
// handful of claims each), never the triple's claims. Planned while a triple was small, a seek on
// the triple key looked as cheap and stayed in the plan cache: the hint seeks the sources, and the
// claims citing each are a pattern comprehension from it, which can only walk from the source. (A
// MATCH with `other` unlabelled was not enough: once in a full test run a plan seeked the triple's
// 2,000 claims by their key for each of 100 sources, 220,534 db hits where 634 are usual.)
// The seek of a triple's claims is pinned by a hint too (see assertClaims).
UNWIND $triples AS t
OPTIONAL CALL (t) {
  WITH t.append AS append, t.key AS key WHERE append IS NOT NULL
  MATCH (a:Entity {id: append.fromId}), (b:Entity {id: append.toId})
  // Both ends bound first, so the walk is Expand(Into), as writeFacts does.
  CALL (a, b, append) {
    MATCH (a)-[r:$(append.type)]->(b)
    RETURN r
  }
  WITH r, append, key
  WHERE r.deniedClaimCount = 0 AND r.originScores IS NOT NULL
    AND NOT EXISTS {
      UNWIND append.sourceIds AS sourceId
      MATCH (s:Source {id: sourceId})
      USING INDEX s:Source(id)
      WHERE any(other IN [(s)<-[:CITED_IN]-(o) | o] WHERE other.tripleKey = key AND NOT other.id IN append.claimIds
        AND other.status <> 'RETRACTED' AND coalesce(other.reviewStatus, 'ACCEPTED') <> 'REJECTED')
    }
  RETURN properties(r) AS fact
}
// One row per triple whatever passes: an aggregation with nothing to group by returns one, [] when
// the fact was returned and nothing is read.
CALL (t, fact) {
  WITH t WHERE fact IS NULL
  OPTIONAL MATCH (c:Claim {tripleKey: t.key})
  USING INDEX SEEK c:Claim(tripleKey)
  WHERE c.status <> 'RETRACTED' AND coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED'
  OPTIONAL MATCH (c)-[:CITED_IN]->(s:Source)
  RETURN collect(c { .id, .predicate, .polarity, .attribution, .credibility, .reliability, .confidence, .status, .knownAt,
                     .unattributedOnly, .reviewStatus, .quantityValue, .quantityUpper, .quantityUnit, .quantityQualifier,
                     .validFrom, .validFromPrecision, .validTo, .validToPrecision,
                     sourceId: s.id,
                     publisherId: [(s)-[:PUBLISHED_BY]->(p) | p.id][0],
                     reportedById: [(c)-[:REPORTED_BY]->(r) | r.id][0] }) AS claims
}
RETURN t.key AS key, fact, claims
