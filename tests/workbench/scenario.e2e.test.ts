import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { projectRoot } from '../../src/support';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, imageStats, launchChromium, screenshotDir } from './support/browser';
import { clickEdge, clickNode, edgeIds, focusIsVisible, nodeIds, nodeNames, query, waitForView } from './support/workbench';


// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);
/**
 * The analyst's scenario in a real Chromium against the real service and the seed graph: search
 * "DPRK", open North Korea, expand to the captured soldier, read why he is linked to the force that
 * captured him, go back in time until the fact disappears, find a path to Ukraine, export, and
 * reopen the view from its link. Every expectation comes from the API's own answer.
 */
let db: Database;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const shots = screenshotDir();

const CLAIM_FIELDS = `id text attribution reportedBy { name } source { title url publishedAt { iso } publisher { name } } credibility reliability status`;

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  db = openDatabase();
  server = await startTestServer(db);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

// Filled in as the scenario goes, from the API.
let northKorea: { id: string; name: string };
let soldier: { id: string; name: string };
let captured: { id: string; corroboration: number; claims: any[]; from: { name: string }; to: { name: string } };

describe('the workbench on the seed graph', () => {
  it('serves itself at / with every asset from the service', async () => {
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) external.push(request.url());
    });
    const response = await page.goto(`${server.url}/`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('Workbench');
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
    await expect(page.locator('#empty').textContent()).resolves.toContain('Search for an actor');
    expect(external).toEqual([]);
  });

  it('suggests North Korea for "DPRK" as you type, with its kind, the alias that matched and why', async () => {
    const { search } = await query(server.url, '{ search(text: "DPRK") { matched reason entity { id name kind } } }');
    const hit = search[0];
    expect(hit).toMatchObject({ matched: 'DPRK', entity: { name: 'North Korea' } });
    northKorea = hit.entity;

    await page.locator('#search-input').pressSequentially('DPRK', { delay: 30 });
    const option = page.locator('#search-list [role=option]').first();
    await option.waitFor();
    await expect(option.getAttribute('data-entity-id')).resolves.toBe(northKorea.id);
    const text = await option.textContent();
    expect(text).toContain('North Korea');
    expect(text).toContain('Country'); // the kind, COUNTRY, as the badge shows it
    expect(text).toContain(`matched “${hit.matched}”`);
    expect(text).toContain(hit.reason === 'EXACT_ALIAS' ? 'exact alias' : hit.reason);
  });

  it('opens North Korea and draws its neighbourhood as the API returns it', async () => {
    await page.keyboard.press('Enter');
    await waitForView(page, 'cy.nodes().length > 1');
    const { neighborhood } = await query(server.url, 'query($id: ID!) { neighborhood(id: $id) { truncated nodes { id } edges { id } } }', { id: northKorea.id });
    expect(await nodeIds(page)).toEqual(neighborhood.nodes.map((n: { id: string }) => n.id).sort());
    expect(await edgeIds(page)).toEqual(neighborhood.edges.map((e: { id: string }) => e.id).sort());
    expect(new URL(page.url()).searchParams.get('entity')).toBe(northKorea.id);
    // The legend names every kind, and the types drawn.
    const legend = await page.locator('#legend').textContent();
    for (const kind of ['Country', 'Organization', 'Armed force', 'Person', 'Location']) expect(legend).toContain(kind);
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('North Korea');
  });

  it('expands to the captured soldier by clicking nodes, and undoes an expansion', async () => {
    const { search } = await query(server.url, '{ search(text: "captured soldier", kinds: [PERSON]) { entity { id name } } }');
    soldier = search[0].entity;
    // Which neighbour of North Korea leads to the soldier, according to the API.
    const around = await query(server.url, 'query($id: ID!) { neighborhood(id: $id) { nodes { id name } } }', { id: soldier.id });
    const drawn = new Set(await nodeNames(page));
    const via = around.neighborhood.nodes.find((n: { name: string }) => drawn.has(n.name) && n.name !== soldier.name);
    expect(via).toBeDefined();

    await clickNode(page, via.name);
    await waitForView(page, `cy.nodes().some((n) => n.data('name') === ${JSON.stringify(soldier.name)})`);
    await clickNode(page, soldier.name);
    await waitForView(page, 'cy.edges(\'[type = "CAPTURED_BY"]\').length > 0');
    expect(new URL(page.url()).searchParams.get('expand')).toBe(`${via.id},${soldier.id}`);

    // Undo takes the soldier's expansion back ("u"), and clicking him expands him again.
    await page.evaluate(() => (globalThis as any).document.activeElement?.blur());
    await page.keyboard.press('u');
    await waitForView(page, 'cy.edges(\'[type = "CAPTURED_BY"]\').length === 0');
    expect(new URL(page.url()).searchParams.get('expand')).toBe(via.id);
    await clickNode(page, soldier.name);
    await waitForView(page, 'cy.edges(\'[type = "CAPTURED_BY"]\').length > 0');
  });

  it('opens the CAPTURED_BY edge: each claim with its excerpt, reporter, source, confidence and status', async () => {
    const { relationships } = await query(
      server.url,
      `query($id: ID!) { relationships(filter: { fromId: $id, types: [CAPTURED_BY] }) { edges { node { id corroboration from { name } to { name } claims { ${CLAIM_FIELDS} } } } } }`,
      { id: soldier.id },
    );
    captured = relationships.edges[0].node;
    expect(captured.claims.length).toBeGreaterThan(0);

    await clickEdge(page, captured.id);
    const panel = page.locator('#panel');
    await panel.locator('.claim').first().waitFor();
    await expect(panel.locator('h2').textContent()).resolves.toBe(`${captured.from.name} — captured by → ${captured.to.name}`);
    // Corroboration counts independent origins (issue 13): the seed's voices are one source.
    expect(await panel.locator('.independence-count').textContent()).toMatch(new RegExp(`, ${captured.corroboration} origins?$`));
    expect(await panel.locator('.claim').count()).toBe(captured.claims.length);
    for (const claim of captured.claims) {
      const card = panel.locator(`.claim[data-claim-id="${claim.id}"]`);
      await expect(card.locator('.excerpt').first().textContent()).resolves.toBe(claim.text);
      const reporter = await card.locator('.reporter').textContent();
      if (claim.reportedBy) expect(reporter).toContain(claim.reportedBy.name);
      else if (claim.attribution === 'SOURCE') expect(reporter).toContain(claim.source.publisher.name);
      else expect(reporter).toContain('unnamed reports');
      const source = await card.locator('.source').textContent();
      expect(source).toContain(claim.source.title ?? 'No title recorded');
      expect(source).toContain(claim.source.publisher.name);
      expect(source).toContain(claim.source.publishedAt.iso);
      expect(source).toContain(claim.source.url ?? 'No link recorded');
      await expect(card.locator('.confidence').textContent()).resolves.toContain(`Admiralty ${claim.reliability}${claim.credibility}`);
      await expect(card.locator('.badge.status').textContent()).resolves.toBe(claim.status);
    }
    expect(new URL(page.url()).searchParams.get('edge')).toBe(captured.id);

    await page.screenshot({ path: path.join(shots, 'workbench-captured-by.png') });
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') await page.screenshot({ path: path.join(projectRoot, 'docs', 'workbench.png') });
  });

  it('takes screenshots that hold a drawn graph and a legend', async () => {
    const graph = await page.locator('#graph').screenshot({ path: path.join(shots, 'workbench-graph.png') });
    const stats = await imageStats(page, graph);
    expect(stats.width).toBeGreaterThan(300);
    expect(stats.inkRatio).toBeGreaterThan(0.01); // nodes, edges and labels, not a blank canvas
    expect(stats.colours).toBeGreaterThan(8); // the kinds' and types' colours
    const legend = page.locator('#legend');
    expect(await legend.isVisible()).toBe(true);
    const legendStats = await imageStats(page, await legend.screenshot({ path: path.join(shots, 'workbench-legend.png') }));
    expect(legendStats.inkRatio).toBeGreaterThan(0.02);
    expect(await legend.locator('li').count()).toBeGreaterThan(5);
  });

  it('moves the asOf slider before the source date and the edge disappears, without a reload', async () => {
    const publishedAt = captured.claims.map((c) => c.source.publishedAt.iso).sort()[0] as string;
    await page.evaluate(() => {
      (globalThis as any).__sameDocument = true;
    });
    await page.locator('#as-of').focus();
    expect((await focusIsVisible(page)).visible).toBe(true);
    await page.keyboard.press('Home');
    await waitForView(page, `!cy.getElementById(${JSON.stringify(captured.id)}).nonempty()`);
    const asOf = new URL(page.url()).searchParams.get('asOf') as string;
    expect(asOf < publishedAt).toBe(true);
    await expect(page.locator('#as-of-out').textContent()).resolves.toBe(asOf);
    await expect(page.locator('#panel').textContent()).resolves.toContain(`is not in view as of ${asOf}`);
    // The API agrees: nothing was known about the capture then.
    const then = await query(server.url, 'query($id: ID!, $asOf: String) { neighborhood(id: $id, asOf: $asOf) { edges { id: factId } } }', { id: soldier.id, asOf });
    expect(then.neighborhood.edges.map((e: { id: string }) => e.id)).not.toContain(captured.id);

    // A day at a time up to the publication date: the edge is back, in the same document.
    const days = Math.round((Date.parse(publishedAt) - Date.parse(asOf)) / 86_400_000);
    for (let i = 0; i < days; i++) await page.keyboard.press('ArrowRight');
    await waitForView(page, `cy.getElementById(${JSON.stringify(captured.id)}).nonempty()`);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(publishedAt);
    await expect(page.locator('#panel .claim').count()).resolves.toBe(captured.claims.length);
    expect(await page.evaluate(() => (globalThis as any).__sameDocument)).toBe(true);
  });

  it('shows a truncated neighbourhood as truncated', async () => {
    const { neighborhood } = await query(server.url, 'query($id: ID!) { neighborhood(id: $id, limit: 1) { truncated } }', { id: northKorea.id });
    expect(neighborhood.truncated).toBe(true);
    const other = await context.newPage();
    await other.goto(`${server.url}/?entity=${northKorea.id}&limit=1`);
    await waitForView(other, 'cy.nodes().length > 0');
    await expect(other.locator('#notice .truncated-notice').textContent()).resolves.toContain('North Korea');
    expect(await other.evaluate((id: string) => (globalThis as any).workbench.graph.cy.getElementById(id).hasClass('truncated'), northKorea.id)).toBe(true);
    await other.close();
  });

  it('finds the paths from North Korea to Ukraine and draws them, each edge with its claims', async () => {
    const { search } = await query(server.url, '{ search(text: "Ukraine", kinds: [COUNTRY]) { entity { id name } } }');
    const ukraine = search[0].entity;
    const { paths } = await query(server.url, 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { name } edges { id claims { id } } } }', { from: northKorea.id, to: ukraine.id });
    expect(paths.length).toBeGreaterThan(0);

    // "From" holds the entity in view; pick "To" from its suggestions.
    await expect(page.locator('#path-from-input').inputValue()).resolves.toBe('North Korea');
    await page.locator('#path-to-input').pressSequentially('Ukraine', { delay: 20 });
    await page.locator(`#path-to-list [data-entity-id="${ukraine.id}"]`).click();
    await page.locator('#path-results .path').first().waitFor();
    expect(await page.locator('#path-results .path').count()).toBe(paths.length);
    const chains = await page.locator('#path-results .path-chain').allTextContents();
    expect(chains).toEqual(paths.map((p: { nodes: Array<{ name: string }> }) => p.nodes.map((n) => n.name).join(' → ')));
    const pathEdges: string[] = paths.flatMap((p: { edges: Array<{ id: string }> }) => p.edges.map((e) => e.id));
    await waitForView(page, `${JSON.stringify(pathEdges)}.every((id) => cy.getElementById(id).hasClass('on-path'))`);
    const firstEdge = paths[0].edges[0];
    await expect(page.locator(`#path-results details`).first().locator('summary').textContent()).resolves.toBe(`${firstEdge.claims.length} claim${firstEdge.claims.length === 1 ? '' : 's'}`);
    expect(new URL(page.url()).searchParams.get('pathTo')).toBe(ukraine.id);
  });

  it('exports the view as JSON (nodes, edges, claims) and as PNG', async () => {
    await clickEdge(page, captured.id);
    await page.locator(`#panel .claim`).first().waitFor();
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const exported = JSON.parse(readFileSync((await json.path()) as string, 'utf8'));
    expect(exported.nodes.map((n: { id: string }) => n.id).sort()).toEqual(await nodeIds(page));
    expect(exported.edges.map((e: { id: string }) => e.id).sort()).toEqual(await edgeIds(page));
    const edge = exported.edges.find((e: { id: string }) => e.id === captured.id);
    expect(edge.claimIds.sort()).toEqual(captured.claims.map((c) => c.id).sort());
    for (const claim of captured.claims) expect(exported.claims.find((c: { id: string }) => c.id === claim.id)?.text).toBe(claim.text);
    expect(exported.view).toMatchObject({ entity: northKorea.id, edge: captured.id });
    expect(exported.link).toBe(page.url());
    writeFileSync(path.join(shots, 'workbench-view.json'), JSON.stringify(exported, null, 2));

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const bytes = readFileSync((await png.path()) as string);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    writeFileSync(path.join(shots, 'workbench-export.png'), bytes);
    const stats = await imageStats(page, bytes);
    expect(stats.inkRatio).toBeGreaterThan(0.01);
  });

  it('restores the view from its link: entity, expansions, depth, filters, dates, paths and the open edge', async () => {
    await page.locator('#depth').selectOption('2');
    await waitForView(page, `new URL(document.location.href).searchParams.get('depth') === '2'`);
    await page.locator('#type-THREATENS_STABILITY_OF').uncheck();
    await waitForView(page, `(new URL(document.location.href).searchParams.get('types') ?? '').includes('CAPTURED_BY')`);
    await page.locator('#min-confidence').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForView(page, `new URL(document.location.href).searchParams.get('minConfidence') === '0.1'`);
    const link = page.url();
    expect(new URL(link).searchParams.get('asOf')).not.toBeNull();
    const nodes = await nodeIds(page);
    const edges = await edgeIds(page);
    const panel = await page.locator('#panel').textContent();
    expect(panel).toContain(captured.claims[0].text);

    const restored = await context.newPage();
    await restored.goto(link);
    await waitForView(restored, `cy.nodes().length === ${nodes.length} && document.querySelector('#path-results .path') !== null`);
    expect(await nodeIds(restored)).toEqual(nodes);
    expect(await edgeIds(restored)).toEqual(edges);
    await expect(restored.locator('#panel').textContent()).resolves.toBe(panel);
    await expect(restored.locator('#depth').inputValue()).resolves.toBe('2');
    await expect(restored.locator('#type-THREATENS_STABILITY_OF').isChecked()).resolves.toBe(false);
    await expect(restored.locator('#min-confidence-out').textContent()).resolves.toBe('0.10');
    await expect(restored.locator('#as-of-out').textContent()).resolves.toBe(await page.locator('#as-of-out').textContent());
    await expect(restored.locator('#path-results').textContent()).resolves.toBe(await page.locator('#path-results').textContent());
    await expect(restored.locator('#path-from-input').inputValue()).resolves.toBe('North Korea');
    await expect(restored.locator('#path-to-input').inputValue()).resolves.toBe('Ukraine');

    // The valid-time window: facts whose valid time overlaps it, and it too goes into the link.
    await restored.locator('#valid-from').fill('2024');
    await restored.locator('#valid-from').press('Tab');
    await waitForView(restored, `new URL(document.location.href).searchParams.get('from') === '2024'`);
    // The view keeps undated facts (keepUndated), so the walk from North Korea, whose own facts are
    // all undated, goes through them to the troops' dated deployment.
    const windowed = await query(
      server.url,
      'query($id: ID!, $asOf: String) { neighborhood(id: $id, depth: 2, asOf: $asOf, minConfidence: 0.1, types: [PART_OF, DEPLOYED_TO, CAPTURED_BY, ALLIED_WITH, SUPPORTS, FIGHTS_IN, LOCATED_IN, AT_WAR_WITH, CASUALTIES_IN, KILLED_IN, WOUNDED_IN, MISSING_IN, WOUNDED, ATTACKED, SEIZED], validDuring: { from: "2024", keepUndated: true }) { edges { id: factId validFrom { iso } } } }',
      { id: northKorea.id, asOf: new URL(link).searchParams.get('asOf') },
    );
    const dated = windowed.neighborhood.edges.filter((edge: { validFrom: unknown }) => edge.validFrom !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const edge of dated) expect(edge.validFrom.iso >= '2024').toBe(true);
    const drawn = await edgeIds(restored);
    for (const edge of windowed.neighborhood.edges) expect(drawn).toContain(edge.id);
    expect(drawn).toContain(captured.id); // no valid time: kept while a window is set, unless asked otherwise
    const again = await context.newPage();
    await again.goto(restored.url());
    await waitForView(again, `cy.nodes().length > 0`);
    await expect(again.locator('#valid-from').inputValue()).resolves.toBe('2024');
    expect(await edgeIds(again)).toEqual(drawn);
    await again.close();
    await restored.close();
  });

  it('is usable by keyboard, with a visible focus everywhere', async () => {
    const keyboard = await context.newPage();
    await keyboard.goto(`${server.url}/`);
    await keyboard.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
    await keyboard.keyboard.press('Tab');
    await expect(focusIsVisible(keyboard)).resolves.toMatchObject({ tag: 'a', visible: true }); // the skip link
    await keyboard.keyboard.press('/');
    await expect(focusIsVisible(keyboard)).resolves.toMatchObject({ tag: 'input#search-input', visible: true });
    await keyboard.keyboard.type('DPRK');
    await keyboard.locator('#search-list [role=option]').first().waitFor();
    await keyboard.keyboard.press('ArrowDown');
    await expect(keyboard.locator('#search-input').getAttribute('aria-activedescendant')).resolves.toBe('search-opt-0');
    await keyboard.keyboard.press('Enter');
    await waitForView(keyboard, 'cy.edges().length > 0');

    // Tab on to the list of facts; every stop on the way shows where the focus is.
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await keyboard.keyboard.press('Tab');
      const focus = await focusIsVisible(keyboard);
      expect(focus).toMatchObject({ visible: true });
      reached = await keyboard.evaluate(() => (globalThis as any).document.activeElement.hasAttribute('data-edge-id'));
    }
    expect(reached).toBe(true);
    const edgeId = await keyboard.evaluate(() => (globalThis as any).document.activeElement.getAttribute('data-edge-id'));
    await keyboard.keyboard.press('Enter');
    await keyboard.locator('#panel .claim').first().waitFor();
    await expect(keyboard.evaluate(() => (globalThis as any).document.activeElement.tagName)).resolves.toBe('H2');
    await expect(focusIsVisible(keyboard)).resolves.toMatchObject({ visible: true });
    await keyboard.keyboard.press('Escape');
    await expect(keyboard.evaluate(() => (globalThis as any).document.activeElement.getAttribute('data-edge-id'))).resolves.toBe(edgeId);
    expect(new URL(keyboard.url()).searchParams.get('edge')).toBeNull();
    await keyboard.close();
  });
});
