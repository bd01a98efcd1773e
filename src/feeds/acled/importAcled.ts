import type { Database } from '../../neo4j';
import { IMPORT_ACTOR } from '../../support';
import { csvRecords } from '../lines';
import { countSeen, emptyReport, emptySeen, readError, type EventDraft, type FeedReport } from '../model';
import { periodInWindow, type FeedOptions } from '../options';
import type { ProgressLine } from '../progress';
import { EntityResolver } from '../resolve';
import { writeEvents } from '../writeEvents';
import { ActorKinds, mainActorKinds } from './actorKinds';
import { applyDeletions, isDeletionList } from './deletions';
import { REQUIRED_COLUMNS } from './columns';
import { acledDraft } from './rows';

/**
 * Imports ACLED CSV exports: each record streams through in batches; a bad record is reported with
 * its line and the rest goes on, and so is a file that cannot be read to its end. Events are keyed
 * by event_id_cnty and everything else by content, so a second run writes nothing new; a record
 * ACLED has revised since replaces what the earlier one said (src/feeds/writeEvents.ts). A file
 * that is ACLED's list of deleted events (src/feeds/acled/deletions.ts) retracts what they said.
 */
export async function importAcled(db: Database, files: readonly string[], options: FeedOptions, progress: ProgressLine): Promise<FeedReport> {
  const report = emptyReport();
  const seen = emptySeen();
  const resolver = new EntityResolver(db);
  // ACLED's lists of deleted events go after the exports, so that a deletion wins over an export
  // of the same run that still has the event. A file that cannot be read counts as an export, which
  // reports it.
  const exports: string[] = [];
  const deletions: string[] = [];
  for (const file of files) {
    const deletionList = await isDeletionList(file).catch(() => false);
    (deletionList ? deletions : exports).push(file);
  }
  const kinds = new ActorKinds(resolver, await mainActorKinds(exports, (lines, final) => progress.reading(lines, 'actors', final)));
  const tick = (final = false) => progress.update({ lines: report.lines, events: seen.events.size + report.deleted, errors: report.errors.length }, final);
  for (const file of exports) {
    let batch: EventDraft[] = [];
    let last = 0;
    try {
      for await (const item of csvRecords(file, REQUIRED_COLUMNS, 'an ACLED export')) {
        // Line 0: the file is not the feed's (its header lacks the columns); no line of it was read.
        if (item.line > 0) report.lines += 1;
        last = item.line;
        if ('error' in item) {
          report.errors.push({ file, line: item.line, message: item.error });
          continue;
        }
        try {
          const draft = acledDraft(item.record, item.line);
          // A week or a month (time precision 2 or 3) is in the window when any of its days is.
          if (periodInWindow(draft.date, draft.until ?? draft.date, options)) batch.push(draft);
          else report.filtered += 1;
        } catch (error) {
          report.errors.push({ file, line: item.line, message: (error as Error).message });
        }
        if (batch.length >= options.batchSize) {
          await writeEvents(db, file, await kinds.settle(batch), resolver, report, seen, IMPORT_ACTOR);
          batch = [];
          tick();
        }
      }
    } catch (error) {
      // The records read so far are still written.
      report.errors.push(readError(file, last, error));
    }
    await writeEvents(db, file, await kinds.settle(batch), resolver, report, seen, IMPORT_ACTOR);
  }
  for (const file of deletions) {
    await applyDeletions(db, file, options.batchSize, report, IMPORT_ACTOR);
    tick();
  }
  countSeen(report, seen);
  tick(true);
  return report;
}
