import type { Database } from '../../neo4j';
import { tabSeparatedLines } from '../lines';
import { countSeen, emptyReport, emptySeen, readError, type EventDraft, type FeedReport } from '../model';
import { inWindow, type FeedOptions } from '../options';
import type { ProgressLine } from '../progress';
import { EntityResolver } from '../resolve';
import { writeEvents } from '../writeEvents';
import { EVENT_COLUMNS, MENTION_COLUMNS, tableOf } from './columns';
import { eventDraft } from './events';
import { mentionDraft, writeMentions, type MentionDraft } from './mentions';

/** Who the feed importers write as, in createdBy and history. */
export const FEED_ACTOR = 'import';

/** The table a file holds: as told, else by the field count of its first line. */
async function tableOfFile(file: string, told: FeedOptions['table']): Promise<'events' | 'mentions' | null> {
  if (told) return told;
  for await (const { fields } of tabSeparatedLines(file)) return tableOf(fields.length);
  return null;
}

/**
 * Imports GDELT 2.0 files: the events tables first (whatever the order given), then the mentions
 * tables, whose lines cite the events already in the graph. Each file streams through in batches;
 * a bad line is reported with its number and the rest goes on, and so is a file that cannot be
 * read to its end (a truncated download): the files after it still go in. Everything is keyed by
 * GDELT's ids, URLs and content, so a second run writes nothing new.
 */
export async function importGdelt(db: Database, files: readonly string[], options: FeedOptions, progress: ProgressLine): Promise<FeedReport> {
  const report = emptyReport();
  const seen = emptySeen();
  const resolver = new EntityResolver(db);
  // One file open at a time: a month of 15-minute files is thousands of them.
  const tables: Array<{ file: string; table: 'events' | 'mentions' }> = [];
  for (const file of files) {
    try {
      const table = await tableOfFile(file, options.table);
      if (table) tables.push({ file, table });
      else report.errors.push({ file, line: 1, message: `expected ${EVENT_COLUMNS.length} tab-separated fields (events) or ${MENTION_COLUMNS.length} (mentions), but got neither: not a GDELT 2.0 table` });
    } catch (error) {
      report.errors.push(readError(file, 0, error));
    }
  }
  const ordered = [...tables.filter((t) => t.table === 'events'), ...tables.filter((t) => t.table === 'mentions')];
  const tick = (final = false) => progress.update({ lines: report.lines, events: seen.events.size + seen.mentions.size, errors: report.errors.length }, final);
  for (const { file, table } of ordered) {
    let events: EventDraft[] = [];
    let mentions: MentionDraft[] = [];
    const flush = async () => {
      if (events.length > 0) await writeEvents(db, file, events, resolver, report, seen, FEED_ACTOR);
      if (mentions.length > 0) {
        try {
          await writeMentions(db, file, mentions, report, seen, options, FEED_ACTOR);
        } catch (error) {
          for (const m of mentions) report.errors.push({ file, line: m.line, message: `not written: ${(error as Error).message}` });
        }
      }
      events = [];
      mentions = [];
      tick();
    };
    let last = 0;
    try {
      for await (const { line, fields } of tabSeparatedLines(file)) {
        report.lines += 1;
        last = line;
        const lineTable = tableOf(fields.length);
        if (lineTable !== table) {
          const expected = table === 'events' ? EVENT_COLUMNS.length : `${MENTION_COLUMNS.length - 2} to ${MENTION_COLUMNS.length}`;
          report.errors.push({ file, line, message: `expected ${expected} tab-separated fields (the ${table} table), but got ${fields.length}` });
          continue;
        }
        try {
          if (table === 'events') {
            const draft = eventDraft(fields, line);
            if (inWindow(draft.day, options)) events.push(draft);
            else report.filtered += 1;
          } else {
            // The date filter is applied to the event each mention cites, once it is looked up
            // (writeMentions): the mentions table gives only when GDELT first saw the event.
            mentions.push(mentionDraft(fields, line));
          }
        } catch (error) {
          report.errors.push({ file, line, message: (error as Error).message });
        }
        if (events.length + mentions.length >= options.batchSize) await flush();
        else if (report.lines % 1000 === 0) tick();
      }
    } catch (error) {
      // The lines read so far are still written.
      report.errors.push(readError(file, last, error));
    }
    await flush();
  }
  countSeen(report, seen);
  tick(true);
  return report;
}
