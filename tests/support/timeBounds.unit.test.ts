import * as support from '../../src/support';
import {
  OPEN_END,
  parseAsOf,
  periodEnd,
  periodStart,
  timeWindow,
  validBounds,
  type PartialDate,
} from '../../src/support/partialDate';

const year = (iso: string): PartialDate => ({ iso, precision: 'YEAR' });
const month = (iso: string): PartialDate => ({ iso, precision: 'MONTH' });
const day = (iso: string): PartialDate => ({ iso, precision: 'DAY' });

describe('periodStart', () => {
  it('starts a day on itself', () => {
    expect(periodStart(day('2024-12-27'))).toBe('2024-12-27');
  });

  it('starts a month on its first day', () => {
    expect(periodStart(month('2024-12'))).toBe('2024-12-01');
  });

  it('starts a year on the first of January', () => {
    expect(periodStart(year('2024'))).toBe('2024-01-01');
  });
});

describe('periodEnd', () => {
  it('ends a day on itself', () => {
    expect(periodEnd(day('2024-12-27'))).toBe('2024-12-27');
  });

  it('ends a 31-day month on the 31st', () => {
    expect(periodEnd(month('2024-12'))).toBe('2024-12-31');
  });

  it('ends a 30-day month on the 30th', () => {
    expect(periodEnd(month('2024-04'))).toBe('2024-04-30');
  });

  it('ends February of a leap year on the 29th', () => {
    expect(periodEnd(month('2024-02'))).toBe('2024-02-29');
  });

  it('ends February of a common year on the 28th', () => {
    expect(periodEnd(month('2023-02'))).toBe('2023-02-28');
  });

  it('ends February of a century year that is not a leap year on the 28th', () => {
    expect(periodEnd(month('2100-02'))).toBe('2100-02-28');
  });

  it('ends February of a century year divisible by 400 on the 29th', () => {
    expect(periodEnd(month('2000-02'))).toBe('2000-02-29');
  });

  it('ends a year on the 31st of December', () => {
    expect(periodEnd(year('2024'))).toBe('2024-12-31');
  });
});

describe('validBounds', () => {
  it('gives null when the claim gives no time', () => {
    expect(validBounds(null, null)).toBeNull();
  });

  it('runs from the start of validFrom to the end of validTo, each at its precision', () => {
    expect(validBounds(month('2024-10'), year('2025'))).toEqual({ start: '2024-10-01', end: '2025-12-31' });
  });

  it('is open-ended when there is only a start', () => {
    expect(validBounds(month('2024-12'), null)).toEqual({ start: '2024-12-01', end: '9999-12-31' });
    expect(OPEN_END).toBe('9999-12-31');
  });

  it('starts at the beginning of time when there is only an end', () => {
    expect(validBounds(null, month('2024-02'))).toEqual({ start: '0000-01-01', end: '2024-02-29' });
  });
});

describe('timeWindow', () => {
  it.each([
    [null, null],
    [undefined, undefined],
    [null, undefined],
  ])('gives no window when from is %p and to is %p', (from, to) => {
    expect(timeWindow(from, to)).toBeNull();
  });

  it('covers from "2024-12" to "2025" as 2024-12-01 to 2025-12-31', () => {
    expect(timeWindow('2024-12', '2025')).toEqual({ start: '2024-12-01', end: '2025-12-31' });
  });

  it('is open-ended with only "from"', () => {
    expect(timeWindow('2024-12-27', null)).toEqual({ start: '2024-12-27', end: '9999-12-31' });
  });

  it('starts at the beginning of time with only "to"', () => {
    expect(timeWindow(undefined, '2024')).toEqual({ start: '0000-01-01', end: '2024-12-31' });
  });

  it('accepts a window of one day', () => {
    expect(timeWindow('2024-12-27', '2024-12-27')).toEqual({ start: '2024-12-27', end: '2024-12-27' });
  });

  it('accepts a day inside the month it ends with, read at each precision', () => {
    expect(timeWindow('2024-12-15', '2024-12')).toEqual({ start: '2024-12-15', end: '2024-12-31' });
  });

  it('rejects a reversed window, naming both bounds', () => {
    expect(() => timeWindow('2025', '2024-12')).toThrow('expected "from" (2025) to be on or before "to" (2024-12)');
  });

  it('rejects a malformed "from", quoting it', () => {
    expect(() => timeWindow('2024-13', '2025')).toThrow('expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "2024-13"');
  });

  it('rejects a malformed "to", quoting it', () => {
    expect(() => timeWindow('2024', 'next year')).toThrow('expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "next year"');
  });
});

describe('parseAsOf', () => {
  it('reads a month as its last day', () => {
    expect(parseAsOf('2024-12')).toBe('2024-12-31');
  });

  it('reads a day as itself', () => {
    expect(parseAsOf('2024-12-27')).toBe('2024-12-27');
  });

  it('reads a year as its last day', () => {
    expect(parseAsOf('2024')).toBe('2024-12-31');
  });

  it('gives null for no date', () => {
    expect(parseAsOf(null)).toBeNull();
    expect(parseAsOf(undefined)).toBeNull();
  });

  it('rejects words, quoting them', () => {
    expect(() => parseAsOf('yesterday')).toThrow('expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "yesterday"');
  });
});

describe('the support index', () => {
  it('re-exports the time-bound helpers', () => {
    expect(support.periodStart).toBe(periodStart);
    expect(support.periodEnd).toBe(periodEnd);
    expect(support.validBounds).toBe(validBounds);
    expect(support.timeWindow).toBe(timeWindow);
    expect(support.parseAsOf).toBe(parseAsOf);
  });
});
