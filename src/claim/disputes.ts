import type { DisputeKind } from '../generated/types';
import { disputeId } from '../support';
import type { ClaimRecord, QuantityRecord } from './model';

/**
 * Finds claims that cannot all be true. Claims are compared only within one (subject, predicate,
 * object) triple:
 * - POLARITY: some assert it, some deny it (one dispute with all of them);
 * - QUANTITY: two asserted quantities whose ranges do not meet, reading EXACTLY v as [v, v],
 *   AT_LEAST v as [v, ∞), AT_MOST v as [0, v] and APPROXIMATELY v as v ± 10 %;
 * - TIME: two asserted start times whose periods do not overlap ("since 2024-10" against
 *   "since 2024-12"), each read at its own precision.
 */
export interface DisputeRecord {
  id: string;
  kind: DisputeKind;
  reason: string;
  claimIds: string[];
}

/**
 * Claims of one triple in, disputes out; pure, so the rules are unit-tested on their own. Claims that
 * give the same value are grouped first, so three sources saying "since October" against two saying
 * "since December" make one dispute, not six.
 */
export function findDisputes(claims: readonly ClaimRecord[]): DisputeRecord[] {
  // Sorted by id so that the claim speaking for a group (its unit, in reasons) never depends on query order.
  const live = claims.filter((c) => c.status !== 'RETRACTED').sort((a, b) => a.id.localeCompare(b.id));
  const asserted = live.filter((c) => c.polarity === 'ASSERTED');
  const denied = live.filter((c) => c.polarity === 'DENIED');
  const disputes: DisputeRecord[] = [];
  const predicate = live[0]?.predicate ?? '';

  if (asserted.length > 0 && denied.length > 0) {
    disputes.push(make('POLARITY', [...asserted, ...denied],
      `${predicate} is asserted by ${count(asserted.length)} and denied by ${count(denied.length)}`));
  }
  const byQuantity = groupBy(asserted.filter((c) => c.quantity !== null), (c) => {
    const q = c.quantity as QuantityRecord;
    return `${q.qualifier}:${q.value}:${q.upper ?? ''}`;
  });
  forEachPair(byQuantity, (a, b) => {
    const qa = a[0]?.quantity as QuantityRecord;
    const qb = b[0]?.quantity as QuantityRecord;
    if (!rangesMeet(range(qa), range(qb))) {
      disputes.push(make('QUANTITY', [...a, ...b], `incompatible quantities for ${predicate}: ${describe(qa)} against ${describe(qb)}`));
    }
  });
  const byStart = groupBy(asserted.filter((c) => c.validFrom !== null), (c) => (c.validFrom as { iso: string }).iso);
  forEachPair(byStart, (a, b) => {
    const pa = (a[0]?.validFrom as { iso: string }).iso;
    const pb = (b[0]?.validFrom as { iso: string }).iso;
    if (!periodsOverlap(pa, pb)) {
      disputes.push(make('TIME', [...a, ...b], `incompatible start times for ${predicate}: ${pa} against ${pb}`));
    }
  });
  return disputes;
}

/** Groups in a stable order (by key), so the same claims always give the same disputes. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.keys()].sort().map((key) => groups.get(key) as T[]);
}

function make(kind: DisputeKind, claims: readonly ClaimRecord[], reason: string): DisputeRecord {
  const claimIds = claims.map((c) => c.id).sort();
  return { id: disputeId(kind, claimIds), kind, reason, claimIds };
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
const periodsOverlap = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

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
