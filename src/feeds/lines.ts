import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import yauzl from 'yauzl';

/**
 * A file's bytes as a stream, unpacked on the fly: `.gz` through gunzip, `.zip` (as GDELT publishes
 * its tables) as the one file the archive holds.
 */
async function open(file: string): Promise<Readable> {
  if (/\.zip$/i.test(file)) return openZippedFile(file);
  const raw = createReadStream(file);
  return /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
}

/**
 * The one file of a zip archive, streamed (an archive of several files is refused, naming them:
 * which of them is the table is not ours to guess).
 */
function openZippedFile(file: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (openError, zip) => {
      if (openError || !zip) return reject(new Error(`${file}: not a readable zip archive (${openError?.message ?? 'no archive'})`));
      const entries: yauzl.Entry[] = [];
      const fail = (error: Error) => {
        zip.close();
        reject(error);
      };
      zip.on('error', fail);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => {
        const [entry] = entries;
        if (!entry || entries.length > 1) {
          const names = entries.map((e) => e.fileName).join(', ');
          return fail(new Error(`${file}: expected a zip archive of one file, but it holds ${entries.length}${names ? `: ${names}` : ''}`));
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(new Error(`${file}: cannot unpack ${entry.fileName} (${streamError?.message ?? 'no stream'})`));
          stream.on('close', () => zip.close());
          resolve(stream);
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * The lines of a tab-separated file without quoting (GDELT's tables), one at a time with their
 * number: files of any size stream through in constant memory. Empty lines are skipped.
 */
export async function* tabSeparatedLines(file: string): AsyncGenerator<{ line: number; fields: string[] }> {
  const input = await open(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') continue;
      yield { line, fields: text.split('\t') };
    }
  } finally {
    // A reader that stops early (the first line tells a table) leaves the file, or the archive, open.
    input.destroy();
  }
}

/**
 * The records of a CSV file with a header line (ACLED's export), as column-name maps with the line
 * each starts on (a quoted field may hold line breaks). A record with the wrong number of fields
 * comes as an error with its line, and the reading goes on; a header without the `required`
 * columns comes as one error on line 0 (the whole file: not read), and the reading stops.
 */
export async function* csvRecords(
  file: string,
  required: readonly string[],
  what: string,
): AsyncGenerator<{ line: number; record: Record<string, string> } | { line: number; error: string }> {
  const parser = (await open(file)).pipe(
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
        // Not the feed's file at all: line 0 stands for the whole file (not read), as a missing one.
        const semicolons = record.length === 1 && (record[0] ?? '').includes(';') ? ' (its fields are separated by ";": save it as comma-separated CSV)' : '';
        yield { line: 0, error: `not read: expected the columns of ${what}, but the header lacks ${missing.join(', ')}${semicolons}` };
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
      // A column without a name (pandas' index, a trailing comma) is no field of the feed's.
      if (name !== '') row[name] = record[i] ?? '';
    });
    yield { line, record: row };
  }
}
