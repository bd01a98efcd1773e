import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, type PartialDate } from '../support';
import { extractClaims } from './extractClaims';

/**
 * How fast extraction alone runs: the gold set's article texts (and the seed article) extracted
 * round after round, reported as characters per second and as articles of 2,000 characters per
 * second, the median of several runs. The first round warms the lexicons and is not counted. Rates are
 * per second of this process's CPU time (user + system), so that other work on a shared machine
 * does not count against it; `wallRuns` gives the same per second of wall-clock time.
 *
 * Run: `npx tsc -p tsconfig.build.json && node dist/src/extract/measureSpeed.js [runs]`.
 */
export function measureSpeed(texts: string[], runs = 5, roundMs = 2000): { charsPerSecond: number; articlesOf2000PerSecond: number; runs: number[]; wallRuns: number[] } {
  const published: PartialDate = { iso: '2025-01-15', precision: 'DAY' };
  for (const t of texts) extractClaims(t, published);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const rates: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    let done = 0;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    let cpuMs = 0;
    while (cpuMs < roundMs) {
      for (const t of texts) extractClaims(t, published);
      done += chars;
      const cpu = process.cpuUsage(cpuStart);
      cpuMs = (cpu.user + cpu.system) / 1000;
    }
    rates.push(done / (cpuMs / 1000));
    wall.push(done / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  const sorted = [...rates].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return { charsPerSecond: Math.round(median), articlesOf2000PerSecond: Math.round(median / 2000), runs: rates.map((r) => Math.round(r / 2000)), wallRuns: wall.map((r) => Math.round(r / 2000)) };
}

/** The texts the measurement reads: every gold article and the seed article. */
export function speedCorpus(): string[] {
  const folder = path.join(projectRoot, 'tests', 'fixtures', 'extraction');
  const texts = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as { text: string }).text);
  texts.push(readFileSync(path.join(projectRoot, 'data', 'seed', 'article-north-korean-soldier-captured.txt'), 'utf8'));
  return texts;
}

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 5);
  const result = measureSpeed(speedCorpus(), runs);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
