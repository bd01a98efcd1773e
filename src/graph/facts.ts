import type { RelationshipType } from '../generated/graphql';
import { quantityFromStore } from '../claim/model';
import type { QueryRunner } from '../neo4j/database';
import { factId, partialDateFromStore } from '../support';

/**
 * Facts are derived from claims and can always be rebuilt from them. A fact (from, type, to) exists
 * while at least one asserted, unretracted claim supports it, and carries a summary of them.
 */

export interface FactKey {
  fromId: string;
  type: RelationshipType;
  toId: string;
}

/** The stored properties of a fact, as `summarizeFact` computes them. */
export interface FactProps {
  id: string;
  claimIds: string[];
  claimCount: number;
  confidence: number | null;
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
  quantityValue: number | null;
  quantityUnit: string | null;
  quantityQualifier: string | null;
}

/**
 * Summarises the claims behind one fact:
 * - `validFrom` is the earliest start any claim gives and `validTo` the latest end (ISO strings of
 *   any precision compare correctly as text: "2024-12" < "2024-12-27");
 * - `quantity` is the largest one reported, with its qualifier and unit;
 * - `confidence` is the best confidence of any claim.
 * Returns null when no claim supports the fact, which removes it.
 */
export function summarizeFact(key: FactKey, claims: ReadonlyArray<Record<string, unknown>>): FactProps | null {
  if (claims.length === 0) return null;
  const starts = claims.map((c) => partialDateFromStore(c.validFrom, c.validFromPrecision)).filter((d) => d !== null);
  const ends = claims.map((c) => partialDateFromStore(c.validTo, c.validToPrecision)).filter((d) => d !== null);
  const earliest = starts.sort((a, b) => a.iso.localeCompare(b.iso))[0] ?? null;
  const latest = ends.sort((a, b) => b.iso.localeCompare(a.iso))[0] ?? null;
  const quantities = claims.map((c) => quantityFromStore(c)).filter((q) => q !== null);
  const largest = quantities.sort((a, b) => b.value - a.value)[0] ?? null;
  const confidences = claims.map((c) => c.confidence).filter((c): c is number => typeof c === 'number');
  return {
    id: factId(key.fromId, key.type, key.toId),
    claimIds: claims.map((c) => c.id as string).sort(),
    claimCount: claims.length,
    confidence: confidences.length > 0 ? Math.max(...confidences) : null,
    validFrom: earliest?.iso ?? null,
    validFromPrecision: earliest?.precision ?? null,
    validTo: latest?.iso ?? null,
    validToPrecision: latest?.precision ?? null,
    quantityValue: largest?.value ?? null,
    quantityUnit: largest?.unit ?? null,
    quantityQualifier: largest?.qualifier ?? null,
  };
}

/** Recomputes the given facts from their claims, inside the caller's transaction (two round trips). */
export async function rebuildFacts(tx: QueryRunner, keys: readonly FactKey[]): Promise<void> {
  if (keys.length === 0) return;
  const rows = await tx.run('findSupportingClaims', { keys });
  const facts = rows.map((row) => {
    const key = { fromId: row.fromId as string, type: row.type as RelationshipType, toId: row.toId as string };
    return { ...key, props: summarizeFact(key, row.claims as Array<Record<string, unknown>>) };
  });
  await tx.run('writeFacts', { facts });
}
