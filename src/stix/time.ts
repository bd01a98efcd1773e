import { parsePartialDate, type PartialDate } from '../support';

/**
 * Times in STIX are full UTC timestamps; ours are partial dates ("2024-12", MONTH). A partial date
 * becomes the instant its period starts (start_time, published) or the instant after it ends
 * (stop_time, exclusive, so a fact valid "from 2024-12 to 2024-12" keeps stop_time > start_time, as
 * STIX requires). The precision travels in our extension so an import gives the same partial date.
 */

/** For objects with no date of their own: stable across re-exports, and plainly not a real date. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

export function periodStart(date: PartialDate | string): string {
  const { iso } = typeof date === 'string' ? parsePartialDate(date) : date;
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00.000Z`;
}

export function periodEnd(date: PartialDate | string): string {
  const { iso, precision } = typeof date === 'string' ? parsePartialDate(date) : date;
  const start = new Date(periodStart(iso));
  if (precision === 'YEAR') start.setUTCFullYear(start.getUTCFullYear() + 1);
  else if (precision === 'MONTH') start.setUTCMonth(start.getUTCMonth() + 1);
  else start.setUTCDate(start.getUTCDate() + 1);
  return start.toISOString();
}

/** A STIX timestamp read back as a day ("2024-12-27T10:00:00Z" → "2024-12-27"), or null if unreadable. */
export function dayOf(timestamp: unknown): string | null {
  if (typeof timestamp !== 'string') return null;
  const t = new Date(timestamp);
  return Number.isNaN(t.getTime()) ? null : t.toISOString().slice(0, 10);
}

/** A stored time (Neo4j's toString of a datetime, or an ISO date) as a STIX timestamp with milliseconds. */
export function toTimestamp(value: string | null | undefined): string {
  if (!value) return UNKNOWN_TIME;
  const t = new Date(value.replace(/\[.*\]$/, ''));
  return Number.isNaN(t.getTime()) ? UNKNOWN_TIME : t.toISOString();
}
