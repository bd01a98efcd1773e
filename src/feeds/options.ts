import { parsePartialDate, type PartialDate } from '../support';

/** What both importers take from the command line besides their files. */
export interface FeedOptions {
  /** Only events on or after this day (ISO, inclusive). */
  since: string | null;
  /** Only events on or before this day (ISO, inclusive). */
  until: string | null;
  /** Events per write transaction. */
  batchSize: number;
  /** GDELT only: the table every file holds, when not told apart by the number of columns. */
  table: 'events' | 'mentions' | null;
}

/**
 * Records per write transaction, as an import's (src/transfer/importRecords.ts). The medium feed
 * files (10,000 records) went in with 12 to 20% more records per second at 2,000 than at 500
 * (`npm run bench:feeds -- --scale medium`, one run each, 2026-11-30; median of three: W3 6.3 s
 * against 7.1 s, W4 17.3 s against 20.7 s).
 */
export const DEFAULT_BATCH_SIZE = 2_000;

/**
 * Reads `--since DAY`, `--until DAY`, `--batch N`, `--events`, `--mentions` and the file names;
 * throws "--since: expected …" on a bad value. A month or a year is taken from its first or last day.
 */
export function parseFeedArgs(argv: readonly string[]): { files: string[]; options: FeedOptions } {
  const files: string[] = [];
  const options: FeedOptions = { since: null, until: null, batchSize: DEFAULT_BATCH_SIZE, table: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg}: expected a value, but got none`);
      return v;
    };
    if (arg === '--since' || arg === '--until') {
      const text = value();
      let date;
      try {
        date = parsePartialDate(text);
      } catch {
        throw new Error(`${arg}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got ${JSON.stringify(text)}`);
      }
      if (arg === '--since') options.since = date.precision === 'DAY' ? date.iso : `${date.iso}${date.precision === 'YEAR' ? '-01-01' : '-01'}`;
      else options.until = lastDayBound(date);
    } else if (arg === '--batch') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new Error(`--batch: expected a whole number from 1 to 10000, but got ${argv[i]}`);
      options.batchSize = n;
    } else if (arg === '--events' || arg === '--mentions') {
      options.table = arg === '--events' ? 'events' : 'mentions';
    } else if (arg.startsWith('--')) {
      throw new Error(`${arg}: expected one of --since, --until, --batch, --events, --mentions, but got ${arg}`);
    } else files.push(arg);
  }
  if (options.since && options.until && options.since > options.until) throw new Error(`--until: expected a day on or after --since (${options.since}), but got ${options.until}`);
  return { files, options };
}

/**
 * The last day a partial date can mean, as text to compare days with: "2025-03-99" is after every
 * March day, "2025-12-99" after every day of 2025; a day is itself.
 */
export function lastDayBound(date: PartialDate): string {
  return date.precision === 'DAY' ? date.iso : `${date.iso}${date.precision === 'YEAR' ? '-12-99' : '-99'}`;
}

/** Whether a day (ISO) passes the date filter. */
export function inWindow(day: string, options: FeedOptions): boolean {
  return (!options.since || day >= options.since) && (!options.until || day <= options.until);
}

/**
 * Whether a period the feed dates an event by overlaps the date filter's window: a month (ACLED's
 * time precision 3) is in a window that holds any of its days, whichever day the feed coded it on.
 * `from` and `to` are partial dates; compared as text, "2025-03" starts before every March day, and
 * the period ends at lastDayBound(to), as --until does.
 */
export function periodInWindow(from: PartialDate, to: PartialDate, options: FeedOptions): boolean {
  return (!options.since || lastDayBound(to) >= options.since) && (!options.until || from.iso <= options.until);
}
