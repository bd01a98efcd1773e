import { openDatabase } from '../../src/neo4j';
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
