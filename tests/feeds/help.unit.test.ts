import { openDatabase } from '../../src/neo4j';
import { formatReport } from '../../src/feeds/cli';
import { emptyReport } from '../../src/feeds/model';
import { runImport, type Io } from '../../src/transfer';

/**
 * `--help` on the import commands prints what they take and exits 0, before touching any database:
 * the driver given here points at a port nothing listens on.
 */
function capture(): Io & { text: () => { out: string; err: string } } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, text: () => ({ out, err }) };
}

const nowhere = () => openDatabase({ uri: 'neo4j://127.0.0.1:1' });

describe('import --help', () => {
  it.each([
    ['gdelt', ['--format', 'gdelt', '--help'], ['import:gdelt', '--since DAY', '--mentions', '.zip']],
    ['acled', ['--format', 'acled', '-h'], ['import:acled', '--until DAY', '--batch N']],
    ['records', ['--help'], ['npm run import --', 'records (the default)', 'Exit 0']],
  ])('prints the %s usage and options on standard output and exits 0', async (_name, argv, expected) => {
    const io = capture();
    expect(await runImport(argv, io, nowhere())).toBe(0);
    for (const phrase of expected) expect(io.text().out).toContain(phrase);
    expect(io.text().err).toBe('');
  });

  it('still refuses an unknown option, with the usage, and exit 2', async () => {
    const io = capture();
    expect(await runImport(['--format', 'gdelt', '--sinse', '2025', 'x.CSV'], io, nowhere())).toBe(2);
    expect(io.text().err).toContain('--sinse: expected one of');
    expect(io.text().err).toContain('usage: npm run import:gdelt');
  });
});

describe('the summary', () => {
  it('names the 25 most frequent unmapped codes and sums the rest, and lists a file it could not read without a line', () => {
    const report = emptyReport();
    for (let i = 0; i < 30; i++) report.unmapped.set(`0${10 + i}`, 100 - i);
    report.errors.push({ file: '/data/a.CSV', line: 0, message: 'not read: ENOENT' }, { file: '/data/b.CSV', line: 7, message: 'SQLDATE: expected a day' });
    const { out, err } = formatReport('gdelt', ['a.CSV', 'b.CSV'], report);
    expect(out).toContain('CAMEO codes with no mapping (events kept, no claim made): 010 ×100, 011 ×99,');
    expect(out).toContain('034 ×76, and 5 other(s) ×365\n');
    expect(out).not.toContain('035 ×75');
    expect(err).toBe('/data/a.CSV: not read: ENOENT\n/data/b.CSV:7: SQLDATE: expected a day\n1 line(s) refused and 1 file(s) not read; everything else went in. Fix them and run the import again: it is safe to repeat.\n');
  });
});
