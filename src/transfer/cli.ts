import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { asksForHelp, FEED_FORMATS, runFeedImport, type FeedFormat } from '../feeds';
import { openDatabase, type Database } from '../neo4j';
import { exportRecords } from './exportGraph';
import { importRecords, type Progress } from './importRecords';
import { readImportFile } from './readImportFile';

/** Where the command-line tools write: standard output and error, swappable in tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) };

/**
 * The database the tools talk to: NEO4J_URI, or else the embedded server `npm start` runs
 * (neo4j://127.0.0.1:NEO4J_EMBEDDED_PORT). The tools never start Neo4j themselves: its data folder
 * can only be open in one process.
 */
export function connect(env: NodeJS.ProcessEnv = process.env): Database {
  const config = loadConfig(env);
  const uri = config.neo4jUri ?? `neo4j://127.0.0.1:${config.embedded.port}`;
  return openDatabase({ uri, user: config.neo4jUser, password: config.neo4jPassword ?? undefined, database: config.neo4jDatabase });
}

/** A progress bar on a terminal, a line per batch elsewhere. */
export function progressPrinter(io: Io): Progress {
  return (phase, done, total, perSecond) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const line = `[import] ${phase.padEnd(11)} [${bar}] ${done}/${total} (${Math.round(perSecond)}/s)`;
    io.err(io.isTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

/**
 * Runs a command's body against the database: "<verb> failed: …" and exit 2 when it throws, and the
 * database closed whichever way it ends.
 */
export async function againstDatabase(verb: string, io: Io, db: Database, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    io.err(`${verb} failed: ${(error as Error).message}\n`);
    return 2;
  } finally {
    await db.close();
  }
}

const IMPORT_USAGE = 'usage: npm run import -- [--format records|gdelt|acled|stix] <file.ndjson|file.jsonl|file.json|file.csv>';
const IMPORT_HELP = [
  '  records (the default): the export format of npm run export (docs/writing.md); gdelt, acled: the feed importers (npm run import:gdelt -- --help); stix: a STIX 2.1 bundle (docs/stix.md)',
  'Safe to run again. Exit 0: all records in; 1: some refused (listed with their line); 2: nothing could be done.',
  'The graph is the one NEO4J_URI names, else the embedded server of npm start.',
].join('\n');

/**
 * `npm run import -- <file>`: exit 0 when every record went in, 1 when some were refused (each
 * listed with its line), 2 when the file or the database could not be used at all.
 * `--format gdelt|acled` hands the files to the feed importers of src/feeds/ (docs/feeds.md).
 */
export async function runImport(argv: string[], io: Io = processIo, db: Database = connect()): Promise<number> {
  const formatAt = argv.indexOf('--format');
  if (formatAt >= 0) {
    const format = argv[formatAt + 1];
    const rest = argv.filter((_, i) => i !== formatAt && i !== formatAt + 1);
    if (FEED_FORMATS.includes(format as FeedFormat)) {
      try {
        return await runFeedImport(format as FeedFormat, rest, io, db);
      } finally {
        await db.close();
      }
    }
    if (format !== 'records') {
      io.err(`--format: expected records (the default), ${FEED_FORMATS.join(' or ')}, but got ${JSON.stringify(format)}\n`);
      await db.close();
      return 2;
    }
    argv = rest;
  }
  const file = argv.find((a) => !a.startsWith('-'));
  return againstDatabase('import', io, db, async () => {
    if (asksForHelp(argv)) {
      io.out(`${IMPORT_USAGE}\n${IMPORT_HELP}\n`);
      return 0;
    }
    if (!file) {
      io.err(`${IMPORT_USAGE}\n`);
      return 2;
    }
    const read = readImportFile(path.resolve(file));
    const report = await importRecords(db, read, progressPrinter(io));
    io.out(`imported ${report.entities} entities, ${report.sources} sources, ${report.claims} claims, ${report.retractions} retractions from ${file}\n`);
    for (const e of report.errors) io.err(`${file}:${e.line}: ${e.message}\n`);
    if (report.errors.length > 0) io.err(`${report.errors.length} record(s) refused; everything else went in. Fix them and run the import again: it is safe to repeat.\n`);
    return report.errors.length > 0 ? 1 : 0;
  });
}

/**
 * Whether a command line asks for STIX (`--format stix`): scripts/export.ts and scripts/import.ts
 * then hand it to src/stix/cli.ts, which sits a layer above this folder and reuses its import path.
 */
export function stixRequested(argv: readonly string[]): boolean {
  const i = argv.indexOf('--format');
  return i >= 0 && argv[i + 1] === 'stix';
}

const EXPORT_USAGE = 'usage: npm run export -- [--format json|ndjson|stix] [--out file]';
const EXPORT_HELP = [
  '  json (the default) or ndjson: the whole graph in the import format (npm run import takes it back); stix: a STIX 2.1 bundle (docs/stix.md)',
  '  --out file: write there instead of to standard output',
  'The graph is the one NEO4J_URI names, else the embedded server of npm start.',
].join('\n');

/** `npm run export -- --format json|ndjson [--out file]`: the whole graph, importable as is. */
export async function runExport(argv: string[], io: Io = processIo, db: Database = connect()): Promise<number> {
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const format = option('format') ?? 'json';
  const out = option('out');
  return againstDatabase('export', io, db, async () => {
    // Asked for help, or given what it does not take: the usage, never the whole graph on the terminal.
    if (asksForHelp(argv)) {
      io.out(`${EXPORT_USAGE}\n${EXPORT_HELP}\n`);
      return 0;
    }
    const unknown = argv.filter((a, i) => !['--format', '--out'].includes(a) && !['--format', '--out'].includes(argv[i - 1] ?? ''));
    if (unknown.length > 0) {
      io.err(`expected --format and --out only, but got ${JSON.stringify(unknown[0])}\n${EXPORT_USAGE}\n`);
      return 2;
    }
    if (format !== 'json' && format !== 'ndjson') {
      io.err(`--format: expected json, ndjson or stix, but got ${JSON.stringify(format)}\n`);
      return 2;
    }
    const stream: WriteStream | null = out ? createWriteStream(out) : null;
    const write = (text: string) => (stream ? stream.write(text) : io.out(text));
    const counts: Record<string, number> = { entity: 0, source: 0, claim: 0 };
    let first = true;
    if (format === 'json') write('{"format":"conflict-knowledge-graph/1","records":[\n');
    for await (const record of exportRecords(db)) {
      counts[record.type as string] = (counts[record.type as string] ?? 0) + 1;
      if (format === 'ndjson') write(`${JSON.stringify(record)}\n`);
      else {
        write(`${first ? '' : ',\n'}${JSON.stringify(record)}`);
        first = false;
      }
    }
    if (format === 'json') write('\n]}\n');
    if (stream) await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    io.err(`exported ${counts.entity} entities, ${counts.source} sources, ${counts.claim} claims${out ? ` to ${out}` : ''}\n`);
    return 0;
  });
}
