/** How dates, quantities and confidence read in the workbench. */
import type { PartialDate, Quantity } from './types';

const QUALIFIER: Record<Quantity['qualifier'], string> = {
  EXACTLY: '',
  AT_LEAST: 'at least ',
  AT_MOST: 'at most ',
  APPROXIMATELY: 'about ',
};

export function quantity(q: Quantity | null): string {
  if (!q) return '';
  return `${QUALIFIER[q.qualifier]}${q.value.toLocaleString('en')}${q.unit ? ` ${q.unit}` : ''}`;
}

export function partialDate(d: PartialDate | null): string {
  return d ? d.iso : '';
}

/** "from 2024-12", "2024-12 to 2025-01", or "" when the fact carries no valid time. */
export function validTime(from: PartialDate | null, to: PartialDate | null): string {
  if (from && to) return `${from.iso} to ${to.iso}`;
  if (from) return `from ${from.iso}`;
  if (to) return `until ${to.iso}`;
  return '';
}

export function confidence(value: number | null): string {
  return value === null ? 'not scored' : value.toFixed(2);
}

/** A day as YYYY-MM-DD, in UTC like the API's dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last day a partial date covers: "2024-12" → "2024-12-31". */
export function lastDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) {
    const [y, m] = iso.split('-').map(Number) as [number, number];
    return isoDay(new Date(Date.UTC(y, m, 0)));
  }
  return `${iso}-12-31`;
}
