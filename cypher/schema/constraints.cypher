// @name applySchema
// @returns nothing -- each `;`-separated statement is run on its own; all are idempotent
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT tombstone_id IF NOT EXISTS FOR (t:Tombstone) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.id IS UNIQUE;
// Expired keys are found by date to be deleted (cypher/idempotency/claimIdempotencyKey.cypher).
CREATE INDEX idempotency_key_expires IF NOT EXISTS FOR (k:IdempotencyKey) ON (k.expiresAt);
CREATE INDEX merge_merged_id IF NOT EXISTS FOR (m:Merge) ON (m.mergeId);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX claim_review_status IF NOT EXISTS FOR (c:Claim) ON (c.reviewStatus);
// Today's disputes start from the claims marked DISPUTED (cypher/claim/findDisputedTriples.cypher).
CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status);
// The claim's triple ("subjectId|predicate|objectId"): finding a fact's claims is a seek (docs/writing.md).
// The claim's natural key is its id (a UUIDv5 of it), behind claim_id above.
CREATE INDEX claim_triple_key IF NOT EXISTS FOR (c:Claim) ON (c.tripleKey);
// Each fact type's facts by id, so a relationships page in id order that names no entity is a seek
// from its cursor (cypher/graph/findRelationshipsInIdOrder.cypher); a relationship index holds one type.
CREATE INDEX fact_id_deployed_to IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() ON (r.id);
CREATE INDEX fact_id_captured_by IF NOT EXISTS FOR ()-[r:CAPTURED_BY]-() ON (r.id);
CREATE INDEX fact_id_allied_with IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.id);
CREATE INDEX fact_id_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX fact_id_fights_in IF NOT EXISTS FOR ()-[r:FIGHTS_IN]-() ON (r.id);
CREATE INDEX fact_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX fact_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX fact_id_at_war_with IF NOT EXISTS FOR ()-[r:AT_WAR_WITH]-() ON (r.id);
CREATE INDEX fact_id_casualties_in IF NOT EXISTS FOR ()-[r:CASUALTIES_IN]-() ON (r.id);
CREATE INDEX fact_id_killed_in IF NOT EXISTS FOR ()-[r:KILLED_IN]-() ON (r.id);
CREATE INDEX fact_id_wounded_in IF NOT EXISTS FOR ()-[r:WOUNDED_IN]-() ON (r.id);
CREATE INDEX fact_id_missing_in IF NOT EXISTS FOR ()-[r:MISSING_IN]-() ON (r.id);
CREATE INDEX fact_id_wounded IF NOT EXISTS FOR ()-[r:WOUNDED]-() ON (r.id);
CREATE INDEX fact_id_threatens_stability_of IF NOT EXISTS FOR ()-[r:THREATENS_STABILITY_OF]-() ON (r.id);
CREATE INDEX fact_id_attacked IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.id);
CREATE INDEX fact_id_seized IF NOT EXISTS FOR ()-[r:SEIZED]-() ON (r.id);
// The standard analyser without stop words, so names like "The Hague" keep every word.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
