import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../../src/support';
import { screenshotDir } from './browser';
import { query, waitForView } from './workbench';

/**
 * What the issue-13 suites share: a page at a given window size, screenshots kept under
 * test-output/workbench/ (git-ignored; CI keeps the folder), opening an entity as an analyst
 * would, and an axe-core audit run in the page.
 */

/** Where the suites save their screenshots: WORKBENCH_SCREENSHOTS, else test-output/workbench/. */
export const shotsDir = screenshotDir;

/** Saves a screenshot of the window as test-output/workbench/<name>.png and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(shotsDir(), `${name}.png`);
  await page.screenshot({ path: file });
  // UPDATE_DOCS_SCREENSHOTS=1 also writes the ones the docs show (docs/screenshots/).
  if (process.env.UPDATE_DOCS_SCREENSHOTS === '1' && DOCS_SHOTS.has(name)) copyFileSync(file, path.join(projectRoot, 'docs', 'screenshots', `${name}.png`));
  return file;
}

/** The screenshots docs/workbench.md shows. */
const DOCS_SHOTS = new Set(['trust-evidence-1440', 'trust-profile-story-1440', 'time-control-1440', 'timeline-fact-1440', 'source-view-reviewed-1440', 'layout-fact-800', 'keyboard-fact-800', 'graph-readable-1440', 'map-1440']);

export const WIDE = { width: 1440, height: 900 };
export const NARROW = { width: 800, height: 900 };

/** A page whose uncaught errors fail the test, at the given window size. */
export async function newPage(browser: Browser, viewport = WIDE): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** The id of the entity the API finds first for `text`. */
export async function entityId(url: string, text: string, kinds?: string[]): Promise<{ id: string; name: string }> {
  const { search } = await query(url, 'query($t: String!, $k: [EntityKind!]) { search(text: $t, kinds: $k) { entity { id name } } }', { t: text, k: kinds ?? null });
  if (!search[0]) throw new Error(`expected the API to find an entity for "${text}", but it found none`);
  return search[0].entity;
}

/** Opens the workbench on an entity through the search box, and waits for its graph and profile. */
export async function openBySearch(page: Page, url: string, text: string, entity: { id: string; name: string }): Promise<void> {
  if (!page.url().startsWith(url)) {
    await page.goto(`${url}/`);
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
  }
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').pressSequentially(text, { delay: 20 });
  await page.locator(`#search-list [data-entity-id="${entity.id}"]`).click();
  await waitForView(page, 'cy.nodes().length > 1');
  await waitForProfile(page, entity.id);
}

/** Waits until the panel shows the profile of `id`. */
export async function waitForProfile(page: Page, id: string): Promise<void> {
  await page.waitForFunction((wanted: string) => {
    const panel = (globalThis as any).document.getElementById('panel');
    return panel.dataset.showing === `entity:${wanted}` && panel.querySelector('.profile') !== null;
  }, id, { timeout: 60_000 });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2 A and AA, and best practice) in the page; returns every violation. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Through the DevTools protocol: the page's CSP refuses inline scripts (addScriptTag).
  if (!(await page.evaluate(() => Boolean((globalThis as any).axe)))) await page.evaluate(`${AXE_SOURCE}\n;void 0;`);
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')) }));
  });
}

/** The serious and critical ones, which the suites refuse. */
export function serious(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Rectangles of the elements matching each selector (the visible ones), for overlap checks. */
export async function boxes(page: Page, selectors: string[]): Promise<Array<{ selector: string; x: number; y: number; width: number; height: number }>> {
  return page.evaluate((list: string[]) => {
    const doc = (globalThis as any).document;
    const out: any[] = [];
    for (const selector of list) {
      for (const el of doc.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) out.push({ selector, x: r.x, y: r.y, width: r.width, height: r.height });
      }
    }
    return out;
  }, selectors);
}

export function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x + 0.5 < b.x + b.width && b.x + 0.5 < a.x + a.width && a.y + 0.5 < b.y + b.height && b.y + 0.5 < a.y + a.height;
}
