import { createReadStream } from 'node:fs';
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
 * The longest line or record the readers take, in bytes (tab-separated) or characters (CSV). A
 * GDELT line is a few kilobytes and an ACLED record with long notes a few tens: past this, the file
 * is not the feed's (a binary, a file without line breaks, a quote never closed), and holding the
 * "line" whole would take memory without bound.
 */
export const MAX_LINE_BYTES = 1_048_576;

/**
 * A stream's lines, split at "\n" (a "\r" before it dropped), with each line over `maxBytes`
 * given as null: its bytes are dropped as they come, so memory stays bounded whatever the input.
 */
async function* boundedLines(input: Readable, maxBytes: number): AsyncGenerator<string | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const take = () => {
    // Bytes are joined before decoding: a character may be split across two chunks.
    const text = tooLong ? null : Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '');
    parts = [];
    size = 0;
    tooLong = false;
    return text;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!tooLong && size + (end - start) > maxBytes) {
        tooLong = true;
        parts = [];
        size = 0;
      }
      if (!tooLong && end > start) {
        parts.push(chunk.subarray(start, end));
        size += end - start;
      }
      if (newline === -1) break;
      yield take();
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) yield take();
}

/**
 * The lines of a tab-separated file without quoting (GDELT's tables), one at a time with their
 * number: files of any size stream through in constant memory. Empty lines are skipped; a line
 * longer than MAX_LINE_BYTES comes as an error with its number, and the reading goes on.
 */
export async function* tabSeparatedLines(
  file: string,
): AsyncGenerator<{ line: number; fields: string[] } | { line: number; error: string }> {
  const input = await open(file);
  let line = 0;
  try {
    for await (const text of boundedLines(input, MAX_LINE_BYTES)) {
      line += 1;
      if (text === null) yield { line, error: `longer than ${MAX_LINE_BYTES.toLocaleString('en-US')} bytes, which no line of the feed is: skipped` };
      else if (text.trim() !== '') yield { line, fields: text.split('\t') };
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
 * columns comes as one error on line 0 (the whole file: not read), and the reading stops. A record
 * longer than MAX_LINE_BYTES throws: the records before it have come, the rest of the file cannot.
 */
export async function* csvRecords(
  file: string,
  required: readonly string[],
  what: string,
): AsyncGenerator<{ line: number; record: Record<string, string> } | { line: number; error: string }> {
  const parser = (await open(file)).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: true, trim: false, max_record_size: MAX_LINE_BYTES }),
  ) as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>;
  try {
    yield* records(parser, required, what);
  } catch (error) {
    if ((error as { code?: string }).code !== 'CSV_MAX_RECORD_SIZE') throw error;
    // The parser cannot go on past it: where the record ends is what it cannot tell.
    throw new Error(`a record longer than ${MAX_LINE_BYTES.toLocaleString('en-US')} characters, which no record of the feed is: most likely a quote opened here and never closed`);
  }
}

/** csvRecords' records once parsed: the header checked, then each row as a map of its columns. */
async function* records(
  parser: AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>,
  required: readonly string[],
  what: string,
): AsyncGenerator<{ line: number; record: Record<string, string> } | { line: number; error: string }> {
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
