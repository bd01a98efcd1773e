import type { Database } from '../neo4j';
import { importRecords, parseRecord, type ImportReport, type Progress, type ReadResult } from '../transfer';
import { readBundle, type BundleReading } from './fromStix';
import type { StixBundle } from './model';
import { readSelection, readWholeGraph, type StixSelection } from './readSlice';
import { toBundle, toStixObjects } from './toStix';

/** The whole graph as one STIX 2.1 bundle (`npm run export -- --format stix`). */
export async function exportStixBundle(db: Database): Promise<StixBundle> {
  return toBundle(toStixObjects(await readWholeGraph(db)));
}

/** A selection (an entity's neighbourhood, a source, a time window) as one bundle (Query.stixBundle). */
export async function exportStixSelection(db: Database, selection: StixSelection): Promise<StixBundle> {
  return toBundle(toStixObjects(await readSelection(db, selection)));
}

export interface StixImportReport extends ImportReport, Omit<BundleReading, 'records'> {}

/**
 * Imports a bundle through the import path every file takes (src/transfer/importRecords.ts, which
 * writes with writeBundle): entities, sources, claims, then retractions; facts are rebuilt from the
 * claims. Keyed by content, so importing the same bundle again changes nothing. A record the
 * checks refuse is listed with the position of its STIX object in the bundle.
 */
export async function importStixBundle(db: Database, text: string, progress?: Progress): Promise<StixImportReport> {
  const reading = readBundle(JSON.parse(text), text);
  const read: ReadResult[] = reading.records.map(({ position, record }) => {
    try {
      return { line: position, record: parseRecord(record) };
    } catch (error) {
      return { line: position, error: (error as Error).message };
    }
  });
  const report = await importRecords(db, read, progress);
  const { records: _records, ...rest } = reading;
  return { ...report, ...rest };
}
