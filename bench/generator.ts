import type { AliasKind, Attribution, EntityKind, Polarity, QuantityQualifier, RelationshipType, Reliability } from '../src/generated/graphql';
import type { ReadResult } from '../src/transfer/readImportFile';
import type { ImportRecord } from '../src/transfer/records';
import { entityId, parsePartialDate, sourceId, type PartialDate } from '../src/support';
import { Prng } from './prng';
import type { Scale } from './scales';

/**
 * The synthetic conflict graph: countries, armed forces, organisations, persons and locations, the
 * sources that report on them and the claims those sources make, with the skew of real coverage (a
 * few countries and forces in most stories, a long tail of persons and places), aliases and
 * demonyms, valid times of YEAR, MONTH and DAY precision, quantities that disagree, denials and
 * retractions. The same scale and seed always give the same records, in the same order, written
 * through the import path (`importRecords`) like any file an analyst imports.
 */
export interface GeneratedGraph {
  records: ReadResult[];
  counts: { entities: number; sources: number; claims: number; retractions: number };
}

interface Actor {
  id: string;
  kind: EntityKind;
  name: string;
}

const SYLLABLES = [
  'ka', 'ro', 'vel', 'mar', 'tan', 'sho', 'lin', 'dar', 'bek', 'nor', 'ost', 'ura', 'zem', 'kiv', 'pol',
  'gra', 'sev', 'ath', 'bel', 'cor', 'dun', 'esk', 'fal', 'gor', 'hal', 'ist', 'jor', 'kel', 'lum', 'mir',
  'nav', 'orv', 'pra', 'qua', 'ril', 'sar', 'tor', 'ulm', 'var', 'wen', 'yar', 'zol',
];
const COUNTRY_ENDINGS = ['ia', 'land', 'stan', 'ora', 'ovia', 'ania'];
const UNIT_NAMES = ['Army', 'Guard', 'Brigade', 'Division', 'Corps', 'Marines', 'Militia', 'Battalion'];
const ORG_NAMES = ['News', 'Agency', 'Intelligence Service', 'Ministry of Defence', 'Observer', 'Monitor', 'Press', 'Institute'];
const PLACE_NAMES = ['', ' Oblast', ' Heights', ' Valley', ' Port', ' Airbase', ' Bridge', ' Crossing'];
const GIVEN = ['Ivan', 'Min', 'Olena', 'Kim', 'Sergei', 'Anna', 'Jae', 'Taras', 'Lee', 'Mykola', 'Park', 'Yuri', 'Sofia', 'Hyun', 'Oksana'];
const RELIABILITY: ReadonlyArray<readonly [Reliability, number]> = [['A', 1], ['B', 4], ['C', 4], ['D', 2], ['E', 1], ['F', 1]];
const CREDIBILITY: ReadonlyArray<readonly [number, number]> = [[1, 1], [2, 4], [3, 4], [4, 2], [5, 1], [6, 1]];

/** What each predicate links, how often it is said, and whether it counts something. */
interface Template {
  predicate: RelationshipType;
  weight: number;
  subject: EntityKind[];
  object: EntityKind[] | null;
  unit?: string;
  precision: 'YEAR' | 'MONTH' | 'DAY';
}
const TEMPLATES: Template[] = [
  { predicate: 'DEPLOYED_TO', weight: 14, subject: ['ARMED_FORCE'], object: ['COUNTRY', 'LOCATION'], unit: 'troops', precision: 'MONTH' },
  { predicate: 'CAPTURED_BY', weight: 8, subject: ['PERSON'], object: ['ARMED_FORCE'], precision: 'DAY' },
  { predicate: 'PART_OF', weight: 14, subject: ['PERSON', 'ARMED_FORCE'], object: ['ARMED_FORCE', 'ORGANIZATION'], precision: 'YEAR' },
  { predicate: 'ALLIED_WITH', weight: 5, subject: ['COUNTRY'], object: ['COUNTRY'], precision: 'YEAR' },
  { predicate: 'SUPPORTS', weight: 8, subject: ['COUNTRY', 'ORGANIZATION'], object: ['ARMED_FORCE', 'COUNTRY'], precision: 'MONTH' },
  { predicate: 'FIGHTS_IN', weight: 12, subject: ['ARMED_FORCE', 'PERSON'], object: ['LOCATION'], precision: 'MONTH' },
  { predicate: 'LOCATED_IN', weight: 8, subject: ['LOCATION'], object: ['COUNTRY', 'LOCATION'], precision: 'YEAR' },
  { predicate: 'AT_WAR_WITH', weight: 4, subject: ['COUNTRY'], object: ['COUNTRY'], precision: 'MONTH' },
  { predicate: 'CASUALTIES_IN', weight: 10, subject: ['ARMED_FORCE'], object: ['LOCATION'], unit: 'casualties', precision: 'DAY' },
  { predicate: 'WOUNDED', weight: 4, subject: ['PERSON'], object: null, precision: 'DAY' },
  { predicate: 'THREATENS_STABILITY_OF', weight: 3, subject: ['COUNTRY', 'ORGANIZATION'], object: ['LOCATION', 'COUNTRY'], precision: 'MONTH' },
];

export function generateGraph(scale: Scale, seed: number): GeneratedGraph {
  const rng = new Prng(seed);
  const records: ImportRecord[] = [];
  const byKind = new Map<EntityKind, Actor[]>();
  const used = new Set<string>();

  const root = () => {
    const n = 2 + rng.int(2);
    let word = '';
    for (let i = 0; i < n; i++) word += rng.pick(SYLLABLES);
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
  /** A name not yet used by this kind: the id is a hash of kind and name, so two would be one node. */
  const unique = (kind: EntityKind, make: () => string) => {
    for (let attempt = 0; ; attempt++) {
      const name = attempt < 8 ? make() : `${make()} ${attempt}`;
      const key = `${kind}|${name.toLowerCase()}`;
      if (!used.has(key)) {
        used.add(key);
        return name;
      }
    }
  };
  const addEntity = (kind: EntityKind, name: string, aliases: Array<{ name: string; kind: AliasKind }>, reliability: Reliability | null) => {
    records.push({ type: 'entity', entity: { kind, name, aliases, description: `Synthetic ${kind.toLowerCase().replace('_', ' ')} for the benchmark.`, reliability } });
    const actor = { id: entityId(kind, name), kind, name };
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind) as Actor[]).push(actor);
    return actor;
  };

  // Countries first: their demonyms name the forces, as "North Korean troops" does.
  const demonyms: string[] = [];
  for (let i = 0; i < scale.countries; i++) {
    const stem = root();
    const name = unique('COUNTRY', () => `${stem}${rng.pick(COUNTRY_ENDINGS)}`);
    const demonym = `${stem}ian`;
    demonyms.push(demonym);
    const aliases: Array<{ name: string; kind: AliasKind }> = [{ name: demonym, kind: 'DEMONYM' }];
    if (rng.chance(0.5)) aliases.push({ name: name.slice(0, 3).toUpperCase() + (i % 10), kind: 'ALIAS' });
    if (rng.chance(0.3)) aliases.push({ name: `${root()} City`, kind: 'METONYM' });
    addEntity('COUNTRY', name, aliases, null);
  }
  const rest = scale.entities - scale.countries;
  const share: ReadonlyArray<readonly [EntityKind, number]> = [['ORGANIZATION', 0.1], ['ARMED_FORCE', 0.2], ['PERSON', 0.4], ['LOCATION', 0.3]];
  for (const [kind, part] of share) {
    const count = Math.round(rest * part);
    for (let i = 0; i < count; i++) {
      const country = rng.skewed(scale.countries, 2);
      const demonym = demonyms[country] as string;
      if (kind === 'ORGANIZATION') {
        const name = unique(kind, () => `${demonym} ${rng.pick(ORG_NAMES)}${rng.chance(0.5) ? '' : ` ${root()}`}`);
        const initials = name.split(' ').map((w) => w.charAt(0)).join('').toUpperCase();
        addEntity(kind, name, rng.chance(0.6) ? [{ name: `${initials}${i}`, kind: 'ALIAS' }] : [], rng.weighted(RELIABILITY));
      } else if (kind === 'ARMED_FORCE') {
        const name = unique(kind, () => (i < scale.countries ? `${demonym} ${rng.pick(['forces', 'troops'])}` : `${root()} ${rng.pick(UNIT_NAMES)}`));
        addEntity(kind, name, rng.chance(0.4) ? [{ name: `${demonym} ${rng.pick(UNIT_NAMES).toLowerCase()}`, kind: 'ALIAS' }] : [], null);
      } else if (kind === 'PERSON') {
        const name = unique(kind, () => `${rng.pick(GIVEN)} ${root()}`);
        addEntity(kind, name, rng.chance(0.2) ? [{ name: name.split(' ')[1] as string, kind: 'ALIAS' }] : [], null);
      } else {
        const name = unique(kind, () => `${root()}${rng.pick(PLACE_NAMES)}`);
        addEntity(kind, name, rng.chance(0.3) ? [{ name: `${root()}sk`, kind: 'ALIAS' }] : [], null);
      }
    }
  }
  const entityCount = records.length;

  // Sources: a few outlets publish most stories.
  const outlets = (byKind.get('ORGANIZATION') ?? []).slice(0, Math.max(5, Math.round((byKind.get('ORGANIZATION')?.length ?? 0) / 3)));
  const sources: Array<{ id: string; publishedAt: PartialDate }> = [];
  for (let i = 0; i < scale.sources; i++) {
    const publisher = outlets[rng.skewed(outlets.length, 2)] as Actor;
    const publishedAt = parsePartialDate(randomDay(rng));
    const url = `https://news.bench.example/${publisher.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${i}`;
    records.push({ type: 'source', source: { id: null, url, title: `Report ${i} by ${publisher.name}`, publishedAt, publisherId: publisher.id } });
    sources.push({ id: sourceId({ url }), publishedAt });
  }

  // Claims: each from a source, attributed to it, to a named reporter, or to unnamed reports.
  const reporters = [...(byKind.get('ORGANIZATION') ?? []).slice(0, 40), ...(byKind.get('COUNTRY') ?? []).slice(0, 10)];
  const templates = TEMPLATES.map((t) => [t, t.weight] as const);
  const pickOf = (kinds: EntityKind[]) => {
    const kind = rng.pick(kinds);
    const pool = byKind.get(kind) as Actor[];
    return pool[rng.skewed(pool.length, kind === 'PERSON' ? 1.5 : 3)] as Actor;
  };
  let retractions = 0;
  for (let i = 0; i < scale.claims; i++) {
    const t = rng.weighted(templates);
    const subject = pickOf(t.subject);
    let object = t.object ? pickOf(t.object) : null;
    if (object?.id === subject.id) object = null;
    if (t.object && object === null) {
      i--;
      continue;
    }
    const source = sources[rng.int(sources.length)] as (typeof sources)[number];
    const attribution = rng.weighted<Attribution>([['SOURCE', 50], ['REPORTER', 35], ['UNATTRIBUTED', 15]]);
    const reporter = attribution === 'REPORTER' ? (reporters[rng.skewed(reporters.length, 2)] as Actor) : null;
    const validFrom = rng.chance(0.9) ? datePart(before(source.publishedAt.iso, rng), t.precision) : null;
    const validTo = validFrom && rng.chance(0.25) ? datePart(afterDay(validFrom, rng), t.precision) : null;
    const quantity = t.unit && rng.chance(0.8)
      ? { value: roundish(rng, t.unit === 'troops' ? 12_000 : 400), unit: t.unit, qualifier: rng.pick<QuantityQualifier>(['AT_LEAST', 'APPROXIMATELY', 'EXACTLY', 'AT_MOST']) }
      : null;
    const polarity: Polarity = rng.chance(0.05) ? 'DENIED' : 'ASSERTED';
    const verb = t.predicate.toLowerCase().replace(/_/g, ' ');
    const excerpt = `${reporter ? `According to ${reporter.name}, ` : attribution === 'UNATTRIBUTED' ? 'Reports suggest ' : ''}${subject.name} ${polarity === 'DENIED' ? 'was not ' : ''}${verb}${object ? ` ${object.name}` : ''}${quantity ? ` (${quantity.qualifier.toLowerCase()} ${quantity.value} ${quantity.unit})` : ''}.`;
    const retract = rng.chance(0.01);
    if (retract) retractions++;
    records.push({
      type: 'claim',
      claims: [{
        sourceId: source.id,
        subjectId: subject.id,
        predicate: t.predicate,
        objectId: object?.id ?? null,
        polarity,
        quantity,
        validFrom: validFrom ? parsePartialDate(validFrom) : null,
        validTo: validTo ? parsePartialDate(validTo) : null,
        excerpt,
        reportedById: reporter?.id ?? null,
        attribution,
        credibility: rng.weighted(CREDIBILITY),
        note: null,
        textSpan: null,
      }],
      retraction: retract ? { reason: 'Benchmark: the outlet withdrew the report.', at: null, by: null } : null,
    });
  }
  return {
    records: records.map((record, i) => ({ line: i + 1, record })),
    counts: { entities: entityCount, sources: scale.sources, claims: scale.claims, retractions },
  };
}

/** A day from 2022-01-01 to 2025-12-28. */
function randomDay(rng: Prng): string {
  const year = 2022 + rng.int(4);
  return `${year}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
}

/** A day up to about a year before `iso` (claims speak of the past). */
function before(iso: string, rng: Prng): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - rng.int(365));
  return d.toISOString().slice(0, 10);
}

function afterDay(iso: string, rng: Prng): string {
  const d = new Date(`${iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-28` : iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1 + rng.int(300));
  return d.toISOString().slice(0, 10);
}

function datePart(day: string, precision: 'YEAR' | 'MONTH' | 'DAY'): string {
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day;
}

/** A round-looking number around `scale`, as sources report them ("over 10,000"). */
function roundish(rng: Prng, scale: number): number {
  const raw = scale * (0.2 + rng.next() * 1.8);
  const step = raw >= 1000 ? 500 : 10;
  return Math.max(step, Math.round(raw / step) * step);
}

const pad = (n: number) => String(n).padStart(2, '0');
