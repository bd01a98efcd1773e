import type { Database } from '../../neo4j';
import { csvRecords } from '../lines';
import { emptyReport, type EventDraft, type FeedReport } from '../model';
import { inWindow, type FeedOptions } from '../options';
import type { ProgressLine } from '../progress';
import { EntityResolver } from '../resolve';
import { writeEvents } from '../writeEvents';
import { REQUIRED_COLUMNS } from './columns';
import { acledDraft } from './rows';

const FEED_ACTOR = 'import';

/**
 * Imports ACLED CSV exports: each record streams through in batches; a bad record is reported with
 * its line and the rest goes on; events are keyed by event_id_cnty and everything else by content,
 * so a second run writes nothing new.
 */
export async function importAcled(db: Database, files: readonly string[], options: FeedOptions, progress: ProgressLine): Promise<FeedReport> {
  const report = emptyReport();
  const seen = { entities: new Set<string>(), places: new Set<string>() };
  const resolver = new EntityResolver(db);
  const tick = (final = false) => progress.update({ lines: report.lines, events: report.events, errors: report.errors.length }, final);
  for (const file of files) {
    let batch: EventDraft[] = [];
    for await (const item of csvRecords(file, REQUIRED_COLUMNS, 'an ACLED export')) {
      report.lines += 1;
      if ('error' in item) {
        report.errors.push({ file, line: item.line, message: item.error });
        continue;
      }
      try {
        const draft = acledDraft(item.record, item.line);
        if (inWindow(draft.day, options)) batch.push(draft);
        else report.filtered += 1;
      } catch (error) {
        report.errors.push({ file, line: item.line, message: (error as Error).message });
      }
      if (batch.length >= options.batchSize) {
        await writeEvents(db, file, batch, resolver, report, seen, FEED_ACTOR);
        batch = [];
        tick();
      }
    }
    await writeEvents(db, file, batch, resolver, report, seen, FEED_ACTOR);
  }
  report.entities = seen.entities.size;
  report.places = seen.places.size;
  tick(true);
  return report;
}
