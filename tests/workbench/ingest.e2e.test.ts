import type { Browser, Page } from 'playwright-core';
import { signDevToken } from '../../src/auth';
import { DEFAULT_LIMITS, type Config } from '../../src/config';
import type { RunningServer } from '../../src/server';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { axe, newPage, serious, shot, WIDE } from './support/session';
import { useToken, waitForToken } from './support/tokenField';
import { query, VIEW_TIMEOUT } from './support/workbench';

// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);

/**
 * "Read an article" in the workbench (ui/src/ingest.ts): an analyst pastes an article, previews
 * what Mutation.ingestArticle would write (dryRun: the same claims the API gives, nothing written),
 * reads it into the graph and lands in the source view to review the claims. Without an analyst's
 * token the API's refusal is shown and nothing is written. On a Neo4j of its own, since it writes.
 */
const auth: Config['auth'] = { jwtSecret: 'a-workbench-ingest-form-secret-long-enough-0123', jwksUrl: null, issuer: null, audience: null, anonymousRead: true };

/** Written for this test in the style of wire copy: a capture, a deployment and a denial. */
const ARTICLE = {
  title: 'Ukrainian forces say they captured two Russian soldiers near Vovchansk',
  url: 'https://ingest-e2e.example/2025/04/07/vovchansk',
  publisher: 'Ingest Test Wire',
  publishedAt: '2025-04-07',
  text:
    'Two Russian soldiers were captured by Ukrainian forces near Vovchansk on Sunday, the Ukrainian military said. ' +
    "About 2,000 Russian troops were deployed to Kharkiv region in March, according to Ukraine's General Staff. " +
    "Russia's defence ministry denied that its troops had been deployed to Kharkiv region.",
};

const INGEST = `mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) { created source { id } claims { claimId subject { name } object { name } } warnings } }`;
const SOURCES = '{ sources(first: 10) { totalCount edges { node { id title } } } }';

let scratch: ScratchNeo4j;
let db: ReturnType<typeof openDatabase>;
let server: RunningServer;
let browser: Browser;
let page: Page;
let analystToken: string;
/** What the API itself says a dry run of the article gives. */
let expected: { claimIds: string[]; claims: Array<{ claimId: string; subject: { name: string }; object: { name: string } | null }>; warnings: string[] };

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  scratch = await startScratchNeo4j('workbench-ingest');
  db = openDatabase(scratch.uri);
  server = await startTestServer(db, { auth, limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 150_000 } });
  analystToken = await signDevToken(auth, { role: 'analyst', subject: 'analyst-ingest' });
  const dry = (await query(server.url, INGEST, { input: ARTICLE, dryRun: true }, analystToken)).ingestArticle;
  expected = { claimIds: dry.claims.map((c: { claimId: string }) => c.claimId).sort(), claims: dry.claims, warnings: dry.warnings };
  browser = await launchChromium();
  page = await newPage(browser, WIDE);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
  await scratch?.stop();
});

const sourceCount = async () => (await query(server.url, SOURCES)).sources.totalCount as number;
const result = () => page.locator('#ingest-result');

async function fillArticle(p: Page): Promise<void> {
  if (!(await p.locator('#ingest-details').evaluate((d: any) => d.open))) await p.locator('#ingest-details summary').click();
  await p.locator('#ingest-text').fill(ARTICLE.text);
  await p.locator('#ingest-title').fill(ARTICLE.title);
  await p.locator('#ingest-publisher').fill(ARTICLE.publisher);
  await p.locator('#ingest-published').fill(ARTICLE.publishedAt);
  await p.locator('#ingest-url').fill(ARTICLE.url);
}

describe('reading an article from the workbench', () => {
  it('shows the API’s refusal without an analyst’s token, and writes nothing', async () => {
    expect(expected.claimIds.length).toBeGreaterThan(1);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
    await fillArticle(page);
    await page.locator('#ingest-write').click();
    await result().locator('.error').waitFor({ timeout: VIEW_TIMEOUT });
    await expect(result().locator('.error').textContent()).resolves.toMatch(/token|role|analyst/i);
    await expect(sourceCount()).resolves.toBe(0);
  });

  it('previews the claims the API would write, and why passages were passed over, writing nothing', async () => {
    await useToken(page, analystToken);
    await waitForToken(page, (f) => f.accepted === 'true' && f.role === 'ANALYST');
    await page.locator('#token summary').click();
    await page.locator('#ingest-preview').click();
    await result().locator('.ingest-count').waitFor({ timeout: VIEW_TIMEOUT });
    await expect(result().locator('.ingest-count').getAttribute('data-claims')).resolves.toBe(String(expected.claimIds.length));
    await expect(result().locator('.ingest-count').textContent()).resolves.toContain('would be written');
    const listed = await result().locator('.ingest-claims [data-claim-id]').evaluateAll((els) => els.map((e) => (e as any).dataset.claimId).sort());
    expect(listed).toEqual(expected.claimIds);
    // Each line names the claim as the panel does: its subject and object, as the API resolved them.
    for (const c of expected.claims) {
      const line = await result().locator(`.ingest-claims [data-claim-id="${c.claimId}"]`).textContent();
      expect(line).toContain(c.subject.name);
      if (c.object) expect(line).toContain(c.object.name);
    }
    await expect(result().locator('.ingest-warnings').count()).resolves.toBe(expected.warnings.length > 0 ? 1 : 0);
    await expect(sourceCount()).resolves.toBe(0);
    await shot(page, 'ingest-preview-1440');
  });

  it('reads it into the graph and opens it in the source view, its claims awaiting review', async () => {
    await page.locator('#ingest-write').click();
    await result().locator('.ingest-count[data-created="true"]').waitFor({ timeout: VIEW_TIMEOUT });
    const { sources } = await query(server.url, SOURCES);
    expect(sources.totalCount).toBe(1);
    const sourceId = sources.edges[0].node.id as string;
    await page.locator('#panel .source-text').waitFor({ timeout: VIEW_TIMEOUT });
    await expect(page.locator('#panel h2').first().textContent()).resolves.toBe(`Source: ${ARTICLE.title}`);
    expect(new URL(page.url()).searchParams.get('source')).toBe(sourceId);
    const written = await query(server.url, 'query($id: ID!) { claims(filter: { sourceId: $id }, first: 100) { edges { node { claimId review { status } } } } }', { id: sourceId });
    expect(written.claims.edges.map((e: any) => e.node.claimId).sort()).toEqual(expected.claimIds);
    for (const e of written.claims.edges) expect(e.node.review.status).toBe('PENDING');
    // The review list counts them.
    await expect(page.locator(`#review-list [data-source-id="${sourceId}"]`).textContent({ timeout: VIEW_TIMEOUT })).resolves.toContain(`${expected.claimIds.length} pending`);
  });

  it('says so when the article was recorded already, and writes nothing new', async () => {
    await page.locator('#ingest-write').click();
    await result().locator('.ingest-count[data-created="false"]').waitFor({ timeout: VIEW_TIMEOUT });
    await expect(result().locator('.ingest-count').textContent()).resolves.toContain('already recorded');
    await expect(sourceCount()).resolves.toBe(1);
  });

  it('finds nothing serious with axe-core, the form open and its answer shown', async () => {
    await expect(page.locator('#ingest-details').evaluate((d: any) => d.open)).resolves.toBe(true);
    const bad = serious(await axe(page));
    if (bad.length) throw new Error(`expected no serious or critical axe violations with the article form open, but found:\n${JSON.stringify(bad, null, 2)}`);
  });
});
