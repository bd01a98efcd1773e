/**
 * Confidence from credibility, the second axis of the Admiralty code (the first, a reporter's
 * reliability A–F, belongs to the reporter, not the claim):
 *
 * | credibility | meaning                | confidence |
 * |-------------|------------------------|------------|
 * | 1           | confirmed by others    | 0.9        |
 * | 2           | probably true          | 0.75       |
 * | 3           | possibly true          | 0.6        |
 * | 4           | doubtful               | 0.4        |
 * | 5           | improbable             | 0.2        |
 * | 6           | truth cannot be judged | null       |
 */
const CONFIDENCE_BY_CREDIBILITY: Readonly<Record<number, number | null>> = {
  1: 0.9,
  2: 0.75,
  3: 0.6,
  4: 0.4,
  5: 0.2,
  6: null,
};

/** @throws Error when credibility is not a whole number from 1 to 6. */
export function confidenceFromCredibility(credibility: number): number | null {
  if (!(credibility in CONFIDENCE_BY_CREDIBILITY)) {
    throw new Error(`expected a credibility from 1 to 6, but got ${credibility}`);
  }
  return CONFIDENCE_BY_CREDIBILITY[credibility] ?? null;
}
