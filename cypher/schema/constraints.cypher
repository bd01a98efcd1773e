// @name applySchema
// @returns nothing -- each `;`-separated statement is run on its own; all are idempotent
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT tombstone_id IF NOT EXISTS FOR (t:Tombstone) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.id IS UNIQUE;
CREATE INDEX merge_merged_id IF NOT EXISTS FOR (m:Merge) ON (m.mergeId);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX claim_review_status IF NOT EXISTS FOR (c:Claim) ON (c.reviewStatus);
// The claim's triple ("subjectId|predicate|objectId"): finding a fact's claims is a seek (docs/writing.md).
// The claim's natural key is its id (a UUIDv5 of it), behind claim_id above.
CREATE INDEX claim_triple_key IF NOT EXISTS FOR (c:Claim) ON (c.tripleKey);
// The standard analyser without stop words, so names like "The Hague" keep every word.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
