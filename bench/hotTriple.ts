import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { intArg, parseArgs } from './args';
import { startThrowawayNeo4j } from './neo4jHome';
import { summarize } from './stats';
import type { ClaimInput } from '../src/claim/repository';
import { applySchema, namedQueries } from '../src/neo4j';
import { entityId, parsePartialDate, sourceId, type PartialDate } from '../src/support';
import { loadWritePath, type WritePath } from './writePaths';

/**
 * `npm run bench:hot -- [--days 60] [--per-day 100] [--one-outlet] [--baseline DIR]`: a triple a feed
 * reports every day. On a throw-away Neo4j, each write path writes, day after day, `per-day` reports
 * of one force attacking another, each from a source of its own and dated to its day as the feed
 * importers date them, as one batch (the sources are recorded beforehand, untimed). With
 * `--one-outlet`, every source is published by one outlet, so all the reports are one origin. Each path has entities of its
 * own, so each builds its own triple; they take turns each day, in an order that rotates. With
 * `--baseline DIR`, the write path of another build of this project (its compiled `DIR/dist/src`,
 * with its own cypher/ folder) runs beside ours. What a batch costs as the triple grows is the point:
 * before 2026-11-30, assertClaims counted the triple's claims once per row it wrote, and every pair
 * of days made a TIME dispute, so a batch's time grew with batch × triple and the days' pairs.
 */
const log = (line: string) => console.log(`[bench:hot] ${line}`);
const ACTOR = 'bench-hot';

const day = (d: number): PartialDate => parsePartialDate(new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const days = intArg(args, 'days', 60);
  const perDay = intArg(args, 'per-day', 100);
  const oneOutlet = 'one-outlet' in args;
  if (days < 10 || perDay < 1) throw new Error(`expected --days of at least 10 and --per-day of at least 1, but got ${days} and ${perDay}`);
  const neo4j = await startThrowawayNeo4j('bench-hot-', '1g', log);
  const paths: WritePath[] = [loadWritePath('ours', path.join(__dirname, '..', 'src'), neo4j.neo4j.uri)];
  if (args.baseline) paths.push(loadWritePath('baseline', path.join(path.resolve(args.baseline), 'dist', 'src'), neo4j.neo4j.uri));
  const times = new Map(paths.map((p) => [p.name, [] as number[]]));
  // Each path's statements in its latest batch: milliseconds by query name.
  const statements = new Map<string, Map<string, number>>();
  try {
    // The graph's constraints and indexes, as the API applies them at start: a throw-away store has none.
    await applySchema(paths[0]!.db, namedQueries());
    const ends = new Map<string, { subjectId: string; objectId: string }>();
    const outlets = new Map<string, string>();
    for (const p of paths) {
      const entities = [{ kind: 'ARMED_FORCE' as const, name: `Hot ${p.name} attackers` }, { kind: 'ARMED_FORCE' as const, name: `Hot ${p.name} defenders` }];
      const outlet = { kind: 'ORGANIZATION' as const, name: `Hot ${p.name} outlet` };
      await p.db.writeTransaction((tx) => p.upsertEntities(tx, [...entities, outlet], ACTOR));
      ends.set(p.name, { subjectId: entityId(entities[0]!.kind, entities[0]!.name), objectId: entityId(entities[1]!.kind, entities[1]!.name) });
      if (oneOutlet) outlets.set(p.name, entityId(outlet.kind, outlet.name));
    }
    for (let d = 0; d < days; d++) {
      for (const p of paths.map((_, k) => paths[(k + d) % paths.length] as WritePath)) {
        const date = day(d);
        const sources: string[] = [];
        await p.db.writeTransaction(async (tx) => {
          for (let i = 0; i < perDay; i++) {
            const url = `https://outlet-${i}.hot.bench.example/${p.name}/${date.iso}`;
            await p.recordSource(tx, { url, title: `Report ${i} of ${date.iso}`, publishedAt: date, publisherId: outlets.get(p.name) ?? null }, ACTOR);
            sources.push(sourceId({ url }));
          }
        });
        const claims: ClaimInput[] = sources.map((id) => ({
          ...(ends.get(p.name) as { subjectId: string; objectId: string }),
          sourceId: id, predicate: 'ATTACKED', polarity: 'ASSERTED', quantity: null, validFrom: date, validTo: date,
          excerpt: `The attackers struck on ${date.iso}.`, reportedById: null, attribution: 'SOURCE', credibility: 3, note: null,
        }));
        const spent = new Map<string, number>();
        const stop = p.db.onQuery(({ name, seconds }) => spent.set(name, (spent.get(name) ?? 0) + seconds * 1000));
        const t0 = performance.now();
        await p.db.writeTransaction((tx) => p.assertClaims(tx, claims, ACTOR));
        (times.get(p.name) as number[]).push(performance.now() - t0);
        stop();
        statements.set(p.name, spent);
      }
      if ((d + 1) % 10 === 0) {
        log(`day ${d + 1}, ${(d + 1) * perDay} claims in each triple: ${paths.map((p) => `${p.name} ${(times.get(p.name) as number[])[d]!.toFixed(0)} ms`).join(', ')}`);
        for (const p of paths) log(`  ${p.name}: ${[...(statements.get(p.name) ?? [])].map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')} ms`);
      }
    }
    for (const p of paths) {
      const all = times.get(p.name) as number[];
      const first = summarize(all.slice(1, 11)).p50;
      const last = summarize(all.slice(-10)).p50;
      log(`${p.name}: median ms per batch of ${perDay}, days 2-11 ${first.toFixed(0)}, last 10 days ${last.toFixed(0)} (×${(last / first).toFixed(2)} as the triple grew to ${days * perDay} claims)`);
    }
    if (paths.length > 1) {
      const last = (name: string) => summarize((times.get(name) as number[]).slice(-10)).p50;
      log(`ours/baseline ms per batch, last 10 days: ${(last('ours') / last('baseline')).toFixed(2)}`);
    }
  } finally {
    for (const p of paths) await p.db.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error('[bench:hot] failed:', error);
  process.exit(1);
});
