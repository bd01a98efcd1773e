import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { axe, entityId, NARROW, newPage, serious, shotsDir, WIDE, type AxeViolation } from './support/session';
import { query, waitForView } from './support/workbench';


// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);
/**
 * Issue 13 §5: an axe-core audit (WCAG 2.1 A and AA, and best practice) of the main views, at 1440
 * and 800 px wide: the start page, an entity's profile, a fact's evidence, a claim, and a source
 * with its highlighted text. No serious or critical violation is allowed; every finding is written
 * to test-output/workbench/axe.json for the record.
 */
let db: Database;
let server: RunningServer;
let browser: Browser;
const findings: Record<string, AxeViolation[]> = {};

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  db = openDatabase(process.env.NEO4J_ANALYST_URI);
  server = await startTestServer(db);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  writeFileSync(path.join(shotsDir(), 'axe.json'), JSON.stringify(findings, null, 2));
  await browser?.close();
  await server?.stop();
  await db?.close();
});

async function audit(page: Page, name: string): Promise<void> {
  const violations = await axe(page);
  findings[name] = violations;
  const bad = serious(violations);
  if (bad.length) throw new Error(`expected no serious or critical axe violations in ${name}, but found:\n${JSON.stringify(bad, null, 2)}`);
}

describe.each([
  ['1440', WIDE],
  ['800', NARROW],
])('axe-core at %s px', (label, viewport) => {
  let page: Page;
  let troops: { id: string; name: string };
  let fact: { id: string; claims: Array<{ id: string; source: { id: string } }> };
  beforeAll(async () => {
    page = await newPage(browser, viewport);
    troops = await entityId(server.url, 'North Korean troops', ['ARMED_FORCE']);
    const { relationships } = await query(server.url, 'query($id: ID!) { relationships(filter: { fromId: $id, types: [DEPLOYED_TO] }) { edges { node { id claims { id source { id } } } } } }', { id: troops.id });
    fact = relationships.edges[0].node;
  });
  afterAll(() => page?.close());

  it('finds nothing serious on the start page', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
    await audit(page, `start-${label}`);
  });

  it('finds nothing serious on an entity’s profile, with its graph and timeline', async () => {
    await page.goto(`${server.url}/?entity=${troops.id}`);
    await waitForView(page, 'cy.edges().length > 0');
    await page.locator('#panel .profile').waitFor();
    await page.locator('#timeline-chart .tl-button').first().waitFor();
    await audit(page, `profile-${label}`);
  });

  it('finds nothing serious on a fact’s evidence', async () => {
    await page.goto(`${server.url}/?entity=${troops.id}&edge=${fact.id}`);
    await page.locator('#panel .origin').first().waitFor();
    await audit(page, `evidence-${label}`);
  });

  it('finds nothing serious in the source view', async () => {
    await page.goto(`${server.url}/?entity=${troops.id}&source=${fact.claims[0]!.source.id}`);
    await page.locator('#panel .source-text').waitFor();
    await audit(page, `source-${label}`);
  });
});
