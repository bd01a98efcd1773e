import type { Driver } from 'neo4j-driver';

/**
 * What "nothing half-written" means for the outage test's database, checked directly in Neo4j.
 * The database holds only writes made through upsertEntity, recordSource and assertClaim, whose
 * transactions write together (src/entity/commands.ts, src/claim/commands.ts, cypher/claim/assertClaims.cypher,
 * src/graph/facts.ts):
 * - an entity comes with a CREATED :Change;
 * - a claim has exactly one CITED_IN source and one SUBJECT, at most one OBJECT, a REPORTED_BY exactly
 *   when its attribution is REPORTER, its derived status and confidence, a CLAIM_ASSERTED :Change on
 *   its subject, and (asserted, unretracted, with an object) a fact from subject to object whose
 *   claimIds list it;
 * - a fact (an entity-to-entity relationship) has an id and a non-empty claimIds whose every claim
 *   exists, is unretracted and has that subject, predicate and object, with claimCount its size.
 * Each check returns the offending records, so a failure names them.
 */

type Row = Record<string, unknown>;

async function rows(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const result = await driver.executeQuery(cypher, params);
  return result.records.map((r) => r.toObject());
}

export async function findHalfWrittenClaims(driver: Driver): Promise<Row[]> {
  return rows(
    driver,
    `MATCH (c:Claim)
     OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
     OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
     WITH c, s, o,
          COUNT { (c)-[:CITED_IN]->(:Source) } AS sources,
          COUNT { (c)-[:SUBJECT]->(:Entity) } AS subjects,
          COUNT { (c)-[:OBJECT]->(:Entity) } AS objects,
          COUNT { (c)-[:REPORTED_BY]->(:Entity) } AS reporters
     WITH c, sources, subjects, objects, reporters,
          CASE WHEN o IS NULL OR c.polarity <> 'ASSERTED' OR c.status = 'RETRACTED' THEN true
               ELSE EXISTS { MATCH (s)-[f]->(o) WHERE type(f) = c.predicate AND c.id IN f.claimIds } END AS hasFact,
          s IS NOT NULL AND EXISTS { (:Change {action: 'CLAIM_ASSERTED'})-[:OF]->(s) } AS hasHistory
     WHERE sources <> 1 OR subjects <> 1 OR objects > 1 OR reporters > 1
        OR (reporters = 1) <> (c.attribution = 'REPORTER')
        OR c.status IS NULL OR c.confidence IS NULL OR NOT hasFact OR NOT hasHistory
     RETURN c.id AS id, c.text AS text, sources, subjects, objects, reporters, c.status AS status, hasFact, hasHistory
     ORDER BY id`,
  );
}

export async function findBrokenFacts(driver: Driver): Promise<Row[]> {
  return rows(
    driver,
    `MATCH (a:Entity)-[f]->(b:Entity)
     WITH a, f, b, [id IN coalesce(f.claimIds, []) WHERE NOT EXISTS {
            MATCH (c:Claim {id: id})-[:SUBJECT]->(a)
            WHERE c.predicate = type(f) AND c.status <> 'RETRACTED' AND EXISTS { (c)-[:OBJECT]->(b) }
          }] AS unsupported
     WHERE f.id IS NULL OR f.claimIds IS NULL OR size(f.claimIds) = 0 OR f.claimCount <> size(f.claimIds) OR size(unsupported) > 0
     RETURN a.id AS fromId, type(f) AS type, b.id AS toId, f.claimIds AS claimIds, unsupported`,
  );
}

export async function findEntitiesWithoutHistory(driver: Driver): Promise<Row[]> {
  return rows(
    driver,
    `MATCH (e:Entity) WHERE NOT EXISTS { (:Change {action: 'CREATED'})-[:OF]->(e) }
     RETURN e.id AS id, e.name AS name`,
  );
}

/** The ids of `ids` that name no node with `label` (a fixed label from this file's callers, never input). */
export async function findMissing(driver: Driver, label: 'Entity' | 'Claim', ids: readonly string[]): Promise<string[]> {
  const found = await rows(
    driver,
    label === 'Entity'
      ? 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN collect(n.id) AS ids'
      : 'UNWIND $ids AS id MATCH (n:Claim {id: id}) RETURN collect(n.id) AS ids',
    { ids },
  );
  const present = new Set((found[0]?.ids as string[] | undefined) ?? []);
  return ids.filter((id) => !present.has(id));
}

/** How many nodes of each kind the database holds. */
export async function countNodes(driver: Driver): Promise<{ entities: number; claims: number; changes: number; facts: number }> {
  const [row] = await rows(
    driver,
    `RETURN COUNT { MATCH (:Entity) } AS entities, COUNT { MATCH (:Claim) } AS claims,
            COUNT { MATCH (:Change) } AS changes, COUNT { MATCH (:Entity)-[]->(:Entity) } AS facts`,
  );
  return row as { entities: number; claims: number; changes: number; facts: number };
}
