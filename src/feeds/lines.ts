import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';

/** A file's bytes as a stream, unzipped on the fly when its name ends in .gz. */
function open(file: string): NodeJS.ReadableStream {
  const raw = createReadStream(file);
  return file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
}

/**
 * The lines of a tab-separated file without quoting (GDELT's tables), one at a time with their
 * number: files of any size stream through in constant memory. Empty lines are skipped.
 */
export async function* tabSeparatedLines(file: string): AsyncGenerator<{ line: number; fields: string[] }> {
  const lines = createInterface({ input: open(file), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    yield { line, fields: text.split('\t') };
  }
}

/**
 * The records of a CSV file with a header line (ACLED's export), as column-name maps with the line
 * each starts on (a quoted field may hold line breaks). A record with the wrong number of fields
 * comes as an error with its line, and the reading goes on; a header without the `required`
 * columns comes as one error on line 1, and the reading stops.
 */
export async function* csvRecords(
  file: string,
  required: readonly string[],
  what: string,
): AsyncGenerator<{ line: number; record: Record<string, string> } | { line: number; error: string }> {
  const parser = open(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: true, trim: false }),
  ) as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>;
  let header: string[] | null = null;
  let previousEnd = 0;
  for await (const { record, info } of parser) {
    // info.lines is the line the record ends on; it starts after the previous one ended.
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (!header) {
      header = record.map((h) => h.trim().toLowerCase());
      const missing = required.filter((c) => !header?.includes(c));
      if (missing.length > 0) {
        yield { line, error: `expected the columns of ${what}, but the header lacks ${missing.join(', ')}` };
        return;
      }
      continue;
    }
    if (record.length !== header.length) {
      yield { line, error: `expected ${header.length} fields as the header names, but got ${record.length}` };
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = record[i] ?? '';
    });
    yield { line, record: row };
  }
}
