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
