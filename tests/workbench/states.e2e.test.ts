import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signDevToken } from '../../src/auth';
import { CLOCK_SKEW_SECONDS } from '../../src/auth/verifyToken';
import type { Config } from '../../src/config';
import { freePort, type Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium, screenshotDir } from './support/browser';
import type { Viewer } from '../../src/generated/graphql';
import { apiViewer, expectShows, post, shownToken, useToken, VIEWER_QUERY, waitForToken } from './support/tokenField';
import { query, waitForView } from './support/workbench';

/**
 * The workbench when things are not fine: a token is missing, bad or expired, Neo4j is down, the
 * network fails, nothing matches; and when sources disagree (the analyst fixture's disputed fact).
 * The token field is checked against the real server's answer to `Query.viewer` for the same token:
 * with authentication on (anonymous reads refused, or allowed) and off.
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
let guarded: RunningServer;
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
  [open, locked, guarded, analyst, down] = await Promise.all([
    startTestServer(seedDb),
    startTestServer(seedDb, { auth }),
    startTestServer(seedDb, { auth: { ...auth, anonymousRead: true } }),
    startTestServer(analystDb),
    startTestServer(deadDb),
  ]);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([open, locked, guarded, analyst, down].map((s) => s?.stop()));
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

describe('the token field shows what Query.viewer says, and nothing else', () => {
  it('asks for a token when the API refuses anonymous reads, refuses a bad one, and shows each role as the API describes it', async () => {
    const page = await newPage();
    const needsToken = await post(locked.url, VIEWER_QUERY);
    expect(needsToken.status).toBe(401);
    await page.goto(`${locked.url}/`);
    await alert(page).waitFor();
    await expect(alert(page).getAttribute('data-kind')).resolves.toBe('unauthenticated');
    await expect(alert(page).textContent()).resolves.toContain('expected a bearer token');
    // The token field opens, with the focus in it, and gives the API's own reason.
    await expect(page.evaluate(() => (globalThis as any).document.activeElement.id)).resolves.toBe('token-input');
    await waitForToken(page, (s) => s.accepted === 'false');
    let shown = await shownToken(page);
    expect(shown.text).toContain(`Without a token: ${needsToken.message}`);
    expect(shown.summary).toBe('Token: needed');
    expect(shown.permissions).toEqual([]);
    await page.screenshot({ path: path.join(shots, 'workbench-needs-token.png') });

    const forged = await post(locked.url, VIEWER_QUERY, 'not-a-token');
    expect(forged.status).toBe(401);
    await useToken(page, 'not-a-token');
    await waitForToken(page, (s) => s.accepted === 'false' && s.summary === 'Token: refused');
    shown = await shownToken(page);
    expect(shown.text).toContain(`The API refused this token: ${forged.message}`);
    expect(shown.permissions).toEqual([]);
    expect(shown.role).toBe('');
    await expect(alert(page).textContent()).resolves.toContain('could not be verified');

    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      const subject = `${role}-${Date.now()}@example.org`;
      const token = await signDevToken(auth, { role, subject });
      const fromApi = await apiViewer(locked.url, token);
      // The page's own viewer request, and the answer the real server gave it.
      const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('WbViewer'));
      await useToken(page, token);
      const received = (await (await answer).json()) as { data: { viewer: Viewer } };
      expect(received.data.viewer).toEqual(fromApi);
      await waitForToken(page, (s, wanted) => s.accepted === 'true' && s.subject === wanted, subject);
      expectShows(await shownToken(page), fromApi);
      await page.waitForFunction(() => (globalThis as any).document.getElementById('alert').hidden === true);
    }
    await page.screenshot({ path: path.join(shots, 'workbench-token-admin.png') });

    // With a token, the workbench reads: search answers.
    await page.locator('#search-input').fill('Kursk');
    await page.locator('#search-list [role=option][data-entity-id]').first().waitFor();
    await page.close();
  });

  it('says "authentication is off on this server" when the API says so, and shows the refusal of a token there', async () => {
    const fromApi = await apiViewer(open.url);
    expect(fromApi.authenticationEnabled).toBe(false);
    const page = await newPage();
    await page.goto(`${open.url}/`);
    await waitForToken(page, (s) => s.accepted === 'true');
    const shown = await shownToken(page);
    expectShows(shown, fromApi);
    expect(shown.text).toContain('Authentication is off on this server.');
    await page.locator('#token summary').click();
    await page.screenshot({ path: path.join(shots, 'workbench-auth-off.png') });

    // This server verifies no token, so it refuses any; the field still says how the server lets callers in.
    const token = await signDevToken(auth, { role: 'analyst' });
    const refused = await post(open.url, VIEWER_QUERY, token);
    expect(refused.status).toBe(401);
    await useToken(page, token);
    await waitForToken(page, (s) => s.accepted === 'false' && s.authentication === 'off');
    const refusal = await shownToken(page);
    expect(refusal.text).toContain(`The API refused this token: ${refused.message}`);
    expect(refusal.text).toContain('Authentication is off on this server.');
    expect(refusal.permissions.map((p) => p.value)).toEqual(fromApi.permissions);
    expect(refusal.role).toBe('');

    await page.locator('#token-clear').click();
    await waitForToken(page, (s) => s.accepted === 'true');
    expectShows(await shownToken(page), fromApi);
    await page.close();
  });

  it('describes an anonymous visitor on a server that checks tokens but lets anyone read', async () => {
    const fromApi = await apiViewer(guarded.url);
    expect(fromApi).toMatchObject({ anonymous: true, authenticationEnabled: true, anonymousRead: true });
    const page = await newPage();
    await page.goto(`${guarded.url}/`);
    await waitForToken(page, (s) => s.accepted === 'true');
    const shown = await shownToken(page);
    expectShows(shown, fromApi);
    expect(shown.text).toContain('This server lets anonymous requests read.');
    await page.close();
  });

  it('shows the role the API answered even when the token itself names another', async () => {
    // The page keeps a viewer token, but its viewer question reaches the real server with an admin
    // token: a workbench that read the token would say viewer, one that asks the API says admin.
    const viewerToken = await signDevToken(auth, { role: 'viewer', subject: 'payload-says-viewer' });
    const adminToken = await signDevToken(auth, { role: 'admin', subject: 'api-says-admin' });
    const fromApi = await apiViewer(guarded.url, adminToken);
    expect(fromApi.role).toBe('ADMIN');
    const page = await newPage();
    await page.route('**/graphql', (route) =>
      (route.request().postData() ?? '').includes('WbViewer') && route.request().headers().authorization
        ? route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${adminToken}` } })
        : route.continue(),
    );
    await page.goto(`${guarded.url}/`);
    await waitForToken(page, (s) => s.accepted === 'true');
    await useToken(page, viewerToken);
    await waitForToken(page, (s) => s.accepted === 'true' && s.subject === 'api-says-admin');
    expectShows(await shownToken(page), fromApi);
    await expect(page.evaluate(() => (globalThis as any).sessionStorage.getItem('kg-workbench-token'))).resolves.toBe(viewerToken);
    await page.close();
  });

  it('shows no expiry, and shows the refusal once the API says the token has expired', async () => {
    const signedAt = Date.now();
    const token = await signDevToken(auth, { role: 'viewer', subject: 'short-lived', expiresIn: '6s' });
    const page = await newPage();
    await page.goto(`${locked.url}/`);
    await alert(page).waitFor();
    await useToken(page, token);
    await waitForToken(page, (s) => s.accepted === 'true' && s.subject === 'short-lived');
    const fromApi = await apiViewer(locked.url, token);
    expectShows(await shownToken(page), fromApi);
    await page.locator('#search-input').fill('Kursk');
    const option = page.locator('#search-list [role=option][data-entity-id]').first();
    await option.waitFor();

    // Once the API refuses the token as expired, opening an entity is refused. Its exp is at most 6 s
    // after signing, and the server accepts it CLOCK_SKEW_SECONDS longer (clocks drift): asked until
    // 15 s after that.
    const refusedBy = signedAt + (6 + CLOCK_SKEW_SECONDS) * 1000 + 15_000;
    let expired = await post(locked.url, VIEWER_QUERY, token);
    while (expired.status !== 401 && Date.now() < refusedBy) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      expired = await post(locked.url, VIEWER_QUERY, token);
    }
    expect(expired.status).toBe(401);
    expect(expired.message).toContain('the token has expired');
    await option.click();
    await alert(page).waitFor();
    await expect(alert(page).textContent()).resolves.toContain('the token has expired');
    await waitForToken(page, (s) => s.accepted === 'false');
    const shown = await shownToken(page);
    expect(shown.text).toContain(`The API refused this token: ${expired.message}`);
    expect(shown.permissions).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('the workbench when things go wrong', () => {
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

  it('marks a disputed fact on the graph and in the panel, with exactly the disputes Relationship.disputes gives it', async () => {
    const { disputes } = await query(analyst.url, '{ disputes(first: 20) { edges { node { id reason claims { predicate subject { id } object { id } } } } } }');
    const dispute = disputes.edges.map((e: { node: any }) => e.node).find((d: any) => d.claims[0].object);
    expect(dispute).toBeDefined();
    const claim = dispute.claims[0];
    const { relationships } = await query(
      analyst.url,
      'query($from: ID!, $to: ID!, $type: RelationshipType!) { relationships(filter: { fromId: $from, toId: $to, types: [$type] }) { edges { node { id disputed disputes { id kind reason claims { id } } } } } }',
      { from: claim.subject.id, to: claim.object.id, type: claim.predicate },
    );
    const fact = relationships.edges[0].node as { id: string; disputed: boolean; disputes: Array<{ id: string; kind: string; reason: string; claims: Array<{ id: string }> }> };
    expect(fact.disputed).toBe(true);
    // The fact's own disputes include the one found for its subject.
    expect(fact.disputes.map((d) => d.id)).toContain(dispute.id);

    const page = await newPage();
    // The panel must not fall back to loading the subject's disputes and filtering them.
    const documents: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) documents.push(r.postData() ?? '');
    });
    await page.goto(`${analyst.url}/?entity=${claim.subject.id}&edge=${fact.id}`);
    await waitForView(page, `cy.getElementById(${JSON.stringify(fact.id)}).nonempty()`);
    expect(await page.evaluate((id: string) => (globalThis as any).workbench.graph.cy.getElementById(id).hasClass('disputed'), fact.id)).toBe(true);
    const panel = page.locator('#panel');
    await panel.locator('.badge.disputed').first().waitFor();
    await panel.locator('.disputes li').first().waitFor();
    const shown = await panel.locator('.disputes li').evaluateAll((items) => items.map((li) => ({ id: li.getAttribute('data-dispute-id'), text: li.textContent ?? '' })));
    expect(shown.map((d) => d.id)).toEqual(fact.disputes.map((d) => d.id));
    fact.disputes.forEach((d, i) => {
      expect(shown[i]?.text).toContain(d.reason);
      expect(shown[i]?.text).toContain(`(${d.claims.length} claims)`);
    });
    expect(documents.some((d) => d.includes('disputes(entityId'))).toBe(false);
    await expect(page.locator(`#elements-edges [data-edge-id="${fact.id}"] .badge.disputed`).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(shots, 'workbench-disputed.png') });
    await page.close();
  });
});
