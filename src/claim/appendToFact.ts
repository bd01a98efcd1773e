import { combineConfidence } from './confidence';
import type { DerivedStatus, FactKey, FactProps } from './factModel';
import { dateOf, findDisputes, isOpenStart, periodsOverlap } from './disputes';
import { quantityFromStore, type ClaimRecord, type QuantityRecord } from './model';
import { originsOf, sourceCountOf } from './origins';
import { factId, partialDateFromStore, validBounds, type PartialDate } from '../support';
import { relationshipType } from '../vocabulary';

/**
 * A fact after claims are added to it, from its stored properties and the added claims alone: a
 * triple a feed reports every day holds thousands of claims, and reading them all for every batch
 * made each write cost the size of the triple (docs/benchmarks.md, "One outlet reporting it every
 * day"). The result equals `summarizeFact` over all the claims (tests/claim/appendToFact.unit.test.ts)
 * because appending is allowed only where nothing else of the triple can move. Null when a condition
 * fails; the caller then derives the fact from all its claims (rebuildFacts):
 * - the stored fact has what appending reads (`originScores`, `deniedClaimCount`; a fact written
 *   before they existed has not);
 * - every added claim is asserted and counts (neither retracted nor rejected). For a STATE it gives
 *   no figure, which may dispute any other figure. An EVENT's figure disputes only figures of
 *   overlapping dates: none of the stored ones (`quantityDates`) may overlap an added figure's
 *   date, and the added figures may not dispute each other. A STATE's open start ("since October")
 *   disputes the open starts whose periods it does not overlap: it must overlap every stored one
 *   (`openStartDates`), and the added ones may not dispute each other;
 * - no claim of the triple denies it, so no assertion can join a POLARITY dispute, and the existing
 *   disputes stay as they are;
 * - a stored fact that is disputed stays below 2 origins or already had 2, and is not
 *   `unattributedOnly`. Crossing 2 makes every stored claim CORROBORATED, and an added source ends
 *   `unattributedOnly` and the stored claims' flags; with no dispute every stored claim moves alike
 *   (`storedStatuses`), and with one the disputed claims would not;
 * - an added date equal to the stored bound has the same precision, and an added figure as large
 *   as the stored one is the same figure (summarizeFact breaks such ties by claim id, which the
 *   stored fact no longer knows).
 * One more is checked before: the added claims' sources cite no other claim of the triple
 * (findTripleClaims returns the stored fact only then). Origins are decided source by source
 * (src/claim/origins.ts, rule 3), so then the stored claims keep theirs and the added ones form
 * theirs among themselves.
 */
export function appendToFact(
  key: FactKey & { toId: string },
  stored: Readonly<Record<string, unknown>>,
  added: readonly ClaimRecord[],
): {
  fact: FactProps;
  /** The added claims' statuses, in their order. */
  claimStatuses: Array<{ id: string } & DerivedStatus>;
  /** The stored claims whose status moves: all of them or none. */
  storedStatuses: Array<{ id: string } & DerivedStatus>;
} | null {
  if (!canAppend(key, stored, added)) return null;
  const sorted = [...added].sort((a, b) => a.id.localeCompare(b.id));
  const claims = merge(
    (stored.claimIds as string[]).map((id, i) => ({ id, knownAt: (stored.claimKnownAt as string[])[i] as string })),
    sorted.map((c) => ({ id: c.id, knownAt: c.knownAt })),
    (c) => c.id,
  );
  if (claims === null) return null; // an added claim was counted already: not an append
  const origins = mergeOrigins(stored, added);
  const crossed = (stored.corroboration as number) < 2 && origins.keys.length >= 2;
  const storedMove = crossed || stored.unattributedOnly === true;
  if (storedMove && stored.disputed !== false) return null;
  const validFrom = outer(partialDateFromStore(stored.validFrom, stored.validFromPrecision), sorted.map((c) => c.validFrom), 'earliest');
  const validTo = outer(partialDateFromStore(stored.validTo, stored.validToPrecision), sorted.map((c) => c.validTo), 'latest');
  if (validFrom === undefined || validTo === undefined) return null;
  const quantity = largestQuantity(stored, sorted);
  if (quantity === undefined) return null;
  const bounds = validBounds(validFrom, validTo);
  const corroborated = origins.keys.length >= 2;
  const status = { status: corroborated ? ('CORROBORATED' as const) : ('REPORTED' as const), unattributedOnly: false };
  return {
    fact: {
      id: factId(key.fromId, key.type, key.toId),
      claimIds: claims.map((c) => c.id),
      claimKnownAt: claims.map((c) => c.knownAt),
      claimCount: claims.length,
      corroboration: origins.keys.length,
      originKeys: origins.keys,
      originScores: origins.scores,
      originCount: origins.keys.length,
      sourceCount: (stored.sourceCount as number) + sourceCountOf(added),
      pendingOnly: stored.pendingOnly === true && added.every((c) => c.review.status === 'PENDING'),
      unattributedOnly: false,
      disputed: stored.disputed === true,
      deniedClaimCount: 0,
      confidence: combineConfidence(new Map(origins.keys.flatMap((k, i) => ((origins.scores[i] as number) > 0 ? [[k, origins.scores[i] as number]] : [])))),
      validFrom: validFrom?.iso ?? null,
      validFromPrecision: validFrom?.precision ?? null,
      validTo: validTo?.iso ?? null,
      validToPrecision: validTo?.precision ?? null,
      validStart: bounds?.start ?? null,
      validEnd: bounds?.end ?? null,
      quantityValue: quantity?.value ?? null,
      quantityUpper: quantity?.upper ?? null,
      quantityUnit: quantity?.unit ?? null,
      quantityQualifier: quantity?.qualifier ?? null,
      quantityDates: datesOf(sorted.filter((c) => c.quantity !== null), stored.quantityDates),
      openStartDates: datesOf(sorted.filter(isOpenStart), stored.openStartDates),
    },
    claimStatuses: added.map((c) => ({ id: c.id, ...status })),
    // Undisputed, so none of them DISPUTED, and no longer unattributedOnly: each is now what an added claim is.
    storedStatuses: storedMove ? (stored.claimIds as string[]).map((id) => ({ id, ...status })) : [],
  };
}

function canAppend(key: FactKey, stored: Readonly<Record<string, unknown>>, added: readonly ClaimRecord[]): boolean {
  const scores = stored.originScores;
  if (!Array.isArray(scores) || !Array.isArray(stored.originKeys) || scores.length !== stored.originKeys.length) return false;
  if (!Array.isArray(stored.claimIds) || !Array.isArray(stored.claimKnownAt)) return false;
  if (stored.deniedClaimCount !== 0 || typeof stored.corroboration !== 'number') return false;
  if (!mayAppend(key, added)) return false;
  const figures = added.filter((c) => c.quantity !== null);
  if (figures.length > 0) {
    // A fact with a figure stored before quantityDates existed cannot say where its figures lie.
    if (stored.quantityValue !== undefined && !Array.isArray(stored.quantityDates)) return false;
    const dates = (stored.quantityDates as string[] | undefined) ?? [];
    if (figures.some((c) => dates.some((date) => periodsOverlap(dateOf(c), date)))) return false;
    if (findDisputes(figures).length > 0) return false;
  }
  const opens = relationshipType(key.type).timing === 'STATE' ? added.filter(isOpenStart) : [];
  if (opens.length > 0) {
    const starts = (stored.openStartDates as string[] | undefined) ?? [];
    if (opens.some((c) => !starts.every((start) => periodsOverlap(dateOf(c), start)))) return false;
    if (findDisputes(opens).length > 0) return false;
  }
  return true;
}

/**
 * What appendToFact asks of the added claims alone (see there): a caller checks it before it reads
 * the stored fact, which a denial or a figure would make a wasted round trip.
 */
export function mayAppend(key: FactKey, added: readonly ClaimRecord[]): boolean {
  if (added.length === 0) return false;
  const state = relationshipType(key.type).timing === 'STATE';
  return added.every(
    (c) =>
      c.polarity === 'ASSERTED' &&
      c.status !== 'RETRACTED' &&
      c.review.status !== 'REJECTED' &&
      !(state && c.quantity !== null),
  );
}

/**
 * The largest figure of the stored fact and the added claims (in id order), as summarizeFact picks
 * it: the first of the largest; undefined when an added one as large differs from the stored one.
 */
function largestQuantity(stored: Readonly<Record<string, unknown>>, added: readonly ClaimRecord[]): QuantityRecord | null | undefined {
  const kept = quantityFromStore(stored);
  let best: QuantityRecord | null = null;
  for (const c of added) if (c.quantity !== null && (best === null || c.quantity.value > best.value)) best = c.quantity;
  if (best === null) return kept;
  if (kept === null || best.value > kept.value) return best;
  if (best.value < kept.value) return kept;
  const same = best.upper === kept.upper && best.unit === kept.unit && best.qualifier === kept.qualifier;
  return same ? kept : undefined;
}

/**
 * The claims' dates (dateOf), with `stored` ones when given, each once, sorted; null when there is
 * none. summarizeFact lists a fact's figures' dates and open starts with it, and appendToFact adds
 * the added claims' to the stored lists.
 */
export function datesOf(claims: readonly ClaimRecord[], stored: unknown = []): string[] | null {
  const dates = new Set(Array.isArray(stored) ? (stored as string[]) : []);
  for (const c of claims) dates.add(dateOf(c));
  return dates.size > 0 ? [...dates].sort() : null;
}

/** The stored origins with those of the added claims, in key order; an origin in both keeps its better score. */
function mergeOrigins(stored: Readonly<Record<string, unknown>>, added: readonly ClaimRecord[]): { keys: string[]; scores: number[] } {
  const keys = stored.originKeys as string[];
  const scores = stored.originScores as number[];
  const merged = merge(
    keys.map((id, i) => ({ id, score: scores[i] as number })),
    originsOf(added).map((o) => ({ id: o.id, score: o.bestScore ?? 0 })),
    (o) => o.id,
    (a, b) => ({ id: a.id, score: Math.max(a.score, b.score) }),
  ) as Array<{ id: string; score: number }>;
  return { keys: merged.map((o) => o.id), scores: merged.map((o) => o.score) };
}

/**
 * Two lists sorted by id (as summarizeFact sorts, with localeCompare) into one. An id in both is
 * combined by `both`; without it, an id in both makes the merge fail (null).
 */
function merge<T>(left: readonly T[], right: readonly T[], idOf: (item: T) => string, both?: (a: T, b: T) => T): T[] | null {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i] as T;
    const b = right[j] as T;
    if (idOf(a) === idOf(b)) {
      if (!both) return null;
      out.push(both(a, b));
      i++;
      j++;
    } else if (idOf(a).localeCompare(idOf(b)) < 0) {
      out.push(a);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  for (; i < left.length; i++) out.push(left[i] as T);
  for (; j < right.length; j++) out.push(right[j] as T);
  return out;
}

/**
 * The earliest (or latest) of the stored bound and the added claims' dates (in id order), as
 * summarizeFact picks it: the first of the outermost; undefined when the added one ties with the
 * stored one at another precision (see appendToFact).
 */
function outer(stored: PartialDate | null, added: ReadonlyArray<PartialDate | null>, which: 'earliest' | 'latest'): PartialDate | null | undefined {
  const before = (a: PartialDate, b: PartialDate) => (which === 'earliest' ? a.iso.localeCompare(b.iso) < 0 : b.iso.localeCompare(a.iso) < 0);
  let best: PartialDate | null = null;
  for (const date of added) if (date !== null && (best === null || before(date, best))) best = date;
  if (best === null) return stored;
  if (stored === null || before(best, stored)) return best;
  if (before(stored, best) || best.precision === stored.precision) return stored;
  return undefined;
}
