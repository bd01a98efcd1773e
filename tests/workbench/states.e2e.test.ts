import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signDevToken } from '../../src/auth';
import type { Config } from '../../src/config';
import { freePort, type Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../support/testServer';
import { ensureWorkbenchBuilt, launchChromium, screenshotDir } from './support/browser';
import { query, waitForView } from './support/workbench';

/**
 * The workbench when things are not fine: a token is missing or bad, Neo4j is down, the network
 * fails, nothing matches; and when sources disagree (the analyst fixture's disputed fact).
 */
const auth: Config['auth'] = {
  jwtSecret: 'a-workbench-test-secret-that-is-long-enough-0123',
  jwksUrl: null,
  issuer: null,
  audience: null,
  anonymousRead: false,
};

let seedDb: Database;
let analystDb: Database;
let deadDb: Database;
let open: RunningServer;
let locked: RunningServer;
let analyst: RunningServer;
let down: RunningServer;
let browser: Browser;
const shots = screenshotDir();

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  seedDb = openDatabase();
  analystDb = openDatabase(process.env.NEO4J_ANALYST_URI);
  // A port nobody listens on: the API is up, its database is not.
  deadDb = openDatabase(`neo4j://127.0.0.1:${await freePort()}`);
  [open, locked, analyst, down] = await Promise.all([
    startTestServer(seedDb),
    startTestServer(seedDb, { auth }),
    startTestServer(analystDb),
    startTestServer(deadDb),
  ]);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([open, locked, analyst, down].map((s) => s?.stop()));
  await Promise.all([seedDb, analystDb, deadDb].map((d) => d?.close().catch(() => {})));
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

const alert = (page: Page) => page.locator('#alert');

describe('the workbench when things go wrong', () => {
  it('asks for a token when the API refuses anonymous reads, refuses a bad one and says what a good one allows', async () => {
    const page = await newPage();
    await page.goto(`${locked.url}/`);
    await alert(page).waitFor();
    await expect(alert(page).getAttribute('data-kind')).resolves.toBe('unauthenticated');
    await expect(alert(page).textContent()).resolves.toContain('expected a bearer token');
    // The token field opens, with the focus in it.
    await expect(page.evaluate(() => (globalThis as any).document.activeElement.id)).resolves.toBe('token-input');
    await page.screenshot({ path: path.join(shots, 'workbench-needs-token.png') });

    await page.locator('#token-input').fill('not-a-token');
    await page.locator('#token-input').press('Enter');
    await page.waitForFunction(() => (globalThis as any).document.getElementById('token-role').dataset.accepted === 'false');
    await expect(page.locator('#token-role').textContent()).resolves.toContain('could not be verified');
    await expect(alert(page).textContent()).resolves.toContain('could not be verified');

    const viewer = await signDevToken(auth, { role: 'viewer', subject: 'vera@example.org' });
    await page.locator('#token-input').fill(viewer);
    await page.locator('#token-input').press('Enter');
    await page.waitForFunction(() => (globalThis as any).document.getElementById('token-role').dataset.accepted === 'true');
    const role = await page.locator('#token-role').textContent();
    expect(role).toContain('Role viewer as vera@example.org');
    expect(role).toContain('may read');
    expect(role).toContain('Accepted by the API');
    await page.waitForFunction(() => (globalThis as any).document.getElementById('alert').hidden === true);

    // With the token, the workbench reads: search answers.
    await page.locator('#search-input').fill('Kursk');
    await page.locator('#search-list [role=option][data-entity-id]').first().waitFor();

    const analystToken = await signDevToken(auth, { role: 'analyst' });
    await page.locator('#token-input').fill(analystToken);
    await page.locator('#token-input').press('Enter');
    await page.waitForFunction(() => /Role analyst/.test((globalThis as any).document.getElementById('token-role').textContent));
    await expect(page.locator('#token-role').textContent()).resolves.toContain('assertClaim');
    await page.close();
  });

  it('says when Neo4j is down, and offers to try again', async () => {
    const page = await newPage();
    await page.goto(`${down.url}/`);
    await alert(page).waitFor({ timeout: 30_000 });
    await expect(alert(page).getAttribute('data-kind')).resolves.toBe('unavailable');
    await expect(alert(page).textContent()).resolves.toContain('The graph database is not available');
    expect(await alert(page).locator('button', { hasText: 'Try again' }).count()).toBe(1);
    await page.screenshot({ path: path.join(shots, 'workbench-neo4j-down.png') });
    await page.close();
  });

  it('says when the API cannot be reached, and recovers when it can', async () => {
    const page = await newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${open.url}/`);
    await alert(page).waitFor();
    await expect(alert(page).getAttribute('data-kind')).resolves.toBe('network');
    await expect(alert(page).textContent()).resolves.toContain('The API cannot be reached');
    await page.unroute('**/graphql');
    await alert(page).locator('button', { hasText: 'Try again' }).click();
    await page.waitForFunction(() => (globalThis as any).document.getElementById('alert').hidden === true);
    await page.close();
  });

  it('says when nothing matches a search, and when an entity is unknown', async () => {
    const page = await newPage();
    await page.goto(`${open.url}/`);
    await page.locator('#search-input').fill('qqzzxx');
    const message = page.locator('#search-list .suggestion-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe('No entity matches “qqzzxx”.');

    await page.goto(`${open.url}/?entity=no-such-entity`);
    await alert(page).waitFor();
    await expect(alert(page).getAttribute('data-kind')).resolves.toBe('not-found');
    await expect(alert(page).textContent()).resolves.toContain('no entity has id "no-such-entity"');
    await page.close();
  });

  it('marks a disputed fact on the graph and in the panel, with the disagreement', async () => {
    const { disputes } = await query(analyst.url, '{ disputes(first: 20) { edges { node { reason claims { predicate subject { id } object { id } } } } } }');
    const dispute = disputes.edges.map((e: { node: any }) => e.node).find((d: any) => d.claims[0].object);
    expect(dispute).toBeDefined();
    const claim = dispute.claims[0];
    const { relationships } = await query(
      analyst.url,
      'query($from: ID!, $to: ID!, $type: RelationshipType!) { relationships(filter: { fromId: $from, toId: $to, types: [$type] }) { edges { node { id disputed } } } }',
      { from: claim.subject.id, to: claim.object.id, type: claim.predicate },
    );
    const fact = relationships.edges[0].node;
    expect(fact.disputed).toBe(true);

    const page = await newPage();
    await page.goto(`${analyst.url}/?entity=${claim.subject.id}&edge=${fact.id}`);
    await waitForView(page, `cy.getElementById(${JSON.stringify(fact.id)}).nonempty()`);
    expect(await page.evaluate((id: string) => (globalThis as any).workbench.graph.cy.getElementById(id).hasClass('disputed'), fact.id)).toBe(true);
    const panel = page.locator('#panel');
    await panel.locator('.badge.disputed').first().waitFor();
    await panel.locator('.disputes li').first().waitFor();
    await expect(panel.locator('.disputes').textContent()).resolves.toContain(dispute.reason);
    await expect(page.locator(`#elements-edges [data-edge-id="${fact.id}"] .badge.disputed`).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(shots, 'workbench-disputed.png') });
    await page.close();
  });
});
