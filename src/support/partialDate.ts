/**
 * Dates known to a precision: "2024" (YEAR), "2024-12" (MONTH), "2024-12-27" (DAY).
 */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  iso: string;
  precision: DatePrecision;
}

const PATTERNS: ReadonlyArray<[RegExp, DatePrecision]> = [
  [/^\d{4}$/, 'YEAR'],
  [/^\d{4}-(0[1-9]|1[0-2])$/, 'MONTH'],
  [/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'DAY'],
];

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" and infers the precision from the form.
 *
 * @throws Error "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got ..."
 */
export function parsePartialDate(text: string): PartialDate {
  for (const [pattern, precision] of PATTERNS) {
    if (pattern.test(text)) {
      if (precision === 'DAY' && !isRealDay(text)) break;
      return { iso: text, precision };
    }
  }
  throw new Error(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got ${JSON.stringify(text)}`);
}

/** Rebuilds a PartialDate from the two properties stored in Neo4j, or null when absent. */
export function partialDateFromStore(iso: unknown, precision: unknown): PartialDate | null {
  if (typeof iso !== 'string' || iso === '') return null;
  return { iso, precision: (precision as DatePrecision | undefined) ?? parsePartialDate(iso).precision };
}

/**
 * Resolves a month named without a year ("since December") against the date the source was
 * published: the latest such month on or before publication. The result keeps MONTH precision.
 *
 * @example resolveMonthBefore(12, { iso: '2025-01-10', precision: 'DAY' }) // { iso: '2024-12', precision: 'MONTH' }
 */
export function resolveMonthBefore(month: number, reference: PartialDate): PartialDate {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new Error(`expected a month from 1 to 12, but got ${month}`);
  }
  if (reference.precision === 'YEAR') {
    throw new Error(`expected a reference date of MONTH or DAY precision, but got ${reference.iso}`);
  }
  const year = Number(reference.iso.slice(0, 4));
  const refMonth = Number(reference.iso.slice(5, 7));
  const resolvedYear = month <= refMonth ? year : year - 1;
  return { iso: `${resolvedYear}-${String(month).padStart(2, '0')}`, precision: 'MONTH' };
}

function isRealDay(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The first day a partial date can mean: "2024-12" starts on 2024-12-01. */
export function periodStart(date: PartialDate): string {
  if (date.precision === 'DAY') return date.iso;
  if (date.precision === 'MONTH') return `${date.iso}-01`;
  return `${date.iso}-01-01`;
}

/** The last day a partial date can mean: "2024-02" ends on 2024-02-29. */
export function periodEnd(date: PartialDate): string {
  if (date.precision === 'DAY') return date.iso;
  if (date.precision === 'YEAR') return `${date.iso}-12-31`;
  const [year, month] = date.iso.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.iso}-${String(lastDay).padStart(2, '0')}`;
}

/** Stands for "no end": a claim that gives a start but no end still holds. */
export const OPEN_END = '9999-12-31';

/**
 * The days a claim or fact can cover, for overlap tests: from the start of `validFrom`'s period to
 * the end of `validTo`'s; with no `validTo` it is open-ended; with no time at all it is null.
 */
export function validBounds(validFrom: PartialDate | null, validTo: PartialDate | null): { start: string; end: string } | null {
  if (!validFrom && !validTo) return null;
  return {
    start: validFrom ? periodStart(validFrom) : '0000-01-01',
    end: validTo ? periodEnd(validTo) : OPEN_END,
  };
}

/**
 * A window of valid time from two optional partial dates, aware of their precision: from "2024-12"
 * to "2025" covers 2024-12-01 to 2025-12-31.
 *
 * @throws BadUserInput-style Error when a bound is malformed or the window is reversed.
 */
export function timeWindow(from: string | null | undefined, to: string | null | undefined): { start: string; end: string } | null {
  if (from == null && to == null) return null;
  const start = from == null ? '0000-01-01' : periodStart(parsePartialDate(from));
  const end = to == null ? OPEN_END : periodEnd(parsePartialDate(to));
  if (start > end) throw new Error(`expected "from" (${from}) to be on or before "to" (${to})`);
  return { start, end };
}

/**
 * An "as of" date: what was known by the end of that day (or month, or year, at lower precision).
 * Returns the last day it covers, e.g. "2024-12" → "2024-12-31".
 */
export function parseAsOf(asOf: string | null | undefined): string | null {
  return asOf == null ? null : periodEnd(parsePartialDate(asOf));
}
