import { findTimes } from '../../src/extract/time';
import type { PartialDate } from '../../src/support';
import { only } from './extractHelpers';

/**
 * Phenomena of real wire copy read in the fifth round of issue #12, each in sentences written for
 * this suite (other conflicts than the gold set's where possible).
 */

// A Friday.
const FRIDAY: PartialDate = { iso: '2024-12-27', precision: 'DAY' };
const read = (text: string) => findTimes(text, FRIDAY).map((t) => [text.slice(t.start, t.end), t.from?.iso ?? null, t.to?.iso ?? null]);

describe('time spans keep their end', () => {
  it.each([
    ['Between November 25 and 27', ['Between November 25 and 27', '2024-11-25', '2024-11-27']],
    ['on 3 to 5 December', ['on 3 to 5 December', '2024-12-03', '2024-12-05']],
    ['in raids on December 14 to 16', ['on December 14 to 16', '2024-12-14', '2024-12-16']],
    ['between October 30 and November 2', ['between October 30 and November 2', '2024-10-30', '2024-11-02']],
    ['on Tuesday and Wednesday', ['on Tuesday and Wednesday', '2024-12-24', '2024-12-25']],
    ['from September to November', ['from September to November', '2024-09', '2024-11']],
  ])('reads "%s" as one span', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps two months joined by "and" apart, and a day apart from a number after it', () => {
    expect(read('in September and November').map((t) => t[0])).toEqual(['in September', 'November']);
    expect(read('on December 3 and 2,000 more').map((t) => t[0])).toEqual(['on December 3']);
  });

  it('dates a claim by a span, and by a time between the actor and its verb', () => {
    const span = only('Between November 25 and 27, Malian troops shelled Kidal.');
    expect([span.validFrom?.iso, span.validTo?.iso]).toEqual(['2024-11-25', '2024-11-27']);
    const between = only('In response, Ethiopian troops on Tuesday shelled Bahir Dar.');
    expect([between.validFrom?.iso, between.validTo?.iso]).toEqual(['2024-12-24', '2024-12-24']);
  });
});
