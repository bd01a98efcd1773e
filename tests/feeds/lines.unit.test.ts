import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { csvRecords, MAX_LINE_BYTES, tabSeparatedLines } from '../../src/feeds/lines';

/** The feeds' line readers on files written here: where lines end, and what a line too long does. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'feed-lines-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function linesOf(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  const read = [];
  for await (const item of tabSeparatedLines(file)) read.push(item);
  return read;
}

describe('tabSeparatedLines', () => {
  it('splits at line breaks, drops a "\\r" before one, skips empty lines and keeps a last line without a break', async () => {
    expect(await linesOf('plain.tsv', 'a\tb\r\n\nc\td\n  \ne\tf')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
      { line: 5, fields: ['e', 'f'] },
    ]);
  });

  it('decodes a character whose bytes fall on both sides of a chunk boundary, plain or gzipped', async () => {
    // The file stream reads 64 KiB chunks: put "ї" (two bytes in UTF-8) across the first boundary.
    const first = `${'a'.repeat(65_535)}ї\tKyiv`;
    const content = `${first}\nКиїв\tfoo\n`;
    const expected = [
      { line: 1, fields: [`${'a'.repeat(65_535)}ї`, 'Kyiv'] },
      { line: 2, fields: ['Київ', 'foo'] },
    ];
    expect(await linesOf('boundary.tsv', content)).toEqual(expected);
    expect(await linesOf('boundary.tsv.gz', gzipSync(Buffer.from(content)))).toEqual(expected);
  });

  it('gives a line longer than MAX_LINE_BYTES as an error with its number, and reads on', async () => {
    const long = 'x'.repeat(MAX_LINE_BYTES + 1);
    const exact = 'y'.repeat(MAX_LINE_BYTES);
    const read = await linesOf('long.tsv', `a\tb\n${long}\n${exact}\nc\td\n${long}`);
    expect(read.map((r) => ('error' in r ? { line: r.line, error: r.error } : { line: r.line, width: r.fields[0]!.length }))).toEqual([
      { line: 1, width: 1 },
      { line: 2, error: 'longer than 1,048,576 bytes, which no line of the feed is: skipped' },
      { line: 3, width: MAX_LINE_BYTES },
      { line: 4, width: 1 },
      { line: 5, error: 'longer than 1,048,576 bytes, which no line of the feed is: skipped' },
    ]);
  });
});

describe('csvRecords', () => {
  it('stops at a record longer than MAX_LINE_BYTES, after giving the records before it', async () => {
    const file = path.join(dir, 'open-quote.csv');
    writeFileSync(file, `id,notes\n1,fine\n2,"never closed ${'z'.repeat(MAX_LINE_BYTES)}\n3,lost\n`);
    const read: unknown[] = [];
    let thrown: Error | null = null;
    try {
      for await (const item of csvRecords(file, ['id'], 'a test file')) read.push(item);
    } catch (error) {
      thrown = error as Error;
    }
    expect(read).toEqual([{ line: 2, record: { id: '1', notes: 'fine' } }]);
    expect(thrown?.message).toBe('a record longer than 1,048,576 characters, which no record of the feed is: most likely a quote opened here and never closed');
  });
});
