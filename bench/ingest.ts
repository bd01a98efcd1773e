import { performance } from 'node:perf_hooks';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { assertClaims, toClaimWrite, type ClaimInput } from '../src/claim/repository';
import { CREDIBILITY_WEIGHTS, RELIABILITY_WEIGHTS } from '../src/claim/confidence';
import { upsertEntities } from '../src/entity/repository';
import type { EntityKind, RelationshipType } from '../src/generated/graphql';
import { Database, type QueryRunner, type Row } from '../src/neo4j';
import { recordSource } from '../src/source/repository';
import { entityId, parsePartialDate, periodEnd, sourceId } from '../src/support';
import { postGraphQL } from './http';
import { bareCatalog, writeBareClaims } from './bareWrite';
import { Prng } from './prng';
import { summarize, type Stats } from './stats';

/**
 * W1: ingest 1,000 claims in batches, through each target:
 * - ours: the write path every import uses (`assertClaims` in a write transaction per batch: the
 *   claims are merged by their natural key and the facts and statuses they touch are rebuilt);
 * - floor: the same Cypher statements with the same parameters, replayed in one transaction per
 *   batch (they are recorded by running the write path in a transaction that is rolled back);
 * - peer: `createClaims` of @neo4j/graphql with `connect` to the source and entities. It creates
 *   nodes (no upsert by natural key) and derives no fact: less work than ours, noted in the results;
 * - bare: the bare write (bench/bareWrite.ts), the claims stored as ours stores them and nothing
 *   derived, in one statement per batch: the ceiling of any write path that keeps claims as nodes.
 * Each target and iteration writes fresh claims (a source of its own) about entities made for W1,
 * so the rest of the graph is untouched; everything W1 wrote is deleted at the end.
 */
export const W1_CLAIMS = 1_000;
export const W1_BATCH = 500;
/**
 * The peer's batch: @neo4j/graphql turns a createClaims of n items into one Cypher statement with
 * n sets of parameters, which Neo4j must plan anew for every new shape; planning 50 items takes
 * about 10 s, 200 items several minutes (measured here), while a planned shape runs 50 claims in
 * about 0.25 s. So the peer gets its best case: batches of 50 of two fixed shapes (with and without
 * a reporter), planned during the warm-up iteration.
 */
export const PEER_BATCH = 50;
const W1_ACTOR = 'bench-w1';
const W1_URL = 'https://w1.bench.example/';
const W1_ENTITY_PREFIX = 'W1 bench actor';
const KINDS: EntityKind[] = ['COUNTRY', 'ARMED_FORCE', 'PERSON', 'LOCATION', 'ORGANIZATION'];
const PREDICATES: RelationshipType[] = ['DEPLOYED_TO', 'FIGHTS_IN', 'SUPPORTS', 'PART_OF', 'CASUALTIES_IN', 'ALLIED_WITH'];

/** W1's targets: ours, the floor and the peer as for the reads, and the bare write. */
export type W1Target = 'ours' | 'floor' | 'peer' | 'bare';

export interface IngestResult extends Stats {
  claimsPerSecond: number;
}

export async function cleanupW1(db: Database): Promise<void> {
  // In chunks, so the heap never holds one huge transaction.
  for (;;) {
    const [row] = await db.runStatement(
      `MATCH (s:Source)<-[:CITED_IN]-(c:Claim) WHERE s.url STARTS WITH $url WITH c LIMIT 5000 DETACH DELETE c RETURN count(*) AS n`,
      { url: W1_URL },
    );
    if (!row || (row.n as number) === 0) break;
  }
  await db.runStatement(`MATCH (s:Source) WHERE s.url STARTS WITH $url DETACH DELETE s`, { url: W1_URL });
  await db.runStatement(`MATCH (e:Entity) WHERE e.name STARTS WITH $prefix DETACH DELETE e`, { prefix: W1_ENTITY_PREFIX });
}

export async function measureIngest(
  db: Database,
  driver: Driver,
  peerUrl: string,
  iterations: number,
  seed: number,
): Promise<Record<W1Target, IngestResult>> {
  await cleanupW1(db);
  const entities = Array.from({ length: 200 }, (_, i) => ({ kind: KINDS[i % KINDS.length] as EntityKind, name: `${W1_ENTITY_PREFIX} ${i}` }));
  await db.writeTransaction((tx) => upsertEntities(tx, entities, W1_ACTOR));
  const ids = entities.map((e) => entityId(e.kind, e.name));

  const targets: W1Target[] = ['ours', 'floor', 'bare', 'peer'];
  const times = new Map<W1Target, number[]>(targets.map((t) => [t, []]));
  // Our named queries and the bare write's, on the same driver and pool as ours.
  const bare = new Database(db.driver, bareCatalog());
  const total = iterations + 1; // the first iteration of each target warms up
  for (let iteration = 0; iteration < total; iteration++) {
    for (const [k, target] of targets.map((t, i) => [i, targets[(i + iteration) % targets.length] as W1Target] as const)) {
      const publishedAt = parsePartialDate('2025-01-15');
      const url = `${W1_URL}${target}/${iteration}`;
      await db.writeTransaction((tx) => recordSource(tx, { url, title: `W1 ${target} ${iteration}`, publishedAt, publisherId: null }, W1_ACTOR));
      const claims = makeClaims(new Prng(seed + iteration * 7 + k), ids, sourceId({ url }));
      const batches = Array.from({ length: Math.ceil(claims.length / W1_BATCH) }, (_, b) => claims.slice(b * W1_BATCH, (b + 1) * W1_BATCH));
      let ms = 0;
      for (const batch of batches) {
        if (target === 'ours') {
          const t0 = performance.now();
          await db.writeTransaction((tx) => assertClaims(tx, batch, W1_ACTOR));
          ms += performance.now() - t0;
        } else if (target === 'floor') {
          const recorded = await recordWrite(driver, db, batch);
          const t0 = performance.now();
          await replayWrite(driver, recorded);
          ms += performance.now() - t0;
        } else if (target === 'bare') {
          const t0 = performance.now();
          await bare.writeTransaction((tx) => writeBareClaims(tx, batch, W1_ACTOR));
          ms += performance.now() - t0;
        } else {
          const groups = [batch.filter((c) => c.reportedById), batch.filter((c) => !c.reportedById)];
          for (const group of groups) {
            for (let i = 0; i < group.length; i += PEER_BATCH) {
              const input = group.slice(i, i + PEER_BATCH).map((c) => peerClaimInput(c, periodEnd(publishedAt)));
              const t0 = performance.now();
              await postGraphQL(peerUrl, `mutation W1($input: [ClaimCreateInput!]!) { createClaims(input: $input) { info { nodesCreated relationshipsCreated } } }`, { input });
              ms += performance.now() - t0;
            }
          }
        }
      }
      if (iteration > 0) (times.get(target) as number[]).push(ms);
    }
  }
  await cleanupW1(db);
  const result = {} as Record<W1Target, IngestResult>;
  for (const target of targets) {
    const stats = summarize(times.get(target) as number[]);
    result[target] = { ...stats, throughput: (W1_CLAIMS * 1000) / stats.p50, concurrency: 1, errors: 0, claimsPerSecond: (W1_CLAIMS * 1000) / stats.p50 };
  }
  return result;
}

/** 1,000 claims about the W1 entities, with the model's mix of time, quantity and attribution. */
export function makeClaims(rng: Prng, ids: string[], source: string): ClaimInput[] {
  return Array.from({ length: W1_CLAIMS }, (_, i) => {
    const subjectId = ids[rng.skewed(ids.length, 2)] as string;
    let objectId = ids[rng.int(ids.length)] as string;
    if (objectId === subjectId) objectId = ids[(ids.indexOf(subjectId) + 1) % ids.length] as string;
    const month = 1 + rng.int(12);
    return {
      sourceId: source,
      subjectId,
      predicate: rng.pick(PREDICATES),
      objectId,
      polarity: rng.chance(0.05) ? 'DENIED' : 'ASSERTED',
      quantity: rng.chance(0.3) ? { value: 100 * (1 + rng.int(100)), unit: 'troops', qualifier: 'AT_LEAST' } : null,
      validFrom: parsePartialDate(`2024-${String(month).padStart(2, '0')}`),
      validTo: null,
      excerpt: `W1 statement ${i}: ${subjectId.slice(0, 8)} and ${objectId.slice(0, 8)}.`,
      // Exactly 3 in 10 name a reporter, so the peer's batches keep two shapes (see PEER_BATCH).
      reportedById: i % 10 < 3 ? (ids[rng.int(ids.length)] as string) : null,
      attribution: 'SOURCE',
      credibility: 1 + rng.int(6),
      note: null,
    } satisfies ClaimInput;
  }).map((c) => (c.reportedById ? { ...c, attribution: 'REPORTER' as const } : c));
}

type Recorded = Array<{ text: string; params: Record<string, unknown> }>;

/** Runs the write path in a transaction that is rolled back, keeping each statement it sent. */
async function recordWrite(driver: Driver, db: Database, batch: ClaimInput[]): Promise<Recorded> {
  const recorded: Recorded = [];
  const session = driver.session();
  const tx = session.beginTransaction();
  try {
    const runner: QueryRunner = {
      run: async (name, params = {}) => {
        recorded.push({ text: db.text(name), params: structuredClone(params) });
        const result = await tx.run(db.text(name), params);
        return result.records.map((r) => r.toObject() as Row);
      },
    };
    await assertClaims(runner, batch, W1_ACTOR);
  } finally {
    await tx.rollback();
    await session.close();
  }
  return recorded;
}

async function replayWrite(driver: Driver, recorded: Recorded): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx: ManagedTransaction) => {
      for (const q of recorded) await tx.run(q.text, q.params);
    });
  } finally {
    await session.close();
  }
}

/** The same claim as the peer's create input: the stored properties our write computes. */
function peerClaimInput(claim: ClaimInput, knownAt: string) {
  const write = toClaimWrite(claim, W1_ACTOR);
  const p = write.props;
  const connect = (id: string | null) => (id ? { connect: [{ where: { node: { id: { eq: id } } } }] } : undefined);
  return {
    id: write.id,
    text: p.text,
    predicate: p.predicate,
    polarity: p.polarity,
    attribution: p.attribution,
    status: 'REPORTED',
    credibility: p.credibility,
    confidence: confidenceOf(p.credibility),
    knownAt,
    validFrom: p.validFrom,
    validFromPrecision: p.validFromPrecision,
    validStart: p.validStart,
    validEnd: p.validEnd,
    quantityValue: p.quantityValue,
    quantityUnit: p.quantityUnit,
    quantityQualifier: p.quantityQualifier,
    createdBy: W1_ACTOR,
    subject: connect(write.subjectId),
    object: connect(write.objectId),
    reportedBy: connect(write.reportedById),
    source: connect(write.sourceId),
  };
}

/** The confidence our write stores for a claim of the source's own voice with no rated publisher. */
function confidenceOf(credibility: number): number | null {
  const weight = CREDIBILITY_WEIGHTS[String(credibility)];
  return weight == null ? null : Math.round(weight * RELIABILITY_WEIGHTS.F * 10_000) / 10_000;
}
