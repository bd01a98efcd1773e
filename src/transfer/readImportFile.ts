import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseRecord, type ImportRecord } from './records';

/** A record with the line it came from, or the reason that line was refused. */
export type ReadResult = { line: number; record: ImportRecord } | { line: number; error: string };

/** The header of claim CSV files, in this order (see the README). */
export const CSV_COLUMNS = [
  'source_url', 'source_title', 'source_publisher', 'source_published_at',
  'subject_kind', 'subject_name', 'predicate', 'object_kind', 'object_name', 'polarity',
  'quantity_value', 'quantity_unit', 'quantity_qualifier', 'valid_from', 'valid_to',
  'excerpt', 'reported_by', 'attribution', 'credibility', 'note',
] as const;

/**
 * Reads an import file by its extension: `.ndjson`/`.jsonl` (one record a line), `.json` (an array
 * of records, or `{ entities, sources, claims }`), `.csv` (claims, with CSV_COLUMNS as header).
 * A malformed record is returned as an error with its line, so the rest can still go in.
 */
export function readImportFile(file: string): ReadResult[] {
  const readers: Record<string, (text: string) => ReadResult[]> = { '.ndjson': readNdjson, '.jsonl': readNdjson, '.json': readJson, '.csv': readCsv };
  const reader = readers[path.extname(file).toLowerCase()];
  if (!reader) throw new Error(`expected a .ndjson, .jsonl, .json or .csv file, but got ${JSON.stringify(path.basename(file))}`);
  return reader(readFileSync(file, 'utf8'));
}

function attempt(line: number, make: () => unknown): ReadResult {
  try {
    return { line, record: parseRecord(make()) };
  } catch (error) {
    return { line, error: (error as Error).message };
  }
}

function readNdjson(text: string): ReadResult[] {
  return text
    .split('\n')
    .map((content, i) => ({ content: content.trim(), line: i + 1 }))
    .filter(({ content }) => content !== '')
    .map(({ content, line }) => attempt(line, () => JSON.parse(content)));
}

function readJson(text: string): ReadResult[] {
  const doc = JSON.parse(text) as unknown;
  const records = Array.isArray(doc)
    ? doc
    : Array.isArray((doc as { records?: unknown[] }).records)
      ? ((doc as { records: unknown[] }).records)
      : [
        ...(((doc as { entities?: unknown[] }).entities ?? []).map((r) => ({ type: 'entity', ...(r as object) }))),
        ...(((doc as { sources?: unknown[] }).sources ?? []).map((r) => ({ type: 'source', ...(r as object) }))),
        ...(((doc as { claims?: unknown[] }).claims ?? []).map((r) => ({ type: 'claim', ...(r as object) }))),
      ];
  // A JSON document has no lines per record: the record's position (1-based) stands in for it.
  return records.map((record, i) => attempt(i + 1, () => record));
}

function readCsv(text: string): ReadResult[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, info: true, relax_column_count: true }) as Array<{
    record: Record<string, string>;
    info: { lines: number };
  }>;
  const header = Object.keys(rows[0]?.record ?? {});
  const missingColumns = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (rows.length > 0 && missingColumns.length > 0) {
    return [{ line: 1, error: `header: expected the columns ${CSV_COLUMNS.join(',')}, but ${missingColumns.join(', ')} are missing` }];
  }
  const results: ReadResult[] = [];
  const seenSources = new Set<string>();
  for (const { record: row, info } of rows) {
    const line = info.lines;
    const cell = (name: (typeof CSV_COLUMNS)[number]) => (row[name] ?? '').trim() || undefined;
    const entity = (kind: string | undefined, name: string | undefined) => (name ? { type: 'entity', kind: kind ?? 'ORGANIZATION', name } : null);
    for (const e of [
      entity(cell('subject_kind'), cell('subject_name')),
      entity(cell('object_kind'), cell('object_name')),
      entity('ORGANIZATION', cell('reported_by')),
      entity('ORGANIZATION', cell('source_publisher')),
    ]) {
      if (e) results.push(attempt(line, () => e));
    }
    const url = cell('source_url');
    if (url && !seenSources.has(url)) {
      seenSources.add(url);
      results.push(attempt(line, () => ({
        type: 'source',
        url,
        title: cell('source_title'),
        publishedAt: cell('source_published_at'),
        publisher: cell('source_publisher') ? { kind: 'ORGANIZATION', name: cell('source_publisher') } : undefined,
      })));
    }
    results.push(attempt(line, () => {
      if (!url) throw new Error('source_url: expected the URL of the claim\'s source, but got nothing');
      const quantity = cell('quantity_value');
      if (quantity !== undefined && !/^\d+(\.\d+)?$/.test(quantity)) {
        throw new Error(`quantity_value: expected a number, but got ${JSON.stringify(quantity)}`);
      }
      return {
        type: 'claim',
        sourceUrl: url,
        subject: { kind: cell('subject_kind'), name: cell('subject_name') },
        object: cell('object_name') ? { kind: cell('object_kind'), name: cell('object_name') } : undefined,
        predicate: cell('predicate'),
        polarity: cell('polarity'),
        quantity: quantity !== undefined ? { value: Number(quantity), unit: cell('quantity_unit'), qualifier: cell('quantity_qualifier') } : undefined,
        validFrom: cell('valid_from'),
        validTo: cell('valid_to'),
        excerpt: cell('excerpt'),
        reportedBy: cell('reported_by') ? { kind: 'ORGANIZATION', name: cell('reported_by') } : undefined,
        attribution: cell('attribution'),
        credibility: cell('credibility') === undefined ? undefined : Number(cell('credibility')),
        note: cell('note'),
      };
    }));
  }
  return results;
}
