import type { Database } from '../../neo4j';
import { tabSeparatedLines } from '../lines';
import { emptyReport, type EventDraft, type FeedReport } from '../model';
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
 * a bad line is reported with its number and the rest goes on; everything is keyed by GDELT's
 * ids, URLs and content, so a second run writes nothing new.
 */
export async function importGdelt(db: Database, files: readonly string[], options: FeedOptions, progress: ProgressLine): Promise<FeedReport> {
  const report = emptyReport();
  const seen = { entities: new Set<string>(), places: new Set<string>() };
  const resolver = new EntityResolver(db);
  const tables = await Promise.all(files.map(async (file) => ({ file, table: await tableOfFile(file, options.table) })));
  for (const { file, table } of tables) {
    if (table === null) report.errors.push({ file, line: 1, message: `expected ${EVENT_COLUMNS.length} tab-separated fields (events) or ${MENTION_COLUMNS.length} (mentions), but got neither: not a GDELT 2.0 table` });
  }
  const ordered = [...tables.filter((t) => t.table === 'events'), ...tables.filter((t) => t.table === 'mentions')];
  const tick = () => progress.update({ lines: report.lines, events: report.events + report.mentions, errors: report.errors.length });
  for (const { file, table } of ordered) {
    let events: EventDraft[] = [];
    let mentions: MentionDraft[] = [];
    const flush = async () => {
      if (events.length > 0) await writeEvents(db, file, events, resolver, report, seen, FEED_ACTOR);
      if (mentions.length > 0) {
        try {
          await writeMentions(db, file, mentions, report, FEED_ACTOR);
        } catch (error) {
          for (const m of mentions) report.errors.push({ file, line: m.line, message: `not written: ${(error as Error).message}` });
        }
      }
      events = [];
      mentions = [];
      tick();
    };
    for await (const { line, fields } of tabSeparatedLines(file)) {
      report.lines += 1;
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
          const draft = mentionDraft(fields, line);
          if (inWindow(draft.eventDate.iso, options)) mentions.push(draft);
          else report.filtered += 1;
        }
      } catch (error) {
        report.errors.push({ file, line, message: (error as Error).message });
      }
      if (events.length + mentions.length >= options.batchSize) await flush();
      else if (report.lines % 1000 === 0) tick();
    }
    await flush();
  }
  report.entities = seen.entities.size;
  report.places = seen.places.size;
  progress.update({ lines: report.lines, events: report.events + report.mentions, errors: report.errors.length }, true);
  return report;
}
