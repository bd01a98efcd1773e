import { parsePartialDate, partialDateFromStore, resolveMonthBefore, type PartialDate } from '../../src/support';

const day = (iso: string): PartialDate => ({ iso, precision: 'DAY' });
const month = (iso: string): PartialDate => ({ iso, precision: 'MONTH' });

describe('parsePartialDate', () => {
  it('reads a year with YEAR precision', () => {
    expect(parsePartialDate('2024')).toEqual({ iso: '2024', precision: 'YEAR' });
  });

  it('reads a month with MONTH precision', () => {
    expect(parsePartialDate('2024-12')).toEqual({ iso: '2024-12', precision: 'MONTH' });
  });

  it('reads a day with DAY precision', () => {
    expect(parsePartialDate('2024-12-27')).toEqual({ iso: '2024-12-27', precision: 'DAY' });
  });

  it('accepts the 29th of February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ iso: '2024-02-29', precision: 'DAY' });
  });

  it.each([
    ['a thirteenth month', '2024-13'],
    ['a month zero', '2024-00'],
    ['a day that does not exist', '2024-02-30'],
    ['the 29th of February outside a leap year', '2023-02-29'],
    ['the 31st of a 30-day month', '2024-04-31'],
    ['a day zero', '2024-12-00'],
    ['a month name', 'Dec 2024'],
    ['a one-digit month', '2024-1'],
    ['a two-digit year', '24'],
    ['a date with a time', '2024-12-27T10:00:00Z'],
    ['surrounding spaces', ' 2024-12 '],
    ['an empty string', ''],
  ])('rejects %s (%j), quoting what it got', (_what, text) => {
    expect(() => parsePartialDate(text)).toThrow(
      `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got ${JSON.stringify(text)}`,
    );
  });
});

describe('resolveMonthBefore', () => {
  it('resolves December to the same year when the source is from late December', () => {
    expect(resolveMonthBefore(12, day('2024-12-27'))).toEqual({ iso: '2024-12', precision: 'MONTH' });
  });

  it('resolves December to the previous year when the source is from January', () => {
    expect(resolveMonthBefore(12, day('2025-01-10'))).toEqual({ iso: '2024-12', precision: 'MONTH' });
  });

  it('resolves an earlier month of the same year', () => {
    expect(resolveMonthBefore(3, day('2025-07-01'))).toEqual({ iso: '2025-03', precision: 'MONTH' });
  });

  it('resolves the month of publication to itself', () => {
    expect(resolveMonthBefore(7, day('2025-07-01'))).toEqual({ iso: '2025-07', precision: 'MONTH' });
  });

  it('accepts a reference of MONTH precision', () => {
    expect(resolveMonthBefore(11, month('2024-10'))).toEqual({ iso: '2023-11', precision: 'MONTH' });
  });

  it('pads one-digit months', () => {
    expect(resolveMonthBefore(1, day('2025-01-10'))).toEqual({ iso: '2025-01', precision: 'MONTH' });
  });

  it.each([0, 13, -1, 1.5, Number.NaN])('rejects month %p', (m) => {
    expect(() => resolveMonthBefore(m, day('2024-12-27'))).toThrow(`expected a month from 1 to 12, but got ${m}`);
  });

  it('rejects a reference known only to the year, since the month cannot be placed', () => {
    expect(() => resolveMonthBefore(12, { iso: '2024', precision: 'YEAR' })).toThrow(
      'expected a reference date of MONTH or DAY precision, but got 2024',
    );
  });
});

describe('partialDateFromStore', () => {
  it('rebuilds a date from its stored iso and precision', () => {
    expect(partialDateFromStore('2024-12', 'MONTH')).toEqual({ iso: '2024-12', precision: 'MONTH' });
  });

  it('infers the precision when none was stored', () => {
    expect(partialDateFromStore('2024-12-27', null)).toEqual({ iso: '2024-12-27', precision: 'DAY' });
  });

  it('gives null for an absent or empty date', () => {
    expect(partialDateFromStore(null, null)).toBeNull();
    expect(partialDateFromStore(undefined, 'DAY')).toBeNull();
    expect(partialDateFromStore('', 'DAY')).toBeNull();
  });
});
