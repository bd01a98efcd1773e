import { findTimes } from '../../src/extract/time';
import type { PartialDate } from '../../src/support';
import { extract, only } from './extractHelpers';

// A Friday.
const FRIDAY: PartialDate = { iso: '2024-12-27', precision: 'DAY' };
const read = (text: string, published: PartialDate | null = FRIDAY) => findTimes(text, published).map((t) => [text.slice(t.start, t.end), t.from?.iso ?? null, t.to?.iso ?? null, t.since]);

describe('time expressions', () => {
  it.each([
    ['on Monday', ['on Monday', '2024-12-23', '2024-12-23', false]],
    ['on Friday', ['on Friday', '2024-12-27', '2024-12-27', false]],
    ['yesterday', ['yesterday', '2024-12-26', '2024-12-26', false]],
    ['on December 3', ['on December 3', '2024-12-03', '2024-12-03', false]],
    ['on 30 December', ['on 30 December', '2023-12-30', '2023-12-30', false]],
    ['in October', ['in October', '2024-10', '2024-10', false]],
    ['in October 2023', ['in October 2023', '2023-10', '2023-10', false]],
    ['since December', ['since December', '2024-12', null, true]],
    ['Since January', ['Since January', '2024-01', null, true]],
    ['since 2022', ['since 2022', '2022', null, true]],
    ['earlier this month', ['earlier this month', '2024-12', '2024-12', false]],
    ['last year', ['last year', '2023', '2023', false]],
    ['earlier this year', ['earlier this year', '2024', '2024', false]],
    ['in 2023', ['in 2023', '2023', '2023', false]],
  ])('resolves "%s" against a publication on Friday 27 December 2024', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('pins nothing for "last week" or "over the past month"', () => {
    expect(read('last week and over the past month').map((t) => t[1])).toEqual([null, null]);
  });

  it('resolves nothing relative without a publication date, but still an absolute month', () => {
    expect(read('on Monday, since December, in October 2023', null).map((t) => t[1])).toEqual([null, null, '2023-10']);
  });

  it('reads "may" as no month', () => {
    expect(read('Troops may be sent.')).toEqual([]);
  });

  it('keeps the event time apart from the day the report was made', () => {
    const claim = only('The Sudanese army said on Friday that the RSF had seized Bara in October.');
    expect([claim.validFrom?.iso, claim.validTo?.iso]).toEqual(['2024-10', '2024-10']);
  });

  it('dates a claim "since December" with a start and no end', () => {
    const claim = only('Since December, North Korea has sent 10,000 troops to Russia.');
    expect([claim.validFrom, claim.validTo]).toEqual([{ iso: '2024-12', precision: 'MONTH' }, null]);
  });

  it('still extracts without a publication date, and warns once for the whole article', () => {
    const { claims, warnings } = extract('M23 seized Sake on Monday.', null);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.validFrom).toBeNull();
    expect(warnings).toEqual([{ sentence: null, start: null, reason: expect.stringContaining('publication date is unknown') }]);
  });
});
