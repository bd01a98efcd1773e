import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entityId, projectRoot } from '../../src/support';
import { graphSize } from '../helpers/importCommand';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { errorCodes, type TestApi } from '../helpers/testApi';

/** ingestArticle through the API, into an empty database of its own. */
const ARTICLE = readFileSync(path.join(projectRoot, 'data', 'seed', 'article-north-korean-soldier-captured.txt'), 'utf8');
let scratch: ScratchNeo4j;
let api: TestApi;
beforeAll(async () => {
  scratch = await startScratchNeo4j('ingest');
  api = scratch.api;
}, 180_000);
afterAll(() => scratch?.stop());

const INGEST = `mutation I($input: ArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    created warnings
    source { id title url publisher { name } publishedAt { iso } }
    entities { id kind name }
    claims { id text excerpts textSpan { start end } predicate polarity attribution credibility
      subject { name } object { name } reportedBy { name } quantity { value unit qualifier } validFrom { iso precision } }
  }
}`;

const counts = () => graphSize(api.db);

const ingest = async (input: Record<string, unknown>, dryRun = false) => {
  const result = await api.execute(INGEST, { input, dryRun });
  expect(result.errors).toBeUndefined();
  return result.data?.ingestArticle;
};

const seedArticle = { title: null, publisher: 'BBC', publishedAt: '2024-12-27', text: ARTICLE };

describe('ingestArticle', () => {
  it('previews the seed article on a dry run and writes nothing', async () => {
    const before = await counts();
    const preview = await ingest(seedArticle, true);
    expect(preview.created).toBe(true);
    expect(preview.claims.length).toBeGreaterThan(5);
    expect(preview.claims[0].subject.name).toBe('Captured North Korean soldier');
    expect(await counts()).toEqual(before);
  });

  it('turns the seed article into its core claims, in an empty graph', async () => {
    const result = await ingest(seedArticle);
    expect(result.created).toBe(true);
    expect(result.source.publisher).toEqual({ name: 'BBC' });
    const claims = result.claims as any[];
    const find = (predicate: string, object: string | null) =>
      claims.filter((c) => c.predicate === predicate && (c.object?.name ?? null) === object);

    // The extractor names a national force "<Demonym> troops" (alias "<Demonym> forces"): docs/extraction.md.
    const captures = find('CAPTURED_BY', 'Ukrainian troops');
    expect(captures.map((c) => c.subject.name)).toContain('Captured North Korean soldier');
    expect(captures.map((c) => c.reportedBy?.name)).toContain("South Korea's intelligence agency");

    const deployment = find('DEPLOYED_TO', 'Russia').find((c) => c.quantity && c.validFrom);
    expect(deployment).toMatchObject({
      subject: { name: 'North Korean troops' },
      quantity: { value: 10000, qualifier: 'AT_LEAST' },
      validFrom: { iso: '2024-12', precision: 'MONTH' },
    });

    const [casualties] = find('CASUALTIES_IN', 'Kursk');
    expect(casualties).toMatchObject({ quantity: { value: 3000, qualifier: 'AT_LEAST' }, attribution: 'UNATTRIBUTED' });

    // Every excerpt is the sentence it came from, at its offsets.
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) expect(ARTICLE.slice(claim.textSpan.start, claim.textSpan.end)).toBe(claim.text);
    // The entities resolve to the same ids as the seed graph's.
    expect(result.entities.map((e: any) => e.id)).toEqual(
      expect.arrayContaining([entityId('COUNTRY', 'North Korea'), entityId('ORGANIZATION', "South Korea's intelligence agency"), entityId('LOCATION', 'Kursk')]),
    );
  });

  it('writes nothing new when the same article comes again', async () => {
    const before = await counts();
    const again = await ingest(seedArticle);
    expect(again.created).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('finds one article, not twenty, when twenty writers ingest it at once', async () => {
    const input = {
      url: 'https://wire.example/2025/02/02/guard',
      publisher: 'Fixture Wire',
      publishedAt: '2025-02-02',
      text: "Russia's defence ministry denied that North Korea has sent troops to Russia. Over 500 North Korean troops have suffered casualties in the Kursk region, according to South Korea's intelligence agency.",
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => api.execute(INGEST, { input })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.filter((r) => r.data?.ingestArticle.created).length).toBeLessThanOrEqual(1);
    const [row] = await api.db.runStatement(
      `MATCH (s:Source {url: 'https://wire.example/2025/02/02/guard'}) RETURN count(s) AS sources, COUNT { MATCH (:Entity {name: "Russia's defence ministry"}) } AS ministries`,
    );
    expect(row).toEqual({ sources: 1, ministries: 1 });
    const denial = results[0]?.data?.ingestArticle.claims.find((c: any) => c.polarity === 'DENIED');
    expect(denial).toMatchObject({ predicate: 'DEPLOYED_TO', reportedBy: { name: "Russia's defence ministry" }, subject: { name: 'North Korean troops' } });
  });

  it('warns about a sentence it cannot read, rather than guessing', async () => {
    const result = await ingest({ text: 'Ukraine and Belarus discussed the border on Monday.', publishedAt: '2025-01-10' }, true);
    expect(result.claims).toEqual([]);
    expect(result.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('names Ukraine and Belarus but matches no rule'), 'no claim was extracted from the text']),
    );
  });

  it.each([
    [{ text: '   ' }, 'input.text: expected 1 to 100,000 characters, but got 0'],
    [{ text: 'x'.repeat(100_001) }, 'input.text: expected 1 to 100,000 characters, but got 100,001'],
    [{ text: 'Some text.', publishedAt: '27/12/2024' }, 'input.publishedAt: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "27/12/2024"'],
    [{ text: 'Some text.', url: 'not a url' }, 'input.url: expected an absolute http(s) URL, but got "not a url"'],
  ])('rejects bad input %#, naming the field, and writes nothing', async (input, message) => {
    const before = await counts();
    const result = await api.execute(INGEST, { input });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe(message);
    expect(await counts()).toEqual(before);
  });
});

describe('ingestArticle with entities already in the graph', () => {
  it('resolves a reporter named by an alias to the entity that has it', async () => {
    const upsert = await api.execute(`mutation { upsertEntity(input: { kind: ORGANIZATION, name: "South Korea's intelligence agency", aliases: [{ name: "NIS" }] }) { id } }`);
    expect(upsert.errors).toBeUndefined();
    const result = await ingest({
      text: "South Korea's National Intelligence Service (NIS) said that North Korea has sent about 1,500 troops to Russia.",
      publishedAt: '2025-03-03',
    });
    const [claim] = result.claims;
    expect(claim).toMatchObject({ predicate: 'DEPLOYED_TO', reportedBy: { name: "South Korea's intelligence agency" }, quantity: { value: 1500, qualifier: 'APPROXIMATELY' } });
    expect(result.entities.map((e: any) => e.name)).not.toContain('National Intelligence Service');
  });

  it('adds to the forces the graph knows: "Sudanese troops" (alias "Sudanese forces") are its "Sudanese forces"', async () => {
    const upsert = await api.execute(`mutation { upsertEntity(input: { kind: ARMED_FORCE, name: "Sudanese forces" }) { id } }`);
    expect(upsert.errors).toBeUndefined();
    const result = await ingest({ text: 'Sudanese troops captured a wounded Chadian soldier near El Geneina.', publishedAt: '2025-03-04' });
    const capture = result.claims.find((c: any) => c.predicate === 'CAPTURED_BY');
    expect(capture).toMatchObject({ subject: { name: 'Captured Chadian soldier' }, object: { name: 'Sudanese forces' } });
    expect(result.entities.map((e: any) => e.name)).not.toContain('Sudanese troops');
  });
});
