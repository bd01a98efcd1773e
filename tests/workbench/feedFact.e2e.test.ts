import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openDatabase, type Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { runImport, type Io } from '../../src/transfer';
import { fightingLine } from '../helpers/gdeltLines';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { newPage, shot } from './support/session';
import { pollExpression, query, waitForView } from './support/workbench';

/**
 * A fact a feed reports every day rests on a claim per report: here 130 GDELT records of one army
 * attacking another, from 130 outlets. The graph's documents carry no claims; each fact's evidence
 * comes apart, its first 20 claims and origins, and the panel says how many there are and loads
 * the rest on request. Before, the neighbourhood carried every claim of every fact (2,000 such
 * claims made a 3 MB answer).
 */
const REPORTS = 130;

let scratch: ScratchNeo4j;
let db: Database;
let server: RunningServer;
let browser: Browser;
let page: Page;
let dir: string;
/** The operations the page sent, by name. */
const operations: string[] = [];

/** Outlet `n`'s report of Russian troops attacking Ukrainian troops (CAMEO 193), on one of 30 days. */
function report(n: number): string {
  const day = new Date(Date.UTC(2025, 2, 1) + (n % 30) * 86_400_000).toISOString().slice(0, 10);
  return fightingLine(1_200_000_000 + n, day, `https://outlet-${n}.example/${day}/front-line`);
}

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  scratch = await startScratchNeo4j('feed-fact');
  dir = mkdtempSync(path.join(os.tmpdir(), 'feed-fact-'));
  const file = path.join(dir, 'reports.export.CSV');
  writeFileSync(file, `${Array.from({ length: REPORTS }, (_, n) => report(n)).join('\n')}\n`);
  const sink: Io = { out: () => undefined, err: () => undefined, isTTY: false };
  expect(await runImport(['--format', 'gdelt', file], sink, openDatabase({ uri: scratch.uri }))).toBe(0);
  db = openDatabase({ uri: scratch.uri });
  server = await startTestServer(db);
  browser = await launchChromium();
  page = await newPage(browser);
  page.on('request', (request) => {
    const body = request.postData();
    if (request.url().endsWith('/graphql') && body) operations.push(/query (\w+)/.exec(JSON.parse(body).query)?.[1] ?? '?');
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
  await scratch?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a fact with more claims than the workbench loads at once', () => {
  it('shows its first claims, says how many there are, and loads the rest on request', async () => {
    const { relationships } = await query(server.url, `{ relationships(filter: { types: [ATTACKED] }) { edges { node { factId claimCount originCount from { id } } } } }`);
    const fact = relationships.edges[0].node;
    expect(fact.claimCount).toBe(REPORTS);
    expect(fact.originCount).toBe(REPORTS);

    await page.goto(`${server.url}/?entity=${fact.from.id}&edge=${fact.factId}`);
    await waitForView(page, `cy.getElementById(${JSON.stringify(fact.factId)}).length === 1`);
    const panel = page.locator('#panel');
    await panel.locator('.partial-evidence').waitFor();
    // The neighbourhood carried no claims; the evidence came apart, a bounded part of the fact.
    expect(operations).toEqual(expect.arrayContaining(['WbNeighborhood', 'WbEvidence']));
    expect(await panel.locator('.partial-evidence').textContent()).toContain(`Showing 20 of ${REPORTS} claims in support (in id order) and the first 20 of ${REPORTS} origins`);
    expect(await panel.locator('.origins .claim').count()).toBe(20);
    // Each claim names the feed record it was imported from.
    expect(await panel.locator('.origins .claim .feed-record').first().textContent()).toMatch(/^GDELT event 1200000\d{3}$/);
    // A feed's source has no title: its origin is named by its site.
    expect(await panel.locator('.origin h4').first().textContent()).toMatch(/^outlet-\d+\.example /);
    // Claims whose origin is beyond the 20 listed are not mistaken for dissent.
    expect(await panel.locator('.origin.dissent-only').count()).toBe(0);
    // The first five origins are spelled out, the rest counted.
    expect(await panel.locator('.independence-reason').textContent()).toMatch(/outlet-\d+\.example.*And 125 more origins, each described with its claims below\.$/);
    await shot(page, 'feed-fact-partial-1440');

    // Query.claims pages the triple from its first claim: the first page of 100 holds the 20 shown.
    await panel.locator('button.more-claims').click();
    await pollExpression(page, `document.querySelectorAll('#panel .origins .claim').length === 100`);
    expect(await panel.locator('.partial-evidence').textContent()).toContain(`Showing 100 of ${REPORTS} claims`);
    await panel.locator('button.more-claims').click();
    await pollExpression(page, `document.querySelectorAll('#panel .origins .claim').length === ${REPORTS}`);
    // Every claim once, and no button for more.
    const ids = await panel.locator('.origins .claim').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-claim-id')));
    expect(new Set(ids).size).toBe(REPORTS);
    expect(await panel.locator('button.more-claims').count()).toBe(0);
    expect(await panel.locator('.partial-evidence').textContent()).toContain(`Showing ${REPORTS} of ${REPORTS} claims`);
  });
});
