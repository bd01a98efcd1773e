import { performance } from 'node:perf_hooks';
import { extractClaims } from '../src/extract';
import type { Database } from '../src/neo4j';
import { parsePartialDate, type PartialDate } from '../src/support';
import { postGraphQL } from './http';
import { Prng } from './prng';
import { percentile, summarize, type Stats } from './stats';

/**
 * W2 and X1, the article benchmarks:
 * - W2: 1,000 articles of about 2,000 characters ingested through our API, the `ingestArticle`
 *   mutation over HTTP with an analyst's token, `ARTICLE_CLIENTS` requests at a time; reported as
 *   articles per second (the median of the timed iterations) and the latency of one article;
 * - X1: extraction alone, `extractClaims(text, publishedAt)` of src/extract/ in this process on the
 *   same 1,000 articles, no database and no HTTP; reported as articles per second (the median of the
 *   passes).
 * The articles are wire copy generated from the templates below with the benchmark's PRNG, so the
 * same seed gives the same texts on every machine. They name real countries (the extraction rules
 * know countries from a gazetteer), invented places and invented people, none of which the
 * synthetic graph holds; what W2 wrote is deleted at the end and the graph's counts are checked.
 */
export const ARTICLE_COUNT = 1_000;
/** An article is built sentence by sentence until it reaches this many characters. */
export const ARTICLE_CHARS = 2_000;
/** Concurrent ingestArticle requests in W2: an ingestion pipeline feeding the API a few at a time. */
export const ARTICLE_CLIENTS = 4;
/** Articles ingested before the timed iterations (not timed), so entities and plans exist. */
const WARMUP_ARTICLES = 100;
const ARTICLE_URL = 'https://articles.bench.example/';
/** The subject of the token W2 ingests with: createdBy / updatedBy of what it writes. */
export const ARTICLE_ACTOR = 'bench-articles';

export interface BenchArticle {
  url: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD */
  publishedAt: string;
  text: string;
}

export interface ArticleIngestResult {
  /** Articles per second of each timed iteration (1,000 articles, `clients` at a time). */
  iterations: number[];
  /** The median of `iterations`. */
  articlesPerSecond: number;
  clients: number;
  /** Milliseconds from sending one article to its answer, over every timed iteration. */
  latency: Pick<Stats, 'n' | 'p50' | 'p95' | 'p99' | 'mean'>;
  claimsPerArticle: number;
  errors: number;
  firstError: string | null;
  /** Whether the graph's node and relationship counts were back where they started after the cleanup. */
  graphRestored: boolean;
  /** Entities of the generated graph that an article's claim named (so W2 updated them). */
  touchedEntities: number;
}

export interface ExtractionResult {
  /** Articles per second of each timed pass over the 1,000 articles. */
  passes: number[];
  /** The median of `passes`. */
  articlesPerSecond: number;
  claimsPerArticle: number;
  warningsPerArticle: number;
}

export interface ArticlesResult {
  count: number;
  meanChars: number;
  /** X1: src/extract's extractClaims. */
  extraction: ExtractionResult | null;
  ingest: ArticleIngestResult | null;
  note: string;
}

// ---- The articles -------------------------------------------------------------------------------

/** [country as the gazetteer names it, its demonym]; the first ones appear most (rng.skewed). */
const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['Russia', 'Russian'], ['Ukraine', 'Ukrainian'], ['North Korea', 'North Korean'], ['Belarus', 'Belarusian'],
  ['Poland', 'Polish'], ['Iran', 'Iranian'], ['Syria', 'Syrian'], ['Israel', 'Israeli'], ['Sudan', 'Sudanese'],
  ['Armenia', 'Armenian'], ['Azerbaijan', 'Azerbaijani'], ['Georgia', 'Georgian'], ['Moldova', 'Moldovan'],
  ['Mali', 'Malian'], ['Niger', 'Nigerien'], ['Chad', 'Chadian'], ['Libya', 'Libyan'], ['Yemen', 'Yemeni'],
  ['Ethiopia', 'Ethiopian'], ['Eritrea', 'Eritrean'], ['Somalia', 'Somali'], ['Serbia', 'Serbian'],
  ['Lithuania', 'Lithuanian'], ['Finland', 'Finnish'], ['Iraq', 'Iraqi'], ['Lebanon', 'Lebanese'],
];
/** Invented places, one word each (the rules read "in the <Name> region"). */
const PLACES = [
  'Dravik', 'Solenka', 'Marovets', 'Tesmir', 'Kalvor', 'Brenzow', 'Ustova', 'Pelgrad', 'Velmora', 'Ostrany',
  'Harnow', 'Zelkiv', 'Torvask', 'Lubenya', 'Karsevo', 'Miradin', 'Shelkov', 'Nortava', 'Gravin', 'Yasenets',
];
const PLACE_WORDS = ['area', 'region', 'province', 'oblast'];
/** Invented people, with the title wire copy gives them. */
const PEOPLE = [
  'Colonel Arvid Lenk', 'General Mara Tolve', 'Defence Minister Oren Vasko', 'Major Ilse Brandt', 'Commander Petr Halas',
  'Spokeswoman Nadia Kerr', 'Foreign Minister Tomas Ulrik', 'Lieutenant Colonel Dana Rusu', 'Envoy Samir Adel', 'Admiral Kai Rennard',
];
const OUTLETS = ['Bench Wire', 'Northern Dispatch', 'Frontline Press Agency', 'Meridian News Service'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUALIFIERS = ['', 'about ', 'over ', 'at least ', 'up to ', 'nearly ', 'some ', 'more than ', 'roughly '];
const ORGANS = ['defence ministry', 'foreign ministry', 'intelligence agency', 'military', 'army', 'government'];

/** What one article is about: two countries, a place, a person and the day it was filed. */
interface Story {
  a: readonly [string, string];
  b: readonly [string, string];
  place: string;
  person: string;
  outlet: string;
  month: number;
  day: number;
}

const count = (rng: Prng, max: number) => {
  const n = (1 + rng.int(max)) * (rng.chance(0.5) ? 100 : 10);
  return n.toLocaleString('en');
};
const qty = (rng: Prng, max = 60) => `${rng.pick(QUALIFIERS)}${count(rng, max)}`;
const indefinite = (words: string) => `${/^[AEIOU]/i.test(words) ? 'an' : 'a'} ${words}`;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const region = (rng: Prng, s: Story) => `the ${s.place} ${rng.pick(PLACE_WORDS)}`;
/** Who a sentence is attributed to: a country's organ, a person, the outlet's reporting, or no one. */
const voice = (rng: Prng, s: Story) =>
  rng.weighted<() => string>([
    [() => `, ${rng.pick([s.a, s.b])[0]}'s ${rng.pick(ORGANS)} said`, 4],
    [() => `, according to ${s.person}`, 2],
    [() => `, reports suggest`, 1],
    [() => '', 3],
  ])();

/** Sentences that the extraction rules read as claims, in the manner of wire copy. */
const CLAIM_SENTENCES: ReadonlyArray<readonly [(rng: Prng, s: Story) => string, number]> = [
  [(rng, s) => `${s.a[0]} has ${rng.pick(['sent', 'dispatched', 'deployed', 'committed'])} ${qty(rng)} troops to ${rng.pick(['', 'assist ', 'support ', 'aid ', 'help '])}${rng.chance(0.5) ? s.b[0] : `${s.b[1]} forces`}${voice(rng, s)}.`, 5],
  [(rng, s) => `${capitalised(qty(rng))} ${s.a[1]} troops have been ${rng.pick(['deployed', 'sent', 'dispatched'])} to ${s.b[0]} since ${rng.pick(MONTHS)}${voice(rng, s)}.`, 4],
  [(rng, s) => `${capitalised(qty(rng, 30))} ${s.a[1]} soldiers have ${rng.pick(['supported', 'aided', 'assisted', 'contributed to'])} ${s.b[0]} in the last month${voice(rng, s)}.`, 3],
  [(rng, s) => `${capitalised(qty(rng, 20))} ${s.a[1]} ${rng.pick(['troops', 'soldiers'])} have been ${rng.pick(['killed', 'wounded', 'killed or wounded'])} ${rng.chance(0.5) ? 'while fighting' : 'since the offensive began'} in ${region(rng, s)}${voice(rng, s)}.`, 4],
  [(rng, s) => `Local officials reported casualties among ${s.a[1]} ${rng.pick(['troops', 'soldiers', 'forces'])} near ${s.place} after ${rng.pick(['overnight shelling', 'a drone strike', 'two days of assaults'])}.`, 2],
  [(rng, s) => `${s.person} said the talks in ${s.place} would deepen the ${rng.pick(['cooperation', 'partnership', 'collaboration'])} between ${s.a[0]} and ${s.b[0]}.`, 2],
  [(rng, s) => `The ${s.a[0]}-${s.b[0]} ${rng.pick(['war', 'conflict'])} has displaced ${count(rng, 90)} people from ${region(rng, s)} alone${voice(rng, s)}.`, 2],
  [(rng, s) => `${s.b[1]} forces captured ${indefinite(`${rng.pick(['', 'wounded ', 'injured '])}${s.a[1]}`)} soldier near ${s.place} on ${rng.pick(WEEKDAYS)}${voice(rng, s)}.`, 2],
  [(rng, s) => `${s.a[0]}'s ${rng.pick(ORGANS)} denied that ${count(rng, 40)} ${s.a[1]} troops had been deployed to ${s.b[0]}.`, 2],
];

/** Sentences that name no two countries and match no rule: the rest of a wire story. */
const OTHER_SENTENCES: ReadonlyArray<readonly [(rng: Prng, s: Story) => string, number]> = [
  [(rng, s) => `Satellite images reviewed by ${s.outlet} showed ${count(rng, 9)} new vehicles at a depot on the road to ${s.place}.`, 2],
  [(rng, s) => `Residents of ${s.place} described ${rng.pick(['heavy shelling overnight', 'long queues for fuel', 'convoys moving at night'])} and said power had been cut for ${2 + rng.int(5)} days.`, 2],
  [() => 'The figures could not be independently verified.', 2],
  [(rng, s) => `${s.person} did not give a timetable for further troop movements.`, 1],
  [(rng, s) => `Roads into ${region(rng, s)} remained closed to civilian traffic on ${rng.pick(WEEKDAYS)}.`, 2],
  [(rng, s) => `${count(rng, 50)} artillery rounds were fired at positions near ${s.place} in the past 24 hours, a monitoring group said.`, 2],
  [() => 'Neither side commented on the report.', 1],
  [(rng, s) => `${s.a[0]} has repeatedly rejected accusations that it is a party to the fighting.`, 1],
  [(rng, s) => `Aid agencies said ${count(rng, 30)} families had left ${s.place} since the start of the month.`, 1],
  [() => 'Officials gave no figure for the number of vehicles involved.', 1],
];

/**
 * `count` articles of about ARTICLE_CHARS characters, the same for the same seed and batch: a
 * dateline and a lead claim, then claims and other sentences in short paragraphs.
 */
export function generateArticles(seed: number, count: number, batch: string): BenchArticle[] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const a = COUNTRIES[rng.skewed(COUNTRIES.length, 2)] as readonly [string, string];
    let b = COUNTRIES[rng.int(COUNTRIES.length)] as readonly [string, string];
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length] as readonly [string, string];
    const story: Story = { a, b, place: rng.pick(PLACES), person: rng.pick(PEOPLE), outlet: rng.pick(OUTLETS), month: 1 + rng.int(12), day: 1 + rng.int(28) };
    let last: unknown = null;
    /** A sentence from one of the lists, never from the template just used. */
    const pick = (sentences: typeof CLAIM_SENTENCES) => {
      let template = rng.weighted(sentences);
      while (template === last) template = rng.weighted(sentences);
      last = template;
      return template(rng, story);
    };
    const paragraphs: string[][] = [[`${story.place.toUpperCase()}, ${MONTHS[story.month - 1]} ${story.day} (${story.outlet}) - ${pick(CLAIM_SENTENCES)}`]];
    let length = (paragraphs[0]?.[0] as string).length;
    while (length < ARTICLE_CHARS - 60) {
      const sentence = pick(rng.chance(0.45) ? CLAIM_SENTENCES : OTHER_SENTENCES);
      const paragraph = paragraphs[paragraphs.length - 1] as string[];
      if (paragraph.length >= 3) paragraphs.push([sentence]);
      else paragraph.push(sentence);
      length += sentence.length + 1;
    }
    return {
      url: `${ARTICLE_URL}${batch}/${i}`,
      title: `${a[0]} and ${b[0]}: the situation around ${story.place}`,
      publisher: story.outlet,
      publishedAt: `2025-${String(story.month).padStart(2, '0')}-${String(story.day).padStart(2, '0')}`,
      text: paragraphs.map((p) => p.join(' ')).join('\n\n'),
    };
  });
}

const median = (values: readonly number[]) => percentile([...values].sort((x, y) => x - y), 0.5);

// ---- X1: extraction alone -----------------------------------------------------------------------

/** An extractor: `extractClaims` of src/extract, or another with its signature. */
export type Extractor = (text: string, publishedAt: PartialDate | null) => { claims: readonly unknown[]; warnings: readonly unknown[] };

/** Extracts claims from the 1,000 articles `passes` times after one untimed pass over 100 of them. */
export function measureExtraction(articles: readonly BenchArticle[], passes: number, extract: Extractor = extractClaims): ExtractionResult {
  const inputs = articles.map((a) => ({ text: a.text, publishedAt: parsePartialDate(a.publishedAt) }));
  for (const input of inputs.slice(0, WARMUP_ARTICLES)) extract(input.text, input.publishedAt);
  const rates: number[] = [];
  let claims = 0;
  let warnings = 0;
  for (let pass = 0; pass < passes; pass++) {
    claims = 0;
    warnings = 0;
    const t0 = performance.now();
    for (const input of inputs) {
      const extraction = extract(input.text, input.publishedAt);
      claims += extraction.claims.length;
      warnings += extraction.warnings.length;
    }
    rates.push((inputs.length * 1000) / (performance.now() - t0));
  }
  return { passes: rates, articlesPerSecond: median(rates), claimsPerArticle: claims / inputs.length, warningsPerArticle: warnings / inputs.length };
}

// ---- W2: ingestion through the API -------------------------------------------------------------

const INGEST = `mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { created claims { id } } }`;

/** Counts that must be the same before W2 and after its cleanup. */
async function graphCounts(db: Database): Promise<string> {
  const [row] = await db.runStatement(`CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`);
  return `${row?.nodes} nodes, ${row?.relationships} relationships`;
}

/** Deletes what W2 wrote: its sources, the claims citing them, and the entities it created with their change records. */
export async function cleanupArticles(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.runStatement(
      `MATCH (s:Source)<-[:CITED_IN]-(c:Claim) WHERE s.url STARTS WITH $url WITH c LIMIT 5000 DETACH DELETE c RETURN count(*) AS n`,
      { url: ARTICLE_URL },
    );
    if (!row || Number(row.n) === 0) break;
  }
  await db.runStatement(`MATCH (s:Source) WHERE s.url STARTS WITH $url DETACH DELETE s`, { url: ARTICLE_URL });
  await db.runStatement(`MATCH (e:Entity {createdBy: $actor}) OPTIONAL MATCH (ch:Change)-[:OF]->(e) DETACH DELETE ch, e`, { actor: ARTICLE_ACTOR });
}

/** Sends `articles` to the API, `clients` at a time; returns the wall time and each article's latency. */
async function ingestAll(url: string, token: string, articles: readonly BenchArticle[], clients: number, onError: (message: string) => void) {
  const latencies: number[] = [];
  let claims = 0;
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < articles.length) {
      const article = articles[next++] as BenchArticle;
      const sent = performance.now();
      try {
        const answer = await postGraphQL(url, INGEST, { input: article }, { authorization: `Bearer ${token}` });
        latencies.push(performance.now() - sent);
        claims += (answer.data?.ingestArticle?.claims as unknown[] | undefined)?.length ?? 0;
      } catch (error) {
        onError((error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  return { ms: performance.now() - t0, latencies, claims };
}

/**
 * W2: after 100 untimed articles, `iterations` times 1,000 fresh articles (new addresses, so new
 * sources and claims; the entities exist after the warm-up) through `ingestArticle` at `url`.
 */
export async function measureArticleIngest(db: Database, url: string, token: string, iterations: number, seed: number, log: (line: string) => void): Promise<ArticleIngestResult> {
  await cleanupArticles(db); // leftovers of an interrupted run
  const before = await graphCounts(db);
  let errors = 0;
  let firstError: string | null = null;
  const onError = (message: string) => {
    errors++;
    if (!firstError) {
      firstError = message.slice(0, 300);
      log(`W2: an article failed: ${firstError}`);
    }
  };
  await ingestAll(url, token, generateArticles(seed, WARMUP_ARTICLES, 'warmup'), ARTICLE_CLIENTS, onError);
  const rates: number[] = [];
  const latencies: number[] = [];
  let claims = 0;
  let ingested = 0;
  for (let iteration = 1; iteration <= iterations; iteration++) {
    const run = await ingestAll(url, token, generateArticles(seed + iteration, ARTICLE_COUNT, String(iteration)), ARTICLE_CLIENTS, onError);
    rates.push((run.latencies.length * 1000) / run.ms);
    latencies.push(...run.latencies);
    claims += run.claims;
    ingested += run.latencies.length;
    log(`W2 iteration ${iteration}: ${run.latencies.length} articles in ${(run.ms / 1000).toFixed(1)} s, ${rates[rates.length - 1]?.toFixed(1)} articles/s, ${run.claims} claims`);
  }
  const [touched] = await db.runStatement(`MATCH (e:Entity) WHERE e.updatedBy = $actor AND e.createdBy <> $actor RETURN count(e) AS n`, { actor: ARTICLE_ACTOR });
  await cleanupArticles(db);
  const after = await graphCounts(db);
  if (after !== before) log(`W2: the graph held ${before} before and ${after} after the cleanup`);
  return {
    iterations: rates,
    articlesPerSecond: median(rates),
    clients: ARTICLE_CLIENTS,
    latency: summarize(latencies),
    claimsPerArticle: claims / Math.max(1, ingested),
    errors,
    firstError,
    graphRestored: after === before,
    touchedEntities: Number(touched?.n ?? 0),
  };
}
