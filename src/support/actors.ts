/**
 * The names the service's own writers record their work under, where a write through the API
 * records its token's subject: the seed loader, and the importers (records, STIX, GDELT, ACLED).
 * No token may carry one as its subject (src/auth/verifyToken.ts): an analyst's writes would then
 * read, in a claim's provenance and an entity's history, as the service's own.
 */
export const SEED_ACTOR = 'seed';
export const IMPORT_ACTOR = 'import';
export const SERVICE_ACTORS: readonly string[] = [SEED_ACTOR, IMPORT_ACTOR];
