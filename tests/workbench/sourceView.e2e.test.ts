import type { Browser, Page } from 'playwright-core';
import { signDevToken } from '../../src/auth';
import { DEFAULT_LIMITS, type Config } from '../../src/config';
import { readSeedFile, writeSeed, DEFAULT_SEED_FILE } from '../../src/seed';
import type { RunningServer } from '../../src/server';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { entityId, newPage, NARROW, shot, waitForProfile, WIDE } from './support/session';
import { useToken, waitForToken } from './support/tokenField';
import { query } from './support/workbench';


// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);
/**
 * Issue 13 §2–§3 in the workbench: an analyst reviews a freshly ingested article in the source
 * view. The text shows with every extracted claim highlighted in place; clicking a highlight opens
 * its claims; pending and rejected claims are marked; accept and reject (with a reason) work from
 * there, with an analyst's token. A source without title or link says so plainly. The suite writes,
 * so it has a Neo4j of its own (the seed, then the article).
 */
const auth: Config['auth'] = {
  jwtSecret: 'a-workbench-source-view-secret-long-enough-0123',
  jwksUrl: null,
  issuer: null,
  audience: null,
  anonymousRead: true,
};

const ARTICLE = {
  title: 'Seoul: more North Korean troops sent to Russia',
  url: 'https://wire.example/2025/03/01/troops',
  publisher: 'Example Wire',
  publishedAt: '2025-03-01',
  text:
    "South Korea's intelligence agency said on Saturday that North Korea has sent about 3,000 more troops to Russia since January. " +
    "Russia's defence ministry denied that North Korean troops had been deployed to Russia. " +
    'North Korean troops are fighting in Kursk, reports suggest.',
};

let scratch: ScratchNeo4j;
let server: RunningServer;
let browser: Browser;
let page: Page;
let analystToken: string;
let source: {
  id: string;
  title: string;
  url: string;
  text: string | null;
  claims: Array<{ id: string; textSpan: { start: number; end: number } | null; review: { status: string }; subject: { name: string }; predicate: string; object: { name: string } | null }>;
};
let db: ReturnType<typeof openDatabase>;

const SOURCE_FIELDS = 'id title url text claims(first: 100) { edges { node { id text textSpan { start end } review { status reason by } subject { name } predicate object { name } } } }';

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  scratch = await startScratchNeo4j('workbench-source');
  db = openDatabase(scratch.uri);
  await writeSeed(db, readSeedFile(DEFAULT_SEED_FILE));
  // A cold scratch Neo4j on a loaded machine: the first ingestion has been seen to take over 30 s.
  server = await startTestServer(db, { auth, limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 150_000 } });
  analystToken = await signDevToken(auth, { role: 'analyst', subject: 'analyst-ana' });
  const { ingestArticle } = await query(
    server.url,
    `mutation($input: ArticleInput!) { ingestArticle(input: $input) { source { ${SOURCE_FIELDS} } claims { id } } }`,
    { input: ARTICLE },
    analystToken,
  );
  source = { ...ingestArticle.source, claims: ingestArticle.source.claims.edges.map((e: any) => e.node) };
  browser = await launchChromium();
  page = await newPage(browser, WIDE);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
  await scratch?.stop();
});

const marks = (p: Page) => p.locator('#panel .source-text mark.hl');

describe('the source view', () => {
  it('lists the freshly ingested article under "Awaiting review" and opens it: its text, title, outlet, date and link', async () => {
    expect(source.text).toBe(ARTICLE.text);
    expect(source.claims.length).toBeGreaterThan(1);
    for (const c of source.claims) expect(c.review.status).toBe('PENDING');
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
    const entry = page.locator(`#review-list [data-source-id="${source.id}"]`);
    await expect(entry.textContent()).resolves.toContain(`${source.claims.length} pending`);
    await entry.click();
    await page.locator('#panel .source-text').waitFor();
    await expect(page.locator('#panel h2').textContent()).resolves.toBe(`Source: ${ARTICLE.title}`);
    const meta = await page.locator('#panel .source-meta').textContent();
    for (const part of [ARTICLE.title, ARTICLE.publisher, ARTICLE.publishedAt, ARTICLE.url]) expect(meta).toContain(part);
    await expect(page.locator('#panel .source-text').textContent()).resolves.toContain(ARTICLE.text.slice(0, 60));
  });

  it('highlights every extracted claim in place, pending ones marked as such', async () => {
    const placed = source.claims.filter((c) => c.textSpan);
    expect(placed.length).toBeGreaterThan(0);
    const shown = await marks(page).evaluateAll((els) => els.flatMap((e) => (e.querySelector('button') as any).dataset.claimIds.split(' ')));
    expect(new Set(shown)).toEqual(new Set(placed.map((c) => c.id)));
    // Each highlight covers the text of its claims' spans.
    for (const c of placed) {
      const text = await page.locator(`#panel .hl-button[data-claim-ids~="${c.id}"]`).textContent();
      expect(text).toContain(ARTICLE.text.slice(c.textSpan!.start, c.textSpan!.end).slice(0, 20));
    }
    expect(await marks(page).evaluateAll((els) => els.every((e) => e.classList.contains('pending')))).toBe(true);
    await shot(page, 'source-view-pending-1440');
  });

  it('accepts and rejects claims from a highlight with an analyst’s token, and marks them', async () => {
    await useToken(page, analystToken);
    await waitForToken(page, (f) => f.accepted === 'true' && f.role === 'ANALYST');
    await page.locator('#token summary').click(); // close the token field, as the analyst would
    await page.locator('#panel .source-text').waitFor();
    const [first, second] = source.claims.filter((c) => c.textSpan);
    // Accept the first.
    await page.locator(`#panel .hl-button[data-claim-ids~="${first!.id}"]`).click();
    const card = page.locator(`#panel .source-claims .claim[data-claim-id="${first!.id}"]`);
    // The card says what would enter the graph before the verdict, not only the excerpt.
    const triple = await card.locator('.claim-triple').textContent();
    expect(triple).toContain(`Extracted: ${first!.subject.name} `);
    if (first!.object) expect(triple).toContain(first!.object.name);
    await card.locator('button.accept').click();
    await page.locator('#panel .review-message').waitFor();
    const accepted = await query(server.url, `query($id: ID!) { claims(filter: { sourceId: $id }, first: 100) { edges { node { id review { status by } } } } }`, { id: source.id });
    const a = accepted.claims.edges.find((e: any) => e.node.id === first!.id).node;
    expect(a.review).toEqual({ status: 'ACCEPTED', by: 'analyst-ana' });

    // Reject the second, with a reason; without one the workbench asks for it.
    const other = second ?? first!;
    await page.locator(`#panel .hl-button[data-claim-ids~="${other.id}"]`).click();
    const card2 = page.locator(`#panel .source-claims .claim[data-claim-id="${other.id}"]`);
    await card2.locator('button.reject').click();
    await expect(card2.locator('.review-error').textContent()).resolves.toContain('Give a reason');
    await card2.locator('.reject-reason').fill('the ministry denies it; no deployment in March');
    await card2.locator('button.reject').click();
    await page.waitForFunction((id: string) => (globalThis as any).document.querySelector(`#panel .hl-button[data-claim-ids~="${id}"]`)?.closest('mark')?.classList.contains('has-rejected'), other.id);
    const { claims } = await query(server.url, `query($id: ID!) { claims(filter: { sourceId: $id, reviewStatuses: [REJECTED] }, first: 100) { edges { node { id review { status reason } } } } }`, { id: source.id });
    expect(claims.edges.map((e: any) => e.node.id)).toContain(other.id);
    await expect(page.locator('#panel .source-counts').textContent()).resolves.toContain('1 rejected');
    await shot(page, 'source-view-reviewed-1440');
  });

  it('says plainly when a source has no title or link, and never shows a content hash', async () => {
    const { sources } = await query(server.url, '{ sources(first: 50) { edges { node { id title url contentHash claimCount } } } }');
    const bare = sources.edges.map((e: any) => e.node).find((s: any) => !s.title && !s.url && s.claimCount > 0);
    expect(bare).toBeDefined();
    await page.goto(`${server.url}/?source=${bare.id}`);
    await page.locator('#panel .source-meta').waitFor();
    const meta = await page.locator('#panel .source-meta').textContent();
    expect(meta).toContain('No title recorded');
    expect(meta).toContain('No link recorded');
    expect(await page.locator('#panel').textContent()).not.toContain(bare.contentHash.slice(0, 12));
  });

  it('fits an 800 px window', async () => {
    const narrow = await newPage(browser, NARROW);
    await narrow.goto(`${server.url}/?source=${source.id}`);
    await narrow.locator('#panel .source-text').waitFor();
    expect(await narrow.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await shot(narrow, 'source-view-800');
    await narrow.close();
  });
});

/**
 * A claim with no object makes no fact (WOUNDED: a person was wounded), yet its denial disputes it.
 * The profile asks for its disputes only when something in it may be disputed: such a claim counts.
 */
describe("a profile whose only dispute is between claims that make no fact", () => {
  it('lists the dispute under "Where sources disagree"', async () => {
    const soldier = await entityId(server.url, 'Captured North Korean soldier', ['PERSON']);
    const { recordSource } = await query(
      server.url,
      'mutation($input: SourceInput!) { recordSource(input: $input) { id } }',
      { input: { title: 'Kyiv denies the captured soldier was hurt', url: 'https://wire.example/2025/03/02/unhurt', publishedAt: '2025-03-02', text: 'The captured soldier was not injured, officials in Kyiv said.' } },
      analystToken,
    );
    const { assertClaim } = await query(
      server.url,
      'mutation($input: ClaimInput!) { assertClaim(input: $input) { id: claimId status object { id } } }',
      { input: { sourceId: recordSource.id, subjectId: soldier.id, predicate: 'WOUNDED', polarity: 'DENIED', excerpt: 'The captured soldier was not injured', credibility: 3 } },
      analystToken,
    );
    expect(assertClaim).toMatchObject({ status: 'DISPUTED', object: null });
    // Of the soldier's facts, none is disputed: only the claims without a fact disagree.
    const { relationships, disputes } = await query(
      server.url,
      'query($id: ID!) { relationships(filter: { entityId: $id }, first: 100) { edges { node { disputed } } } disputes(entityId: $id, first: 10) { totalCount edges { node { kind } } } }',
      { id: soldier.id },
    );
    expect(relationships.edges.some((e: any) => e.node.disputed)).toBe(false);
    expect(disputes).toMatchObject({ totalCount: 1, edges: [{ node: { kind: 'POLARITY' } }] });

    await page.goto(`${server.url}/?entity=${soldier.id}`);
    await waitForProfile(page, soldier.id);
    await page.waitForFunction(() => (globalThis as any).document.getElementById('profile-disputes-h')?.textContent === 'Where sources disagree (1)', undefined, { timeout: 60_000 });
    expect(await page.locator('#panel .profile-disputes li').count()).toBe(1);
    expect(await page.locator('#panel .profile-disputes').textContent()).toContain('Asserted and denied');
  });
});
