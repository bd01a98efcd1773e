import type { Reliability } from '../generated/types';

/**
 * Confidence on the two axes of the Admiralty code, kept apart as the code intends:
 * - a claim's **credibility** (1–6) says how likely this statement is true;
 * - a reporter's **reliability** (A–F) says how trustworthy that reporter usually is. It belongs to
 *   the entity that reports (an agency, an outlet), not to the claim.
 *
 * A claim's confidence is `CREDIBILITY_WEIGHTS[credibility] × RELIABILITY_WEIGHTS[reliability]`, where
 * reliability is that of the claim's reporter, of the publisher for the source's own voice, and F for
 * unattributed reports. Credibility 6 ("cannot be judged") gives no confidence (null).
 *
 * A fact's confidence combines independent reporters: each reporter counts once, with its best
 * claim, as `1 − Π(1 − score)`. Two reporters at 0.6 give 0.84; the same reporter twice stays 0.6.
 */
export const CREDIBILITY_WEIGHTS: Readonly<Record<string, number | null>> = {
  '1': 0.9, // confirmed by other sources
  '2': 0.75, // probably true
  '3': 0.6, // possibly true
  '4': 0.4, // doubtful
  '5': 0.2, // improbable
  '6': null, // truth cannot be judged
};

export const RELIABILITY_WEIGHTS: Readonly<Record<Reliability, number>> = {
  A: 1.0, // completely reliable
  B: 0.9, // usually reliable
  C: 0.8, // fairly reliable
  D: 0.6, // not usually reliable
  E: 0.4, // unreliable
  F: 0.7, // cannot be judged: between fair and poor
};

/** @throws Error when credibility is not a whole number from 1 to 6. */
export function confidenceFromCredibility(credibility: number): number | null {
  const weight = CREDIBILITY_WEIGHTS[String(credibility)];
  if (weight === undefined || !Number.isInteger(credibility)) {
    throw new Error(`expected a credibility from 1 to 6, but got ${credibility}`);
  }
  return weight;
}

/** One claim's confidence: credibility weight × reliability weight, rounded to 4 places. */
export function claimConfidence(credibility: number, reliability: Reliability): number | null {
  const weight = confidenceFromCredibility(credibility);
  return weight === null ? null : round(weight * RELIABILITY_WEIGHTS[reliability]);
}

/** Combines the best score of each independent reporter: 1 − Π(1 − score). Null when none has one. */
export function combineConfidence(scoresByReporter: ReadonlyMap<string, number>): number | null {
  if (scoresByReporter.size === 0) return null;
  let doubt = 1;
  for (const score of scoresByReporter.values()) doubt *= 1 - score;
  return round(1 - doubt);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
