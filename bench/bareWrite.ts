import { CREDIBILITY_WEIGHTS, RELIABILITY_WEIGHTS } from '../src/claim/confidence';
import { withoutNulls } from '../src/claim/facts';
import { toClaimWrite, type ClaimInput } from '../src/claim/repository';
import type { QueryCatalog } from '../src/cypher';
import { namedQueries, type QueryRunner } from '../src/neo4j';
import { floorStatements } from './floorQueries';

/**
 * The bare write beside W1 (`npm run bench:writes -- --bare`): the claims our write path is given,
 * stored by bench/floorCypher/bareClaimWrite.cypher alone, with nothing derived. Its rate is the
 * ceiling of any write path that keeps claims as our model keeps them, on the same database.
 */

/** Our named queries and the floor's, so one Database can write entities, sources and bare claims. */
export function bareCatalog(): QueryCatalog {
  return new Map([...namedQueries(), ...floorStatements()]);
}

/** An unattributed claim's confidence by credibility, as assertClaims computes it: what the bare write stores. */
const CONFIDENCE_BY_CREDIBILITY = Object.fromEntries(
  Object.entries(CREDIBILITY_WEIGHTS).map(([credibility, weight]) => [credibility, weight === null ? null : Math.round(weight * RELIABILITY_WEIGHTS.F * 1e4) / 1e4]),
);

/**
 * Creates the claims in one statement, sent as assertClaims is sent them (each id once with its
 * excerpts together, no null property), and returns their ids. Every id must be new to the graph.
 */
export async function writeBareClaims(tx: QueryRunner, inputs: readonly ClaimInput[], actor: string): Promise<string[]> {
  const byId = new Map<string, Record<string, unknown> & { excerpts: string[] }>();
  for (const { excerpt, props, ...claim } of inputs.map((input) => toClaimWrite(input, actor))) {
    const seen = byId.get(claim.id);
    if (!seen) byId.set(claim.id, { ...claim, props: withoutNulls(props), excerpts: [excerpt] });
    else if (!seen.excerpts.includes(excerpt)) seen.excerpts.push(excerpt);
  }
  const [row] = await tx.run('bareClaimWrite', { claims: [...byId.values()], confidenceByCredibility: CONFIDENCE_BY_CREDIBILITY });
  if (row?.written !== byId.size) throw new Error(`expected the bare write to create ${byId.size} claims, but it created ${String(row?.written)}`);
  return [...byId.keys()];
}
