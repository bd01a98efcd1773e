import type { Database } from '../../neo4j';
import { feedEventId } from '../keys';
import { csvRecords } from '../lines';
import { readError, type FeedReport, type LineError } from '../model';
import { retractDropped } from '../writeEvents';

/** The columns of ACLED's list of deleted events (its API's `deleted` endpoint, as CSV). */
export const DELETION_COLUMNS: readonly string[] = ['event_id_cnty', 'deleted_timestamp'];

/** Whether a file is a list of deleted events rather than an export: its records have `deleted_timestamp` and no `event_date`. */
export async function isDeletionList(file: string): Promise<boolean> {
  for await (const item of csvRecords(file, [], 'an ACLED file')) {
    if ('error' in item) continue;
    return 'deleted_timestamp' in item.record && !('event_date' in item.record);
  }
  return false;
}

/**
 * Applies ACLED's list of deleted events: each event the graph holds loses its links and its
 * record's claims, which are retracted with the deletion as the reason unless another event makes
 * them (as a revised record's are, src/feeds/writeEvents.ts), and keeps `deletedAt`. An event the
 * graph does not hold is counted, not an error: the list covers all of ACLED. One transaction per
 * batch; a bad record is reported with its line and the rest goes on.
 */
export async function applyDeletions(db: Database, file: string, batchSize: number, report: FeedReport, actor: string): Promise<void> {
  let batch: Array<{ id: string; eventId: string; deletedAt: string; line: number }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const events = batch;
    batch = [];
    const byId = new Map(events.map((e) => [e.id, e]));
    // Counted once committed (a transaction may be retried); a batch the database refuses costs its
    // own lines, and the lists after it still go in.
    const done = await db.writeTransaction(async (tx) => {
      const empty = events.map((e) => ({ id: e.id, placeId: null, actors: [], sourceIds: [], claimIds: [] }));
      const dropped = await tx.run('unlinkRevisedFeedEvents', { events: empty });
      const marked = await tx.run('markFeedEventsDeleted', { events: events.map(({ id, deletedAt }) => ({ id, deletedAt })) });
      const stale = dropped.flatMap((row) => {
        const reason = `ACLED deleted event ${byId.get(row.id as string)?.eventId} (the ACLED deletions file ${file}): ACLED no longer holds this record`;
        return (row.droppedClaimIds as string[]).map((id) => ({ id, reason, actor }));
      });
      return { retracted: await retractDropped(tx, stale, actor), deleted: marked.length };
    }).catch((error: Error) => {
      for (const e of events) report.errors.push({ file, line: e.line, message: `not written: ${error.message}` });
      return null;
    });
    if (done) {
      report.deletedRetracted += done.retracted;
      report.deleted += done.deleted;
      report.deletedNotHeld += events.length - done.deleted;
    }
  };
  let last = 0;
  try {
    for await (const item of csvRecords(file, DELETION_COLUMNS, "ACLED's list of deleted events")) {
      // Line 0: the file is not the feed's (its header lacks the columns); no line of it was read.
      if (item.line > 0) report.lines += 1;
      last = item.line;
      const error = 'error' in item ? item.error : deletionError(item.record);
      if ('error' in item || error) {
        report.errors.push({ file, line: item.line, message: error ?? '' } satisfies LineError);
        continue;
      }
      const eventId = (item.record.event_id_cnty ?? '').trim();
      batch.push({ id: feedEventId('ACLED', eventId), eventId, deletedAt: new Date(Number(item.record.deleted_timestamp) * 1000).toISOString(), line: item.line });
      if (batch.length >= batchSize) await flush();
    }
  } catch (error) {
    report.errors.push(readError(file, last, error));
  }
  await flush();
}

/** What is wrong with a record of the list, or null. */
function deletionError(record: Record<string, string>): string | null {
  if (!(record.event_id_cnty ?? '').trim()) return 'event_id_cnty: expected the event id, but got none';
  const stamp = (record.deleted_timestamp ?? '').trim();
  // Digits past what a date can hold (year 275760) would stop the reading at toISOString: refused here, by line.
  if (!/^\d+$/.test(stamp) || Number.isNaN(new Date(Number(stamp) * 1000).getTime())) {
    return `deleted_timestamp: expected seconds since 1970, but got ${JSON.stringify(stamp)}`;
  }
  return null;
}
