import path from 'node:path';
import { projectRoot } from '../support';
import { evaluateExtractor, type Extractor } from './evaluateExtractor';
import { formatReport } from './formatReport';
import { readGoldFiles } from './readGoldFiles';

/** Where the command writes: standard output and error, swappable in tests. */
export interface EvalIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: EvalIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export const DEFAULT_GOLD_FOLDER = path.join('tests', 'fixtures', 'extraction');

const USAGE = `usage: npm run eval:extraction [-- FOLDER_OR_FILE... ] [--json] [--verbose]
  FOLDER_OR_FILE  gold articles (*.json, see tests/fixtures/extraction/README.md); default ${DEFAULT_GOLD_FOLDER}
  --json          print the whole score as JSON instead of the table
  --verbose       list every wrong claim and missed fact, not the first 40
`;

/**
 * `npm run eval:extraction`: reads the gold articles, runs the extractor on each and prints the score.
 * Files with errors are reported on standard error and skipped. Exit 0 when at least one article was
 * scored, 2 when none could be read (or the arguments are wrong).
 */
export function runEvalExtraction(argv: readonly string[], extract: Extractor, io: EvalIo = processIo): number {
  const flags = argv.filter((a) => a.startsWith('-'));
  const paths = argv.filter((a) => !a.startsWith('-'));
  const unknown = flags.filter((f) => !['--json', '--verbose', '--help', '-h'].includes(f));
  if (flags.includes('--help') || flags.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    io.err(`${unknown.join(', ')}: expected --json or --verbose, but got an unknown option\n${USAGE}`);
    return 2;
  }
  const read = readGoldFiles(paths.length > 0 ? paths : [path.join(projectRoot, DEFAULT_GOLD_FOLDER)]);
  for (const error of read.errors) io.err(`${error}\n`);
  if (read.articles.length === 0) {
    io.err('no gold article could be read: nothing to score\n');
    return 2;
  }
  if (read.errors.length > 0) io.err(`${read.errors.length} problem(s); scoring the ${read.articles.length} article(s) that could be read\n`);
  const { score, errors } = evaluateExtractor(read.articles.map((a) => a.article), extract);
  for (const error of errors) io.err(`${error}\n`);
  if (flags.includes('--json')) io.out(`${JSON.stringify(score, null, 2)}\n`);
  else io.out(formatReport(score, { limit: flags.includes('--verbose') ? Infinity : 40 }));
  return 0;
}
