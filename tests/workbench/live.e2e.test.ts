import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { signDevToken } from '../../src/auth';
import { DEFAULT_LIMITS, type Config } from '../../src/config';
import { InProcessPublisher, publisher } from '../../src/events';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { newPage, openBySearch, WIDE } from './support/session';
import { useToken } from './support/tokenField';
import { query, waitForView, VIEW_TIMEOUT } from './support/workbench';

jest.setTimeout(300_000);
/**
 * Issue 15 §5 in the workbench: with an entity in view, a claim written through the API by someone
 * else shows up in the live notice without moving the graph, and the notice's "Refresh the view"
 * draws the new fact. On the shared seed database, with entities whose names are unique to the run.
 */
const auth: Config['auth'] = { jwtSecret: 'a-workbench-live-notice-secret-long-enough-0123', jwksUrl: null, issuer: null, audience: null, anonymousRead: true };
const run = randomUUID().slice(0, 8);

let scratch: ScratchNeo4j | undefined;
let db: Database;
let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  // Writes go to a Neo4j of this suite's own: the shared seed database must stay as the article says.
  scratch = await startScratchNeo4j('workbench-live');
  db = openDatabase(scratch.uri);
  server = await startTestServer(db, { auth, limits: { ...DEFAULT_LIMITS, rateLimitPerMinute: 0, requestTimeoutMs: 150_000 } });
  token = await signDevToken(auth, { role: 'analyst', subject: `live-e2e-${run}` });
  browser = await launchChromium();
  page = await newPage(browser, WIDE);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
  await scratch?.stop();
});

const listeners = () => {
  const current = publisher();
  if (!(current instanceof InProcessPublisher)) throw new Error('expected the in-process publisher');
  return current.listenerCount;
};

/** Waits for a condition of this process (the server's listeners), checking every 50 ms up to VIEW_TIMEOUT. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + VIEW_TIMEOUT;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`expected ${what} within ${VIEW_TIMEOUT} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the live notice', () => {
  it('lists a new claim about an entity in view without moving the graph, and refreshes on request', async () => {
    const upsert = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }';
    const force = (await query(server.url, upsert, { input: { kind: 'ARMED_FORCE', name: `Live e2e force ${run}` } }, token)).upsertEntity;
    const first = (await query(server.url, upsert, { input: { kind: 'LOCATION', name: `Live e2e first place ${run}` } }, token)).upsertEntity;
    const second = (await query(server.url, upsert, { input: { kind: 'LOCATION', name: `Live e2e second place ${run}` } }, token)).upsertEntity;
    const sourceId = (await query(server.url, 'mutation($input: SourceInput!) { recordSource(input: $input) { id } }', { input: { url: `https://live-e2e.example/${run}`, title: 'Live e2e' } }, token)).recordSource.id;
    const assert = (objectId: string, excerpt: string) =>
      query(server.url, 'mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }', { input: { sourceId, subjectId: force.id, predicate: 'DEPLOYED_TO', objectId, excerpt, credibility: 2 } }, token);
    await assert(first.id, `The force is at the first place (${run}).`);

    const before = listeners();
    await openBySearch(page, server.url, force.name, force);
    await waitForView(page, `cy.getElementById(${JSON.stringify(first.id)}).length === 1`);
    // The workbench's two subscriptions are running on the server.
    await until(() => listeners() >= before + 2, 'the workbench to subscribe');
    const positions = () => page.evaluate(() => (globalThis as any).workbench.graph.cy.nodes().map((n: any) => [n.id(), n.position().x, n.position().y]));
    const drawn = await positions();

    const { assertClaim } = await assert(second.id, `The force moved on to the second place (${run}).`);
    await page.locator(`#live li[data-claim="${assertClaim.id}"]`).waitFor({ state: 'visible' });
    await page.locator('#live-refresh').waitFor({ state: 'visible' });
    expect(await page.locator('#live').textContent()).toContain(`New claim: ${force.name} deployed to ${second.name}`);
    expect(await page.locator('#live .live-facts').textContent()).toContain(force.name);
    // Nothing was redrawn: the same nodes at the same places.
    expect(await positions()).toEqual(drawn);

    await page.locator('#live-refresh').click();
    await waitForView(page, `cy.getElementById(${JSON.stringify(second.id)}).length === 1`);
    expect(await page.locator('#live').isHidden()).toBe(true);
  });

  it('adds a new publication date to the as-of axis when a claim from it is written, keeping the as-of date', async () => {
    const day = '2025-03-14';
    const bar = page.locator(`#as-of-histogram rect.bar[data-date="${day}"]`);
    await expect(bar.count()).resolves.toBe(0);
    const asOf = new URL(page.url()).searchParams.get('asOf');
    const upsert = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';
    const force = (await query(server.url, upsert, { input: { kind: 'ARMED_FORCE', name: `Live e2e dated force ${run}` } }, token)).upsertEntity;
    const place = (await query(server.url, upsert, { input: { kind: 'LOCATION', name: `Live e2e dated place ${run}` } }, token)).upsertEntity;
    const source = { url: `https://live-e2e.example/dated/${run}`, title: 'Live e2e, dated', publishedAt: day };
    const sourceId = (await query(server.url, 'mutation($input: SourceInput!) { recordSource(input: $input) { id } }', { input: source }, token)).recordSource.id;
    const input = { sourceId, subjectId: force.id, predicate: 'DEPLOYED_TO', objectId: place.id, excerpt: `The dated force is at the dated place (${run}).`, credibility: 2 };
    await query(server.url, 'mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }', { input }, token);
    // Neither entity is in view: the axis is read again all the same, and counts the claim on its day.
    // (A read the previous claims asked for may land between the source and the claim: the day's bar then shows 0 first.)
    await page.locator(`#as-of-histogram rect.bar[data-date="${day}"][data-count="1"]`).waitFor({ state: 'attached', timeout: VIEW_TIMEOUT });
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(asOf);
  });

  it('says when the server ended live news because the token expired, instead of falling silent', async () => {
    const fresh = await newPage(browser, WIDE);
    try {
      await fresh.goto(`${server.url}/`);
      await fresh.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
      const shortLived = await signDevToken(auth, { role: 'viewer', subject: `live-e2e-short-${run}`, expiresIn: '3s' });
      await useToken(fresh, shortLived);
      // Settled when the server closes the connection at the token's exp (4401), not by a timer here.
      await fresh.locator('#live .live-stopped').waitFor({ state: 'visible', timeout: VIEW_TIMEOUT });
      await expect(fresh.locator('#live .live-stopped').textContent()).resolves.toBe('Live news stopped: the token has expired. Enter a new token to resume them.');
    } finally {
      await fresh.close();
    }
  });
});
