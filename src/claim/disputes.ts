import type { DisputeKind, RelationshipType } from '../generated/types';
import { disputeId, groupBy } from '../support';
import { relationshipType } from '../vocabulary';
import type { ClaimRecord, QuantityRecord } from './model';

/**
 * Finds claims that cannot all be true. Claims are compared only within one (subject, predicate,
 * object) triple:
 * - POLARITY: some assert it, some deny it (one dispute with all of them);
 * - QUANTITY: two asserted quantities whose ranges do not meet, reading EXACTLY v as [v, v],
 *   AT_LEAST v as [v, ∞), AT_MOST v as [0, v] and APPROXIMATELY v as v ± 10 %;
 * - TIME: two open-ended start times ("since 2024-10" against "since 2024-12") whose periods do not
 *   overlap, each read at its own precision.
 * How the type sits in time decides which claims are compared (`timing`, src/vocabulary/):
 * - a STATE holds from a start, so every claim of the triple speaks of the same state. TIME compares
 *   only open-ended claims: one bounded to a period (a feed's record of one day) says the state held
 *   then, which does not contradict another start;
 * - an EVENT may happen again, so claims dated to different days speak of different occurrences.
 *   POLARITY and QUANTITY compare only claims whose dates overlap (an undated claim overlaps every
 *   date), and TIME does not apply. Otherwise a feed's daily attacks would dispute each other.
 */
export interface DisputeRecord {
  id: string;
  kind: DisputeKind;
  reason: string;
  claimIds: string[];
  /**
   * The same claims by side of the disagreement (the assertions and the denials; one value and the
   * other), each in id order: a dispute shown in part takes from every side (`sampleOfDispute`).
   */
  sides: string[][];
}

/**
 * Claims of one triple in, disputes out; pure, so the rules are unit-tested on their own. Claims that
 * give the same value are grouped first, so three sources saying "since October" against two saying
 * "since December" make one dispute, not six. The work grows with the claims and with the pairs of
 * distinct values compared (for an event, within a date), not with the pairs of claims or of days:
 * a triple a feed reports every day stays cheap.
 */
export function findDisputes(claims: readonly ClaimRecord[]): DisputeRecord[] {
  // Sorted by id so that the claim speaking for a group (its unit, in reasons) never depends on query order.
  const live = claims.filter((c) => c.status !== 'RETRACTED').sort((a, b) => a.id.localeCompare(b.id));
  const predicate = live[0]?.predicate;
  if (predicate === undefined) return [];
  return relationshipType(predicate).timing === 'EVENT' ? eventDisputes(live, predicate) : stateDisputes(live, predicate);
}

function stateDisputes(live: readonly ClaimRecord[], predicate: RelationshipType): DisputeRecord[] {
  const asserted = live.filter((c) => c.polarity === 'ASSERTED');
  const disputes = [
    ...polarityDisputes(asserted, live.filter((c) => c.polarity === 'DENIED'), predicate),
    ...quantityDisputes(asserted, asserted, predicate),
  ];
  const byStart = sortedGroups(asserted.filter(isOpenStart), (c) => (c.validFrom as { iso: string }).iso);
  forEachPair(byStart, (a, b) => {
    const pa = (a[0]?.validFrom as { iso: string }).iso;
    const pb = (b[0]?.validFrom as { iso: string }).iso;
    if (!periodsOverlap(pa, pb)) {
      disputes.push(make('TIME', [a, b], `incompatible start times for ${predicate}: ${pa} against ${pb}`));
    }
  });
  return disputes;
}

/**
 * An event's claims by the date they give ('' for none); each date is compared with itself and with
 * the coarser dates that contain it (its month, its year, no date), which are the only dates a
 * YEAR, MONTH or DAY can overlap. So a day is never compared with another day.
 */
function eventDisputes(live: readonly ClaimRecord[], predicate: RelationshipType): DisputeRecord[] {
  // Each date's assertions and denials, split once.
  const byDate = new Map(sortedGroups(live, dateOf).map((group) => [dateOf(group[0] as ClaimRecord), {
    asserted: group.filter((c) => c.polarity === 'ASSERTED'),
    denied: group.filter((c) => c.polarity === 'DENIED'),
  }]));
  const disputes = new Map<string, DisputeRecord>();
  const add = (found: DisputeRecord[]) => found.forEach((d) => disputes.has(d.id) || disputes.set(d.id, d));
  for (const [date, { asserted, denied }] of byDate) {
    for (const other of [date, ...coarserDates(date)]) {
      const others = byDate.get(other);
      if (!others) continue;
      // Undated against undated reads as any triple's dispute did, with no date in its reason.
      const on = other !== date ? `on ${date} and ${other === '' ? 'undated' : other}` : date === '' ? undefined : `on ${date}`;
      if (other === date) {
        add(polarityDisputes(asserted, denied, predicate, on));
        add(quantityDisputes(asserted, asserted, predicate, on));
      } else {
        add(polarityDisputes(asserted, others.denied, predicate, on));
        add(polarityDisputes(others.asserted, denied, predicate, on));
        add(quantityDisputes(asserted, others.asserted, predicate, on));
      }
    }
  }
  return [...disputes.values()];
}

/** The date a claim is compared by: its start, '' for none. */
export const dateOf = (c: ClaimRecord) => c.validFrom?.iso ?? '';

/** A claim that gives a start and no end ("since October"): a state's claims of this kind are compared by TIME. */
export const isOpenStart = (c: ClaimRecord) => c.validFrom !== null && c.validTo === null;

/** The dates a YEAR, MONTH or DAY lies within, finest first, ending with "no date". */
function coarserDates(date: string): string[] {
  if (date === '') return [];
  return [...(date.length > 7 ? [date.slice(0, 7)] : []), ...(date.length > 4 ? [date.slice(0, 4)] : []), ''];
}

/** One dispute of every assertion against every denial, when there are both. */
function polarityDisputes(asserted: readonly ClaimRecord[], denied: readonly ClaimRecord[], predicate: string, on?: string): DisputeRecord[] {
  if (asserted.length === 0 || denied.length === 0) return [];
  const when = on === undefined ? '' : ` (${on})`;
  return [make('POLARITY', [asserted, denied], `${predicate} is asserted by ${count(asserted.length)} and denied by ${count(denied.length)}${when}`)];
}

/**
 * Disputes between the quantities of `left` and those of `right` (the same list to compare one set
 * within itself), a dispute per pair of values whose ranges do not meet.
 */
function quantityDisputes(left: readonly ClaimRecord[], right: readonly ClaimRecord[], predicate: string, on?: string): DisputeRecord[] {
  const valueOf = (c: ClaimRecord) => {
    const q = c.quantity as QuantityRecord;
    return `${q.qualifier}:${q.value}:${q.upper ?? ''}`;
  };
  const when = on === undefined ? '' : ` (${on})`;
  const disputes: DisputeRecord[] = [];
  const visit = (a: ClaimRecord[], b: ClaimRecord[]) => {
    const qa = a[0]?.quantity as QuantityRecord;
    const qb = b[0]?.quantity as QuantityRecord;
    if (!rangesMeet(range(qa), range(qb))) {
      disputes.push(make('QUANTITY', [a, b], `incompatible quantities for ${predicate}: ${describe(qa)} against ${describe(qb)}${when}`));
    }
  };
  const leftGroups = sortedGroups(left.filter((c) => c.quantity !== null), valueOf);
  if (left === right) forEachPair(leftGroups, visit);
  else {
    const rightGroups = sortedGroups(right.filter((c) => c.quantity !== null), valueOf);
    for (const a of leftGroups) for (const b of rightGroups) if (valueOf(a[0] as ClaimRecord) !== valueOf(b[0] as ClaimRecord)) visit(a, b);
  }
  return disputes;
}

/** Groups in a stable order (by key), so the same claims always give the same disputes. */
function sortedGroups<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = groupBy(items, keyOf);
  return [...groups.keys()].sort().map((key) => groups.get(key) as T[]);
}

function make(kind: DisputeKind, sides: ReadonlyArray<readonly ClaimRecord[]>, reason: string): DisputeRecord {
  const claimIds = sides.flatMap((side) => side.map((c) => c.id)).sort();
  return { id: disputeId(kind, claimIds), kind, reason, claimIds, sides: sides.map((side) => side.map((c) => c.id).sort()) };
}

/**
 * At most `size` of a dispute's claim ids, taken from each side in turn (the first assertion, the
 * first denial, the second assertion …), then in id order: a denial among a thousand assertions is
 * always among them.
 */
export function sampleOfDispute(dispute: Pick<DisputeRecord, 'claimIds' | 'sides'>, size: number): string[] {
  if (size >= dispute.claimIds.length) return dispute.claimIds;
  const taken = new Set<string>();
  for (let i = 0; taken.size < size; i++) {
    for (const side of dispute.sides) if (i < side.length && taken.size < size) taken.add(side[i] as string);
  }
  return dispute.claimIds.filter((id) => taken.has(id));
}

function forEachPair<T>(items: readonly T[], visit: (a: T, b: T) => void): void {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) visit(items[i] as T, items[j] as T);
  }
}

const count = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;

/** The range of values a qualified quantity allows; a stated range ("10,000 to 12,000") is its own. */
export function range(q: QuantityRecord): [number, number] {
  if (q.upper != null) {
    if (q.qualifier === 'APPROXIMATELY') return [q.value * 0.9, q.upper * 1.1];
    if (q.qualifier === 'AT_LEAST') return [q.value, Infinity];
    if (q.qualifier === 'AT_MOST') return [0, q.upper];
    return [q.value, q.upper];
  }
  switch (q.qualifier) {
    case 'EXACTLY':
      return [q.value, q.value];
    case 'AT_LEAST':
      return [q.value, Infinity];
    case 'AT_MOST':
      return [0, q.value];
    case 'APPROXIMATELY':
      return [q.value * 0.9, q.value * 1.1];
  }
}

const rangesMeet = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** "2024-12" and "2024-12-15" overlap (one contains the other); "2024-10" and "2024-12" do not. */
/** Whether two dates' periods overlap: "2024-12" and "2024-12-05" do, and '' (no date) overlaps every date. */
export const periodsOverlap = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

const QUALIFIER_WORDS: Record<QuantityRecord['qualifier'], string> = {
  EXACTLY: 'exactly',
  AT_LEAST: 'at least',
  AT_MOST: 'at most',
  APPROXIMATELY: 'about',
};

function describe(q: QuantityRecord): string {
  const upper = q.upper != null ? ` to ${q.upper.toLocaleString('en-US')}` : '';
  return `${QUALIFIER_WORDS[q.qualifier]} ${q.value.toLocaleString('en-US')}${upper}${q.unit ? ` ${q.unit}` : ''}`;
}
