import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FACT_CLAIMS_READ_WHOLE } from '../../src/api/loaders';
import { openDatabase } from '../../src/neo4j';
import { runImport, type Io } from '../../src/transfer';
import { fightingLine } from '../helpers/gdeltLines';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * "What did we know then" about a fact a feed reports every day: the view as of a date derives the
 * fact again from its claims known then, and past FACT_CLAIMS_READ_WHOLE claims it reads only the
 * fields the derivation needs (findFactClaimsByIds), not each claim whole. The facts it gives must
 * be those of the claims known then.
 */
const PER_DAY = 600;

let scratch: ScratchNeo4j;
let dir: string;
beforeAll(async () => {
  scratch = await startScratchNeo4j('as-of-feed-fact');
  dir = mkdtempSync(path.join(os.tmpdir(), 'as-of-feed-fact-'));
  const lines = ['2025-04-01', '2025-04-02'].flatMap((day, d) =>
    Array.from({ length: PER_DAY }, (_, n) => fightingLine(1_300_000_000 + d * PER_DAY + n, day, `https://outlet-${d * PER_DAY + n}.example/${day}/report`)),
  );
  const file = path.join(dir, 'two-days.export.CSV');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const sink: Io = { out: () => undefined, err: () => undefined, isTTY: false };
  expect(await runImport(['--format', 'gdelt', file], sink, openDatabase({ uri: scratch.uri }))).toBe(0);
}, 240_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await scratch?.stop();
});

const FACT = `query($asOf: String) {
  relationships(filter: { types: [ATTACKED] }, asOf: $asOf) { edges { node { claimCount originCount sourceCount validFrom { iso } validTo { iso } confidence } } }
}`;

describe('a fact a feed reports every day, as of a date', () => {
  it('is derived from the claims known then, read in part', async () => {
    expect(2 * PER_DAY).toBeGreaterThan(FACT_CLAIMS_READ_WHOLE);
    const today = (await scratch.api.execute(FACT)).data?.relationships.edges[0].node;
    expect(today).toMatchObject({ claimCount: 1_200, originCount: 1_200, validFrom: { iso: '2025-04-01' }, validTo: { iso: '2025-04-02' } });

    const names: string[] = [];
    const stop = scratch.api.db.onQuery(({ name }) => names.push(name));
    const dayOne = await scratch.api.execute(FACT, { asOf: '2025-04-01' });
    const dayTwo = await scratch.api.execute(FACT, { asOf: '2025-04-02' });
    stop();
    expect(dayOne.errors).toBeUndefined();
    expect(dayOne.data?.relationships.edges[0].node).toMatchObject({
      claimCount: PER_DAY, originCount: PER_DAY, sourceCount: PER_DAY, validFrom: { iso: '2025-04-01' }, validTo: { iso: '2025-04-01' },
    });
    expect(dayOne.data?.relationships.edges[0].node.confidence).toBeGreaterThan(0);
    // All of them known by the second day: the fact as it stands today.
    expect(dayTwo.data?.relationships.edges[0].node).toEqual(today);
    expect(names).toContain('findFactClaimsByIds');
    expect(names).not.toContain('findClaimsByIds');
  });
});
