import path from 'node:path';
import { applySchema, namedQueries, type Database } from '../neo4j';
import { importAcled } from './acled/importAcled';
import { importGdelt } from './gdelt/importGdelt';
import type { FeedReport } from './model';
import { parseFeedArgs } from './options';
import { ProgressLine, type FeedIo } from './progress';

export const FEED_FORMATS = ['gdelt', 'acled'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

const USAGE: Record<FeedFormat, string> = {
  gdelt: 'usage: npm run import:gdelt -- [--since DAY] [--until DAY] [--batch N] [--events|--mentions] FILE...   (GDELT 2.0 events and mentions tables, GDELT 1.0 events tables; .gz and .zip too)',
  acled: "usage: npm run import:acled -- [--since DAY] [--until DAY] [--batch N] FILE...   (ACLED CSV exports, and ACLED's lists of deleted events; .gz and .zip too)",
};

/** What `--help` prints beside the usage line: the options, and where the rest is written. */
const OPTIONS_HELP = [
  '  --since DAY   only events on or after DAY (YYYY, YYYY-MM or YYYY-MM-DD)',
  '  --until DAY   only events on or before DAY',
  '  --batch N     events per write transaction (1 to 10000, default 2000)',
  'Safe to run again: nothing is written twice. Exit 0: all lines in; 1: some refused (listed as file:line: reason); 2: nothing could be done.',
  'The graph is the one NEO4J_URI names, else the embedded server of npm start. More in docs/feeds.md.',
];
const GDELT_HELP = '  --events, --mentions   the table the files hold, when their number of columns does not say';

/** Whether the command line asks for help rather than an import. */
export const asksForHelp = (argv: readonly string[]) => argv.includes('--help') || argv.includes('-h');

/** How many unmapped codes the summary names, most frequent first. */
export const UNMAPPED_SHOWN = 25;

/** The summary printed on standard output, and the refused lines on standard error. */
export function formatReport(format: FeedFormat, files: readonly string[], r: FeedReport): { out: string; err: string } {
  const n = (x: number) => x.toLocaleString('en-US');
  const what = format === 'gdelt' ? `${n(r.events)} GDELT events and ${n(r.mentions)} mentions` : `${n(r.events)} ACLED events`;
  const lines = [
    `imported ${what} from ${files.join(', ')}: ${n(r.claims)} claims (${n(r.newClaims)} new), ${n(r.entities)} entities (${n(r.newEntities)} new), ${n(r.places)} places (${n(r.located)} located in their country), ${n(r.sources)} sources (${n(r.newSources)} new)${r.publishers > 0 ? ` from ${n(r.publishers)} publishers` : ''}; ${n(r.lines)} lines read, ${n(r.filtered)} outside the dates asked`,
  ];
  if (r.retracted > 0) lines.push(`${n(r.retracted)} claims retracted: records the feed has revised no longer make them`);
  if (r.deleted + r.deletedNotHeld > 0) {
    lines.push(`${n(r.deleted)} ACLED events deleted, as the deletion lists say: ${n(r.deletedRetracted)} claims retracted that only they made; ${n(r.deletedNotHeld)} listed events the graph does not hold`);
  }
  if (r.restored > 0) lines.push(`${n(r.restored)} claims restored: a revision had retracted them, and the records make them again`);
  if (r.unmapped.size > 0) {
    const sorted = [...r.unmapped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // A day of GDELT has a few hundred unmapped codes: the most frequent are named, the rest summed.
    const shown = sorted.slice(0, UNMAPPED_SHOWN).map(([code, count]) => `${code} ×${n(count)}`);
    const rest = sorted.slice(UNMAPPED_SHOWN);
    if (rest.length > 0) shown.push(`and ${n(rest.length)} other(s) ×${n(rest.reduce((sum, [, count]) => sum + count, 0))}`);
    lines.push(`${format === 'gdelt' ? 'CAMEO codes' : 'event types'} with no mapping (events kept, no claim made): ${shown.join(', ')}`);
  }
  if (r.noClaim > 0) lines.push(`${n(r.noClaim)} mapped events made no claim: an actor or place was missing or of a kind the relationship does not take`);
  if (r.orphanMentions > 0) lines.push(`${n(r.orphanMentions)} mentions of events the graph does not hold were left out: import their events file first`);
  // Line 0 stands for the whole file: one that could not be opened or read as a feed at all.
  const errors = [...r.errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line).map((e) => `${e.file}${e.line > 0 ? `:${e.line}` : ''}: ${e.message}`);
  const unreadFiles = r.errors.filter((e) => e.line === 0).length;
  const refusedLines = r.errors.length - unreadFiles;
  const refusal = [refusedLines > 0 ? `${n(refusedLines)} line(s) refused` : '', unreadFiles > 0 ? `${n(unreadFiles)} file(s) not read` : ''].filter(Boolean).join(' and ');
  const refusedFiles = new Set(r.errors.map((e) => e.file));
  const nothingRead = unreadFiles > 0 && r.lines === 0 && refusedLines === 0;
  if (errors.length > 0) errors.push(`${refusal}; ${nothingRead ? 'nothing' : 'everything else'} went in. Fix ${refusedFiles.size === 1 && nothingRead ? 'it' : 'them'} and run the import again: it is safe to repeat.`);
  return { out: `${lines.join('\n')}\n`, err: errors.length > 0 ? `${errors.join('\n')}\n` : '' };
}

/**
 * `npm run import:gdelt|import:acled -- FILE...` (and `npm run import -- --format gdelt|acled`):
 * exit 0 when every line went in, 1 when some were refused (each listed as file:line: reason), 2
 * when the arguments, a file or the database could not be used at all.
 */
export async function runFeedImport(format: FeedFormat, argv: readonly string[], io: FeedIo, db: Database): Promise<number> {
  try {
    if (asksForHelp(argv)) {
      io.out(`${[USAGE[format], ...(format === 'gdelt' ? [GDELT_HELP] : []), ...OPTIONS_HELP].join('\n')}\n`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseFeedArgs(argv);
    } catch (error) {
      io.err(`${(error as Error).message}\n${USAGE[format]}\n`);
      return 2;
    }
    if (parsed.files.length === 0) {
      io.err(`${USAGE[format]}\n`);
      return 2;
    }
    // The graph's constraints (all IF NOT EXISTS), so a fresh database merges by index, then the feeds' own.
    await applySchema(db, namedQueries());
    await db.write('applyFeedSchema');
    const files = parsed.files.map((f) => path.resolve(f));
    const progress = new ProgressLine(io, format);
    const report = format === 'gdelt' ? await importGdelt(db, files, parsed.options, progress) : await importAcled(db, files, parsed.options, progress);
    const shown = formatReport(format, parsed.files, { ...report, errors: report.errors.map((e) => ({ ...e, file: parsed.files[files.indexOf(e.file)] ?? e.file })) });
    io.out(shown.out);
    io.err(shown.err);
    // No file could be read at all: nothing was done.
    const unread = new Set(report.errors.filter((e) => e.line === 0).map((e) => e.file));
    if (unread.size === files.length) return 2;
    return report.errors.length > 0 ? 1 : 0;
  } catch (error) {
    io.err(`import failed: ${(error as Error).message}\n`);
    return 2;
  }
}
