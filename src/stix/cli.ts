import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../neo4j';
import { againstDatabase, connect, progressPrinter, type Io } from '../transfer/cli';
import { exportStixBundle, importStixBundle } from './bundles';

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) };

/** `npm run export -- --format stix [--out FILE]`: the whole graph as one STIX 2.1 bundle. */
export async function runStixExport(argv: string[], io: Io = processIo, db: Database = connect()): Promise<number> {
  const i = argv.indexOf('--out');
  const out = i >= 0 ? argv[i + 1] : undefined;
  return againstDatabase('export', io, db, async () => {
    const bundle = await exportStixBundle(db);
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    if (out) writeFileSync(out, text);
    else io.out(text);
    const counts = new Map<string, number>();
    for (const o of bundle.objects) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
    io.err(`exported a STIX 2.1 bundle of ${bundle.objects.length} objects (${[...counts].map(([t, n]) => `${n} ${t}`).join(', ')})${out ? ` to ${out}` : ''}\n`);
    return 0;
  });
}

/**
 * `npm run import -- --format stix FILE`: exit 0 when everything the graph models went in, 1 when
 * some objects were refused or could not be used (each listed), 2 when the file or database failed.
 * Objects of types the graph does not model are counted and printed, never dropped silently.
 */
export async function runStixImport(argv: string[], io: Io = processIo, db: Database = connect()): Promise<number> {
  const file = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--format')[0];
  return againstDatabase('import', io, db, async () => {
    if (!file) {
      io.err('usage: npm run import -- --format stix <bundle.json>\n');
      return 2;
    }
    const report = await importStixBundle(db, readFileSync(path.resolve(file), 'utf8'), progressPrinter(io));
    io.out(`imported ${report.entities} entities, ${report.sources} sources, ${report.claims} claims, ${report.retractions} retractions from ${file}\n`);
    if (report.derived > 0) io.out(`${report.derived} relationship(s) of our own are facts: rebuilt from the claims, not read\n`);
    const notModelled = Object.entries(report.notModelled);
    if (notModelled.length > 0) io.out(`not modelled, not imported: ${notModelled.map(([t, n]) => `${n} ${t}`).join(', ')}\n`);
    for (const s of report.skipped) io.err(`${file}: object ${s.position} (${s.id}): ${s.reason}\n`);
    for (const e of report.errors) io.err(`${file}: object ${e.line}: ${e.message}\n`);
    return report.errors.length + report.skipped.length > 0 ? 1 : 0;
  });
}
