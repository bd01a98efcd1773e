// Bulk import and export: files of entities, sources and claims, through the normal write code.
export { readImportFile, CSV_COLUMNS } from './readImportFile';
export type { ReadResult } from './readImportFile';
export { parseRecord } from './records';
export type { ImportRecord } from './records';
export { importRecords, IMPORT_BATCH_SIZE } from './importRecords';
export type { ImportReport, Progress } from './importRecords';
export { exportRecords } from './exportGraph';
export { runImport, runExport, connect } from './cli';
export type { Io } from './cli';
