import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';

/**
 * Issue 16, finding 5: the workbench and the IDE still work in Chromium under the service's
 * Content-Security-Policy, and the browser reports no violation of it.
 */
let db: Database;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  await ensureWorkbenchBuilt();
  db = openDatabase();
  server = await startTestServer(db, { enableIde: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

/** A page that records every CSP violation and page error. */
async function watchedPage(): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const page = await context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    (globalThis as any).document.addEventListener('securitypolicyviolation', (event: any) => {
      (globalThis as any).__violations = [...((globalThis as any).__violations ?? []), `${event.violatedDirective} ${event.blockedURI}`];
    });
  });
  return { page, violations, errors };
}

describe('under the Content-Security-Policy', () => {
  it('the workbench loads, searches and draws a neighbourhood, with no violation', async () => {
    const { page, violations, errors } = await watchedPage();
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
    await page.locator('#search-input').pressSequentially('Kursk', { delay: 20 });
    const option = page.locator('#search-list [role=option]').first();
    await option.waitFor();
    await option.click();
    await page.waitForFunction(() => (globalThis as any).workbench?.graph?.cy?.nodes().length > 0, undefined, { timeout: 20_000 });
    const drawn = await page.evaluate(() => (globalThis as any).workbench.graph.cy.nodes().length as number);
    expect(drawn).toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as any).__violations ?? [])).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the IDE loads its editor and runs a query, with no violation', async () => {
    const { page, violations, errors } = await watchedPage();
    const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('__schema'), { timeout: 60_000 });
    const response = await page.goto(`${server.url}/ide`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    // GraphiQL draws its editors (Monaco) and the run button once its scripts ran.
    await page.locator('.graphiql-execute-button').first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
    expect((await answer).status()).toBe(200);
    expect(await page.evaluate(() => (globalThis as any).__violations ?? [])).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
