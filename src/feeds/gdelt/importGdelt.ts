import type { Database } from '../../neo4j';
import { IMPORT_ACTOR } from '../../support';
import { tabSeparatedLines } from '../lines';
import { countSeen, emptyReport, emptySeen, readError, type EventDraft, type FeedReport } from '../model';
import { inWindow, type FeedOptions } from '../options';
import type { ProgressLine } from '../progress';
import { EntityResolver } from '../resolve';
import { writeEvents } from '../writeEvents';
import { EVENT_COLUMNS, EVENT_COLUMNS_V1, eventsVersionOf, MENTION_COLUMNS, tableOf, type EventsVersion } from './columns';
import { eventDraft } from './events';
import { mentionDraft, writeMentions, type MentionDraft } from './mentions';

/** The field counts each table may have, as error messages give them. */
const EVENTS_EXPECTED: Record<EventsVersion, string> = {
  '2.0': `${EVENT_COLUMNS.length} tab-separated fields (the events table)`,
  '1.0': `${EVENT_COLUMNS_V1.length - 1} or ${EVENT_COLUMNS_V1.length} tab-separated fields (GDELT 1.0's events table)`,
};
const MENTIONS_EXPECTED = `${MENTION_COLUMNS.length - 2} to ${MENTION_COLUMNS.length}`;

/** The table a file holds: as told, else by the field count of its first line. */
async function tableOfFile(file: string, told: FeedOptions['table']): Promise<'events' | 'mentions' | null> {
  if (told) return told;
  // A first line too long to be the feed's tells that the file is not a table either.
  for await (const item of tabSeparatedLines(file)) return 'fields' in item ? tableOf(item.fields.length) : null;
  return null;
}

/**
 * Imports GDELT files (2.0's events and mentions tables, 1.0's events table): the events tables
 * first (whatever the order given), then the mentions tables, whose lines cite the events already in
 * the graph. Each file streams through in batches; a bad line is reported with its number and the
 * rest goes on, and so is a file that cannot be read to its end (a truncated download): the files
 * after it still go in. Everything is keyed by GDELT's ids, URLs and content, so a second run writes
 * nothing new.
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
      else {
        const events = `${EVENT_COLUMNS.length} (GDELT 2.0), ${EVENT_COLUMNS_V1.length - 1} or ${EVENT_COLUMNS_V1.length} (GDELT 1.0)`;
        report.errors.push({ file, line: 0, message: `not read: expected ${events} tab-separated fields (events) or ${MENTIONS_EXPECTED} (mentions), but got neither: not a GDELT table` });
      }
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
      if (events.length > 0) await writeEvents(db, file, events, resolver, report, seen, IMPORT_ACTOR);
      if (mentions.length > 0) {
        try {
          await writeMentions(db, file, mentions, report, seen, options, resolver, IMPORT_ACTOR);
        } catch (error) {
          for (const m of mentions) report.errors.push({ file, line: m.line, message: `not written: ${(error as Error).message}` });
        }
      }
      events = [];
      mentions = [];
      tick();
    };
    let last = 0;
    // An events file is GDELT 2.0's or 1.0's throughout, as its first events line says: a 2.0 line
    // short of three fields is refused, not read in 1.0's columns.
    let version: EventsVersion | null = null;
    try {
      for await (const item of tabSeparatedLines(file)) {
        report.lines += 1;
        const { line } = item;
        last = line;
        if ('error' in item) {
          report.errors.push({ file, line, message: item.error });
          continue;
        }
        const { fields } = item;
        const lineTable = tableOf(fields.length);
        if (table === 'events' && lineTable === 'events') version ??= eventsVersionOf(fields.length);
        if (lineTable !== table || (table === 'events' && eventsVersionOf(fields.length) !== version)) {
          const expected = table === 'mentions' ? `${MENTIONS_EXPECTED} tab-separated fields (the mentions table)` : EVENTS_EXPECTED[version ?? '2.0'];
          report.errors.push({ file, line, message: `expected ${expected}, but got ${fields.length}` });
          continue;
        }
        try {
          if (table === 'events') {
            const draft = eventDraft(fields, line);
            if (inWindow(draft.day, options)) events.push(draft);
            else {
              report.filtered += 1;
              seen.filteredEvents.add(draft.eventId);
            }
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
