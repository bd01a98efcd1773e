import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, imageStats, launchChromium } from './support/browser';
import { entityId, newPage, WIDE } from './support/session';
import { query, waitForView } from './support/workbench';


// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);
/**
 * Issue 13 §4, exports: the PNG carries the as-of date, the filters and the sources under the
 * picture (the text drawn on its canvas is recorded as it is written), and a CSV lists every claim
 * in view, those of the facts drawn and of their disputes, as the API gives them.
 */
let db: Database;
let server: RunningServer;
let browser: Browser;
let page: Page;
let troops: { id: string; name: string };
const AS_OF = '2025-01-20';

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  db = openDatabase(process.env.NEO4J_ANALYST_URI);
  server = await startTestServer(db);
  browser = await launchChromium();
  page = await newPage(browser, WIDE);
  troops = await entityId(server.url, 'North Korean troops', ['ARMED_FORCE']);
  await page.goto(`${server.url}/?entity=${troops.id}&asOf=${AS_OF}&minConfidence=0.1&types=DEPLOYED_TO,CASUALTIES_IN,FIGHTS_IN`);
  await waitForView(page, 'cy.edges().length > 0');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

const VIEW = `query($id: ID!, $asOf: String) { neighborhood(id: $id, asOf: $asOf, minConfidence: 0.1, types: [DEPLOYED_TO, CASUALTIES_IN, FIGHTS_IN]) {
  edges { id: factId claims { id: claimId text source { title publisher { name } publishedAt { iso } } } disputes { claims { id: claimId } } } } }`;

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

describe('exports', () => {
  it('writes the as-of date, the filters and the sources under the PNG', async () => {
    const { neighborhood } = await query(server.url, VIEW, { id: troops.id, asOf: AS_OF });
    const sources = new Map<string, any>();
    for (const e of neighborhood.edges) for (const c of e.claims) sources.set(c.source.title ?? '', c.source);
    // Record what the export writes on its canvas.
    await page.evaluate(() => {
      const w = globalThis as any;
      w.__drawn = [];
      const original = w.CanvasRenderingContext2D.prototype.fillText;
      w.CanvasRenderingContext2D.prototype.fillText = function (text: string, ...rest: unknown[]) {
        w.__drawn.push(text);
        return original.call(this, text, ...rest);
      };
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    expect(download.suggestedFilename()).toBe(`workbench-as-of-${AS_OF}.png`);
    const png = readFileSync((await download.path())!);
    const stats = await imageStats(page, png);
    expect(stats.inkRatio).toBeGreaterThan(0.01);
    const drawn: string[] = await page.evaluate(() => (globalThis as any).__drawn);
    // Long lines wrap at spaces: read the strip as one text.
    const text = drawn.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(`As of: ${AS_OF}`);
    expect(text).toContain('confidence at least 0.1');
    expect(text).toContain('types deployed to, casualties in, fights in');
    expect(text).toContain(`Sources (${sources.size}):`);
    for (const s of sources.values()) expect(text).toContain(s.title ?? 'No title recorded');
  });

  it('downloads a CSV of every claim in view', async () => {
    const { neighborhood } = await query(server.url, VIEW, { id: troops.id, asOf: AS_OF });
    const expected = new Set<string>();
    const texts = new Map<string, string>();
    for (const e of neighborhood.edges) {
      for (const c of e.claims) {
        expected.add(c.id);
        texts.set(c.id, c.text);
      }
      for (const d of e.disputes) for (const c of d.claims) expected.add(c.id);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    expect(download.suggestedFilename()).toBe(`workbench-claims-as-of-${AS_OF}.csv`);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    const [header, ...body] = rows;
    expect(header).toEqual(expect.arrayContaining(['claim_id', 'subject', 'predicate', 'object', 'reporter', 'source_title', 'outlet', 'published', 'url', 'review', 'excerpt']));
    const id = header!.indexOf('claim_id');
    const excerpt = header!.indexOf('excerpt');
    expect(new Set(body.map((r) => r[id]))).toEqual(expected);
    for (const r of body) if (texts.has(r[id]!)) expect(r[excerpt]).toBe(texts.get(r[id]!));
    for (const r of body) expect(r.length).toBe(header!.length);
  });
});
