import path from 'node:path';
import { projectRoot } from '../src/support';

/**
 * The benchmark's graph sizes. Each claim brings about four relationships (CITED_IN, SUBJECT,
 * mostly OBJECT, often REPORTED_BY, and a share of a fact), so the claim counts give about 10,000,
 * 100,000 and 1,000,000 relationships. The Neo4j memory settings grow with the store; from medium
 * on the heap is 2 GiB or more, because the peer's deep connection pages need more than the 70% of
 * 1 GiB Neo4j lets a transaction use.
 */
export interface Scale {
  name: ScaleName;
  entities: number;
  countries: number;
  sources: number;
  claims: number;
  /** JVM heap and page cache of the embedded Neo4j for this scale. */
  heap: string;
  pagecache: string;
}

export type ScaleName = 'small' | 'medium' | 'large';

export const SCALES: Readonly<Record<ScaleName, Scale>> = {
  small: { name: 'small', entities: 600, countries: 40, sources: 300, claims: 2_400, heap: '1g', pagecache: '256m' },
  medium: { name: 'medium', entities: 5_000, countries: 120, sources: 2_500, claims: 24_000, heap: '2g', pagecache: '512m' },
  large: { name: 'large', entities: 40_000, countries: 195, sources: 20_000, claims: 240_000, heap: '4g', pagecache: '2g' },
};

/** The seed of the generator unless `--seed` says otherwise. */
export const DEFAULT_SEED = 20_241_227;

/** Bumped whenever the generator changes what it writes, so stale data folders are rebuilt. */
export const GENERATOR_VERSION = 1;

/** Where a scale's Neo4j store lives (git-ignored). */
export function dataHome(scale: ScaleName): string {
  return path.join(projectRoot, '.bench-data', scale);
}

export function parseScale(value: string | undefined): Scale {
  const name = (value ?? 'small') as ScaleName;
  const scale = SCALES[name];
  if (!scale) throw new Error(`--scale: expected one of ${Object.keys(SCALES).join(', ')}, but got ${JSON.stringify(value)}`);
  return scale;
}
