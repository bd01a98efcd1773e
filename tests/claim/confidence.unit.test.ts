import { claimConfidence, combineConfidence, confidenceFromCredibility } from '../../src/claim/confidence';

/** Best score per reporter, in the order given. */
const scores = (...entries: Array<[string, number]>): ReadonlyMap<string, number> => new Map(entries);

describe('confidenceFromCredibility', () => {
  it.each([
    [1, 0.9],
    [2, 0.75],
    [3, 0.6],
    [4, 0.4],
    [5, 0.2],
  ])('weighs credibility %i as %d', (credibility, weight) => {
    expect(confidenceFromCredibility(credibility)).toBe(weight);
  });

  it('gives null for credibility 6, whose truth cannot be judged', () => {
    expect(confidenceFromCredibility(6)).toBeNull();
  });

  it.each([0, 7, 2.5, -1])('rejects credibility %d, quoting it', (credibility) => {
    expect(() => confidenceFromCredibility(credibility)).toThrow(`expected a credibility from 1 to 6, but got ${credibility}`);
  });
});

describe('claimConfidence', () => {
  it.each([
    [2, 'B', 0.675],
    [3, 'F', 0.42],
    [1, 'A', 0.9],
    [1, 'C', 0.72],
    [4, 'D', 0.24],
    [5, 'E', 0.08],
    [2, 'F', 0.525],
  ] as const)('multiplies credibility %i by reliability %s into %d, rounded to 4 places', (credibility, reliability, expected) => {
    expect(claimConfidence(credibility, reliability)).toBe(expected);
  });

  it('gives null when credibility is 6, whatever the reliability', () => {
    expect(claimConfidence(6, 'A')).toBeNull();
    expect(claimConfidence(6, 'F')).toBeNull();
  });

  it('rejects a credibility outside 1 to 6', () => {
    expect(() => claimConfidence(7, 'A')).toThrow('expected a credibility from 1 to 6, but got 7');
  });
});

describe('combineConfidence', () => {
  it('gives null when no reporter has a score', () => {
    expect(combineConfidence(new Map())).toBeNull();
  });

  it("gives a single reporter's score unchanged", () => {
    expect(combineConfidence(scores(['reporter:bbc', 0.6]))).toBe(0.6);
  });

  it('combines two independent reporters at 0.6 into 0.84', () => {
    expect(combineConfidence(scores(['reporter:bbc', 0.6], ['reporter:reuters', 0.6]))).toBe(0.84);
  });

  it('combines three reporters as 1 − Π(1 − score), rounded to 4 places', () => {
    expect(combineConfidence(scores(['a', 0.9], ['b', 0.4], ['c', 0.2]))).toBe(0.952);
  });

  it('does not depend on the order of the reporters', () => {
    const forward = combineConfidence(scores(['a', 0.675], ['b', 0.42], ['c', 0.24]));
    const backward = combineConfidence(scores(['c', 0.24], ['b', 0.42], ['a', 0.675]));

    expect(backward).toBe(forward);
  });

  it('is not lowered by a reporter at 0', () => {
    expect(combineConfidence(scores(['a', 0.6], ['b', 0]))).toBe(0.6);
  });

  it('reaches 1 when one reporter is certain', () => {
    expect(combineConfidence(scores(['a', 1], ['b', 0.2]))).toBe(1);
  });
});
