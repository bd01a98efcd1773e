/** A number of correct answers out of a total: quantity, time and attribution accuracy. */
export interface Tally {
  correct: number;
  total: number;
}

/**
 * What one article, one predicate or a whole set scored. Precision, recall and F1 are derived from
 * it with `metrics`, so counts add up across articles (micro-averaging).
 */
export interface Counts {
  /** Gold facts. */
  gold: number;
  /** Extracted claims. */
  claims: number;
  /** Gold facts some claim matched (equal to matched claims: the matching is one-to-one). */
  matched: number;
  /** Among matched: value, upper and qualifier equal; counted when gold or claim has a quantity. */
  quantity: Tally;
  /** Among matched: validFrom equal (and validTo, when gold has one); counted when gold has a time. */
  time: Tally;
  /** Among matched: the claim's reporter matches gold's (null and null count as correct). */
  reporter: Tally;
  /** Among matched: the claim's intermediary matches gold's (null and null count as correct). */
  intermediary: Tally;
  /** Among matched: hedged equal. */
  hedged: Tally;
  /** Claims that overlap a noClaim sentence; each is also a false positive. */
  noClaimViolations: number;
}

export interface Metrics {
  /** matched / claims, or null without claims. */
  precision: number | null;
  /** matched / gold, or null without gold facts. */
  recall: number | null;
  /** Harmonic mean of precision and recall, or null when either is. */
  f1: number | null;
}

export function emptyCounts(): Counts {
  return {
    gold: 0, claims: 0, matched: 0,
    quantity: { correct: 0, total: 0 }, time: { correct: 0, total: 0 },
    reporter: { correct: 0, total: 0 }, intermediary: { correct: 0, total: 0 }, hedged: { correct: 0, total: 0 },
    noClaimViolations: 0,
  };
}

/** Adds `b` into `a` and returns `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.gold += b.gold;
  a.claims += b.claims;
  a.matched += b.matched;
  for (const key of ['quantity', 'time', 'reporter', 'intermediary', 'hedged'] as const) {
    a[key].correct += b[key].correct;
    a[key].total += b[key].total;
  }
  a.noClaimViolations += b.noClaimViolations;
  return a;
}

/** Records one answer in a tally. */
export function tally(t: Tally, correct: boolean): void {
  t.total += 1;
  if (correct) t.correct += 1;
}

/** A ratio, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * @example metrics({ ...emptyCounts(), gold: 4, claims: 2, matched: 2 }) // { precision: 1, recall: 0.5, f1: 0.667 }
 */
export function metrics(counts: Counts): Metrics {
  const precision = ratio(counts.matched, counts.claims);
  const recall = ratio(counts.matched, counts.gold);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
