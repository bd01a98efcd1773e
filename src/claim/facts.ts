import { appendToFact, datesOf, mayAppend } from './appendToFact';
import { combineConfidence } from './confidence';
import { findDisputes, isOpenStart } from './disputes';
import { toClaimRecord, type ClaimRecord } from './model';
import { bestScoreByOrigin, originsOf, sourceCountOf } from './origins';
import type { ClaimStatus } from '../generated/types';
import type { QueryRunner } from '../neo4j/database';
import { factId, validBounds } from '../support';
import type { DerivedStatus, FactKey, FactProps } from './factModel';

export type { DerivedStatus, FactKey, FactProps } from './factModel';

/**
 * Facts are derived from claims and can always be rebuilt from them. A fact (from, type, to) exists
 * while at least one asserted, unretracted claim supports it, and carries a summary of them. The
 * same rebuild derives each claim's status (DISPUTED, CORROBORATED, REPORTED).
 */

/** One string per triple, for maps, sets and DataLoader caches. */
export function factKeyString(key: FactKey): string {
  return JSON.stringify([key.fromId, key.type, key.toId]);
}

/**
 * The triple key stored on every claim (`Claim.tripleKey`, index claim_triple_key): subject id,
 * predicate and object id, joined by "|" (the object empty when there is none). Cypher builds the
 * same text where edges move (cypher/claim/rekeyClaims.cypher).
 */
export function tripleKey(key: FactKey): string {
  return `${key.fromId}|${key.type}|${key.toId ?? ''}`;
}

/** Sets the triple key of claims whose subject or object edge moved (merges), from their edges. */
export async function rekeyClaims(tx: QueryRunner, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.run('rekeyClaims', { ids: [...new Set(ids)] });
}

/** The triples of `keys`, each once, in first-seen order. */
export function uniqueFactKeys(keys: readonly FactKey[]): FactKey[] {
  return [...new Map(keys.map((k) => [factKeyString(k), { fromId: k.fromId, type: k.type, toId: k.toId ?? null }])).values()];
}

/**
 * Summarises the asserted claims behind one fact:
 * - `validFrom` is the earliest start any claim gives and `validTo` the latest end (ISO strings of
 *   any precision compare correctly as text: "2024-12" < "2024-12-27");
 * - `quantity` is the largest one reported, with its qualifier and unit;
 * - `corroboration` (= `originCount`) counts independent origins (src/claim/origins.ts, docs/trust.md);
 * - `confidence` combines each origin's best claim (src/claim/confidence.ts);
 * - `pendingOnly` says every claim awaits analyst review.
 * The caller passes only claims that may support a fact: asserted, not retracted, not rejected;
 * whether any of them is disputed, and how many claims deny the triple, come from the rebuild.
 * Returns null when no claim supports the fact, which removes it.
 */
export function summarizeFact(
  key: { fromId: string; type: string; toId: string },
  claims: readonly ClaimRecord[],
  disputed = false,
  deniedClaimCount = 0,
): FactProps | null {
  if (claims.length === 0) return null;
  const sorted = [...claims].sort((a, b) => a.id.localeCompare(b.id));
  const earliest = sorted.map((c) => c.validFrom).filter((d) => d !== null).sort((a, b) => a.iso.localeCompare(b.iso))[0] ?? null;
  const latest = sorted.map((c) => c.validTo).filter((d) => d !== null).sort((a, b) => b.iso.localeCompare(a.iso))[0] ?? null;
  const largest = sorted.map((c) => c.quantity).filter((q) => q !== null).sort((a, b) => b.value - a.value)[0] ?? null;
  const origins = originsOf(sorted);
  const bounds = validBounds(earliest, latest);
  return {
    id: factId(key.fromId, key.type, key.toId),
    claimIds: sorted.map((c) => c.id),
    claimKnownAt: sorted.map((c) => c.knownAt),
    claimCount: sorted.length,
    corroboration: origins.length,
    originKeys: origins.map((o) => o.id),
    originScores: origins.map((o) => o.bestScore ?? 0),
    originCount: origins.length,
    sourceCount: sourceCountOf(sorted),
    pendingOnly: sorted.every((c) => c.review.status === 'PENDING'),
    unattributedOnly: sorted.every((c) => c.attribution === 'UNATTRIBUTED') && new Set(sorted.map((c) => c.sourceId)).size === 1,
    disputed,
    deniedClaimCount,
    confidence: combineConfidence(bestScoreByOrigin(origins)),
    validFrom: earliest?.iso ?? null,
    validFromPrecision: earliest?.precision ?? null,
    validTo: latest?.iso ?? null,
    validToPrecision: latest?.precision ?? null,
    validStart: bounds?.start ?? null,
    validEnd: bounds?.end ?? null,
    quantityValue: largest?.value ?? null,
    quantityUpper: largest?.upper ?? null,
    quantityUnit: largest?.unit ?? null,
    quantityQualifier: largest?.qualifier ?? null,
    quantityDates: datesOf(sorted.filter((c) => c.quantity !== null)),
    openStartDates: datesOf(sorted.filter(isOpenStart)),
  };
}


/** A claim's derived status: disputed beats corroborated (two or more independent origins) beats reported. */
export function claimStatus(claim: ClaimRecord, disputedIds: ReadonlySet<string>, fact: FactProps | null): ClaimStatus {
  if (claim.status === 'RETRACTED') return 'RETRACTED';
  if (disputedIds.has(claim.id)) return 'DISPUTED';
  if (claim.polarity === 'ASSERTED' && fact !== null && fact.corroboration >= 2) return 'CORROBORATED';
  return 'REPORTED';
}

/** A triple's claims as findTripleClaims (or assertClaims, for a batch's claims) returns them. */
export type TripleClaimRows = ReadonlyArray<Record<string, unknown>>;

/**
 * Locks the subjects of the facts a transaction will rebuild (cypher/claim/lockFactSubjects.cypher),
 * before it reads their claims: concurrent writers of one triple then rebuild its fact one after the
 * other, the later one from the claims of both.
 */
export async function lockFactSubjects(tx: QueryRunner, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await tx.run('lockFactSubjects', { subjectIds: [...new Set(subjectIds)].sort() });
}

/**
 * Recomputes the given facts and their claims' statuses from the claims, inside the caller's
 * transaction. Each triple's claims are found by a seek on their triple key, and come back in the
 * same statement with the fields a fact is derived from, so the cost is the touched triples' own
 * claims, never every claim of a hub. `known` gives, by triple key, every claim of triples the
 * caller has at hand already (a write batch whose claims are all of their triple's), which are not
 * read again; `newTriples` names those of them that had no counted claim before the caller's write,
 * so no fact: theirs is created outright, not merged. `appended` gives, by triple key, claims the
 * caller's write created in triples that had others: where appendToFact allows it, their fact is
 * derived from the stored fact and them alone, which findTripleClaims returns instead of the
 * claims (a triple a feed reports every day is not read again). Only claims whose status changes
 * are written back. Four round trips, whatever the number of facts (a fifth, rarely, reads the
 * triples appendToFact declined once it saw their facts): the first locks the facts' subjects,
 * unless the caller did (`subjectsLocked`; a caller with `known` or `appended` triples
 * must have, before it looked at their claims).
 */
export async function rebuildFacts(
  tx: QueryRunner,
  keys: readonly FactKey[],
  known: ReadonlyMap<string, TripleClaimRows> = new Map(),
  options: { subjectsLocked?: boolean; newTriples?: ReadonlySet<string>; appended?: ReadonlyMap<string, TripleClaimRows> } = {},
): Promise<void> {
  if (keys.length === 0) return;
  if (!options.subjectsLocked) await lockFactSubjects(tx, keys.map((k) => k.fromId));
  const byKey = new Map(keys.map((k) => [tripleKey(k), { fromId: k.fromId, type: k.type, toId: k.toId ?? null }]));
  const toRecords = (key: FactKey, rows: TripleClaimRows) => rows.map((claim) => toClaimRecord({ ...claim, subjectId: key.fromId, objectId: key.toId }));
  // Triples a write only added claims to, whose added claims alone allow appending: the stored fact is asked for instead of the claims.
  const appendable = new Map<string, { fact: FactKey & { toId: string }; claims: ClaimRecord[] }>();
  for (const [key, rows] of options.appended ?? []) {
    const fact = byKey.get(key);
    if (!fact || fact.toId === null || known.has(key)) continue;
    const claims = toRecords(fact, rows);
    if (mayAppend(fact, claims)) appendable.set(key, { fact: { ...fact, toId: fact.toId }, claims });
  }
  const unread = [...byKey.keys()].filter((key) => !known.has(key));
  const read = unread.length > 0 ? await tx.run('findTripleClaims', { triples: unread.map((key) => ({ key, append: appendRequest(appendable.get(key)) })) }) : [];
  const facts: FactWrites = { created: [], kept: [], removed: [] };
  const statuses: Array<{ id: string; status: ClaimStatus; unattributedOnly: boolean }> = [];
  // Only what changes is written: a claim added to a triple of fifty rewrites the few whose status moves.
  const changedStatuses = (claims: readonly ClaimRecord[], derived: ReadonlyArray<{ id: string } & DerivedStatus>) =>
    derived.filter((s, i) => s.status !== claims[i]?.status || s.unattributedOnly !== claims[i]?.unattributedOnly);
  const declined: string[] = [];
  for (const row of read.filter((r) => r.fact !== null)) {
    const { fact, claims } = appendable.get(row.key as string) as { fact: FactKey & { toId: string }; claims: ClaimRecord[] };
    const appended = appendToFact(fact, row.fact as Record<string, unknown>, claims);
    if (appended === null) {
      declined.push(row.key as string);
      continue;
    }
    facts.kept.push({ ...fact, props: withoutNulls(appended.fact) });
    statuses.push(...changedStatuses(claims, appended.claimStatuses), ...appended.storedStatuses);
  }
  const groups = [
    ...[...byKey.keys()].flatMap((key) => (known.has(key) ? [{ key, claims: known.get(key) as TripleClaimRows }] : [])),
    ...read.filter((r) => r.fact === null),
    // What appendToFact declined after reading the fact (rare: see there) is read whole.
    ...(declined.length > 0 ? await tx.run('findTripleClaims', { triples: declined.map((key) => ({ key, append: null })) }) : []),
  ];
  for (const row of groups) {
    const key = byKey.get(row.key as string) as FactKey;
    const claims = toRecords(key, row.claims as TripleClaimRows);
    const { fact, claimStatuses } = deriveFact(key, claims);
    if (key.toId !== null) {
      const ends = { fromId: key.fromId, type: key.type, toId: key.toId };
      const isNew = options.newTriples?.has(row.key as string) ?? false;
      // Null properties are left out: `SET r = props` removes what the map does not hold, the same.
      if (fact !== null) (isNew ? facts.created : facts.kept).push({ ...ends, props: withoutNulls(fact) });
      else if (!isNew) facts.removed.push(ends);
    }
    statuses.push(...changedStatuses(claims, claimStatuses));
  }
  if (facts.created.length + facts.kept.length + facts.removed.length > 0) await tx.run('writeFacts', { ...facts });
  if (statuses.length > 0) await tx.run('updateClaimStatuses', { claims: statuses });
}

/** What findTripleClaims needs to return a triple's stored fact instead of its claims; null to read the claims. */
function appendRequest(triple: { fact: FactKey & { toId: string }; claims: ClaimRecord[] } | undefined) {
  if (!triple) return null;
  return { ...triple.fact, claimIds: triple.claims.map((c) => c.id), sourceIds: [...new Set(triple.claims.map((c) => c.sourceId))] };
}

/** What writeFacts is sent: facts created outright, facts merged, and facts no claim supports any more. */
interface FactWrites {
  created: Array<{ fromId: string; type: string; toId: string; props: Record<string, unknown> }>;
  kept: Array<{ fromId: string; type: string; toId: string; props: Record<string, unknown> }>;
  removed: Array<{ fromId: string; type: string; toId: string }>;
}

/** A map without its null entries: a property set to null on a new node stores nothing but costs a write. */
export function withoutNulls<T extends object>(map: T): Partial<T> {
  // A loop, not fromEntries(entries().filter()): called for every claim written, and the arrays
  // that builds were garbage the collector had to clear.
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(map)) {
    const value = (map as Record<string, unknown>)[key];
    if (value !== null && value !== undefined) kept[key] = value;
  }
  return kept as Partial<T>;
}

/** Whether a claim row counts for its triple's fact and statuses: neither retracted nor rejected in review. */
export function countsForFact(claim: Record<string, unknown>): boolean {
  return claim.status !== 'RETRACTED' && (claim.reviewStatus ?? 'ACCEPTED') !== 'REJECTED';
}

/**
 * The derived status and `unattributedOnly` of each claim of one triple as they stood at a knowledge
 * date, by claim id: the rebuild's rules (above) applied to the triple's claims known by `asOf`.
 * `triple` holds the claims of one subject, predicate and object that count (neither retracted nor
 * rejected). Computed once per triple and date, however many of its claims a page shows: the
 * disputes of a triple a feed reports every day are not found again for each claim.
 */
export function tripleStatusesAsOf(triple: readonly ClaimRecord[], asOf: string): Map<string, DerivedStatus> {
  const first = triple[0];
  if (first === undefined) return new Map();
  const known = triple.filter((c) => c.knownAt <= asOf);
  const { fact, disputedIds } = factAndDisputes({ fromId: first.subjectId, type: first.predicate, toId: first.objectId }, known);
  return new Map(triple.map((claim) => [claim.id, derivedStatus(claim, disputedIds, fact)]));
}

/**
 * One claim's derived status and `unattributedOnly` at a knowledge date, from its triple's
 * (`tripleStatusesAsOf`); a claim outside the triple (retracted, rejected) keeps what is stored.
 */
export function claimAsOf(claim: ClaimRecord, tripleStatuses: ReadonlyMap<string, DerivedStatus>): DerivedStatus {
  return tripleStatuses.get(claim.id) ?? { status: claim.status, unattributedOnly: claim.unattributedOnly };
}

/**
 * The fact of one triple and the status of each of its claims, from the triple's claims (asserted
 * or denied, neither retracted nor rejected): the one definition the incremental rebuild and a full
 * rebuild share. `fact` is null for a triple with no object or no asserted claim.
 */
export function deriveFact(
  key: FactKey,
  claims: readonly ClaimRecord[],
): { fact: FactProps | null; claimStatuses: Array<{ id: string } & DerivedStatus> } {
  const { fact, disputedIds } = factAndDisputes(key, claims);
  return { fact, claimStatuses: claims.map((claim) => ({ id: claim.id, ...derivedStatus(claim, disputedIds, fact) })) };
}

/** A triple's fact and the ids of its claims in a dispute, from the claims given (all of them, or those known at a date). */
function factAndDisputes(key: FactKey, claims: readonly ClaimRecord[]): { fact: FactProps | null; disputedIds: Set<string> } {
  const disputedIds = new Set(findDisputes(claims).flatMap((d) => d.claimIds));
  const asserted = claims.filter((c) => c.polarity === 'ASSERTED');
  const denied = claims.length - asserted.length;
  // No entity is related to itself (docs/writing.md): a claim between two entities merged since
  // keeps its subject and object, and makes no fact until they are unmerged.
  const fact = key.toId === null || key.toId === key.fromId ? null : summarizeFact({ ...key, toId: key.toId }, asserted, asserted.some((c) => disputedIds.has(c.id)), denied);
  return { fact, disputedIds };
}

/** One claim's status and `unattributedOnly`, given its triple's fact and disputes. */
function derivedStatus(claim: ClaimRecord, disputedIds: ReadonlySet<string>, fact: FactProps | null): DerivedStatus {
  return {
    status: claimStatus(claim, disputedIds, fact),
    unattributedOnly: claim.attribution === 'UNATTRIBUTED' && (fact === null || fact.unattributedOnly),
  };
}
