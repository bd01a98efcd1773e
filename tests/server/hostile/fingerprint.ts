import type { Database } from '../../../src/neo4j';
import type { KnownIds } from './schemaWalk';

/**
 * Everything in the graph as sorted text: each node by its labels and properties, each
 * relationship by its type, properties and end nodes, and the indexes and constraints. Two equal
 * fingerprints mean nothing was written, changed or deleted (ids inside Neo4j are left out, so a
 * node deleted and made again the same does not count as a change).
 */
export interface Fingerprint {
  nodes: string[];
  relationships: string[];
  schema: string[];
}

export async function graphFingerprint(db: Database): Promise<Fingerprint> {
  const nodeRows = await db.runStatement('MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props');
  const text = new Map<string, string>();
  for (const row of nodeRows) {
    text.set(row.key as string, canonical({ labels: [...(row.labels as string[])].sort(), props: row.props }));
  }
  const relationshipRows = await db.runStatement(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, type(r) AS type, properties(r) AS props, elementId(b) AS to',
  );
  const relationships = relationshipRows.map((row) =>
    canonical({ type: row.type, props: row.props, from: text.get(row.from as string), to: text.get(row.to as string) }),
  );
  const schemaRows = await db.runStatement('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *');
  return {
    nodes: [...text.values()].sort(),
    relationships: relationships.sort(),
    schema: schemaRows.map((row) => canonical(row)).sort(),
  };
}

/** What one fingerprint has that the other has not (as multisets), a few of each, for a failure message. */
export function fingerprintDifference(before: Fingerprint, after: Fingerprint, shown = 5): string[] {
  const lines: string[] = [];
  for (const part of ['nodes', 'relationships', 'schema'] as const) {
    const removed = multisetMinus(before[part], after[part]);
    const added = multisetMinus(after[part], before[part]);
    if (removed.length === 0 && added.length === 0) continue;
    lines.push(`${part}: ${before[part].length} before, ${after[part].length} after; ${added.length} new or changed, ${removed.length} gone or changed`);
    for (const item of added.slice(0, shown)) lines.push(`  + ${item.slice(0, 400)}`);
    for (const item of removed.slice(0, shown)) lines.push(`  - ${item.slice(0, 400)}`);
  }
  return lines;
}

/** The ids in the graph, so that generated documents can name real things. */
export async function knownIds(db: Database): Promise<KnownIds> {
  const entities = await db.runStatement('MATCH (e:Entity) RETURN e.id AS id, e.kind AS kind ORDER BY id');
  const sources = await db.runStatement('MATCH (s:Source) RETURN s.id AS id ORDER BY id');
  const claims = await db.runStatement('MATCH (c:Claim) RETURN c.id AS id ORDER BY id');
  return {
    entities: entities.map((r) => r.id as string),
    sources: sources.map((r) => r.id as string),
    claims: claims.map((r) => r.id as string),
    kinds: new Map(entities.map((r) => [r.id as string, r.kind as string])),
  };
}

function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(item, (counts.get(item) ?? 0) + 1);
  const left: string[] = [];
  for (const item of a) {
    const count = counts.get(item) ?? 0;
    if (count > 0) counts.set(item, count - 1);
    else left.push(item);
  }
  return left;
}

/** JSON with sorted keys; temporal and spatial values as their ISO text. */
function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null && typeof (value as { toString(): string }).toString === 'function') {
      return `${proto.constructor?.name ?? 'value'}:${String(value)}`;
    }
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, normalise((value as Record<string, unknown>)[k])]));
  }
  return value;
}
