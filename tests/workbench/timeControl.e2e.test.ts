import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { entityId, newPage, openBySearch, shot, WIDE } from './support/session';
import { edgeIds, query, waitForView } from './support/workbench';


// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);
/**
 * Issue 13 §4, a time control people can use, and a real timeline, on the analyst fixture (six
 * publication dates from 2024-11-05 to 2025-02-01): the as-of axis spans the publication dates with
 * a histogram of claims; date input, previous and next publication and playback move it; "what
 * changed" lists the claims learned between two dates; the valid-time window keeps undated facts
 * unless asked otherwise; the timeline has a time axis, bars, publication marks and marks for
 * unattributed, denied and disputed claims, and follows the open fact or entity.
 */
let db: Database;
let server: RunningServer;
let browser: Browser;
let page: Page;
let dates: Array<{ date: string; claimCount: number }>;
let troops: { id: string; name: string };

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  db = openDatabase(process.env.NEO4J_ANALYST_URI);
  server = await startTestServer(db);
  browser = await launchChromium();
  page = await newPage(browser, WIDE);
  dates = (await query(server.url, '{ publicationDates { date claimCount } }')).publicationDates;
  troops = await entityId(server.url, 'North Korean troops', ['ARMED_FORCE']);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

const asOfShown = (p: Page) => p.locator('#as-of-out').textContent();
const asOfInUrl = (p: Page) => new URL(p.url()).searchParams.get('asOf');

async function settled(p: Page, asOf: string | null): Promise<void> {
  await p.waitForFunction((want: string | null) => new URL((globalThis as any).location.href).searchParams.get('asOf') === want, asOf);
  await waitForView(p);
}

describe('the as-of axis', () => {
  it('reads the publication dates once on the first load: the capability probe’s answer sets the axis', async () => {
    const fresh = await newPage(browser, WIDE);
    const documents: string[] = [];
    fresh.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') documents.push(r.postData() ?? '');
    });
    await fresh.goto(`${server.url}/`);
    await fresh.waitForFunction(() => (globalThis as any).document.body.dataset.view === 'ready');
    await expect(fresh.locator('#as-of-histogram rect.bar').count()).resolves.toBe(dates.length);
    expect(documents.filter((d) => d.includes('publicationDates')).length).toBe(1);
    await fresh.close();
  });

  it('spans the publication dates, with one histogram bar of claims per date', async () => {
    expect(dates.length).toBeGreaterThan(3);
    await openBySearch(page, server.url, 'North Korean troops', troops);
    const bars = await page.locator('#as-of-histogram rect.bar').evaluateAll((rects) => rects.map((r) => ({ date: r.getAttribute('data-date'), claimCount: Number(r.getAttribute('data-count')) })));
    expect(bars).toEqual(dates);
    // A week before the first publication, to the last, then "latest".
    const range = await page.locator('#as-of').evaluate((el: any) => ({ min: Number(el.min), max: Number(el.max) }));
    const days = (Date.parse(dates.at(-1)!.date) - Date.parse(dates[0]!.date)) / 86_400_000;
    expect(range.max - range.min).toBe(days + 7 + 1);
    await expect(page.locator('#as-of-scale').textContent()).resolves.toContain(`${dates[0]!.date} to ${dates.at(-1)!.date}`);
    // The first bar sits near the left, the last near the right: the data fills the axis.
    const box = await page.locator('#as-of-histogram').boundingBox();
    const first = await page.locator('#as-of-histogram rect.bar').first().boundingBox();
    const last = await page.locator('#as-of-histogram rect.bar').last().boundingBox();
    expect(first!.x - box!.x).toBeLessThan(box!.width * 0.15);
    expect(last!.x - box!.x).toBeGreaterThan(box!.width * 0.8);
    await shot(page, 'time-control-1440');
  });

  it('steps to the previous and next publication, by button and by [ and ]', async () => {
    await page.locator('#as-of-prev').click();
    await settled(page, dates.at(-1)!.date);
    await page.locator('#as-of-prev').click();
    await settled(page, dates.at(-2)!.date);
    await expect(asOfShown(page)).resolves.toBe(dates.at(-2)!.date);
    await page.locator('#as-of-next').click();
    await settled(page, dates.at(-1)!.date);
    await page.locator('#graph').focus();
    await page.keyboard.press('[');
    await settled(page, dates.at(-2)!.date);
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await settled(page, null);
    await expect(asOfShown(page)).resolves.toBe('latest');
  });

  it('takes a date typed in, and draws what the API knew then', async () => {
    const day = dates[1]!.date;
    await page.locator('#as-of-date').fill(day);
    await page.locator('#as-of-date').dispatchEvent('change');
    await settled(page, day);
    const { neighborhood } = await query(server.url, 'query($id: ID!, $asOf: String) { neighborhood(id: $id, asOf: $asOf) { edges { id: factId } } }', { id: troops.id, asOf: day });
    expect(await edgeIds(page)).toEqual(neighborhood.edges.map((e: { id: string }) => e.id).sort());
    // Bars of dates after the day are drawn as not yet known.
    const known = await page.locator('#as-of-histogram rect.bar.known').count();
    expect(known).toBe(dates.filter((d) => d.date <= day).length);
  });

  it('plays the publications in order, and pauses', async () => {
    await page.locator('#as-of-latest').click();
    await settled(page, null);
    await page.locator('#as-of-play').click();
    await expect(page.locator('#as-of-play').getAttribute('aria-pressed')).resolves.toBe('true');
    // From the first publication on, one date after another (each drawn before the next).
    await page.waitForFunction((want: string) => (globalThis as any).document.getElementById('as-of-out').textContent === want, dates[0]!.date);
    await page.waitForFunction((want: string) => (globalThis as any).document.getElementById('as-of-out').textContent > want, dates[0]!.date);
    await page.locator('#as-of-play').click();
    await expect(page.locator('#as-of-play').getAttribute('aria-pressed')).resolves.toBe('false');
    const stopped = await asOfShown(page);
    await page.waitForTimeout(2_000);
    await expect(asOfShown(page)).resolves.toBe(stopped);
    await page.locator('#as-of-latest').click();
    await settled(page, null);
  });

  it('lists what changed between two dates: the claims learned in between, as the API counts them', async () => {
    const after = dates[1]!.date;
    const by = dates[4]!.date;
    const { claims } = await query(
      server.url,
      'query($a: String, $b: String) { claims(filter: { knownAfter: $a, knownBy: $b }, first: 100) { totalCount edges { node { id attribution polarity status review { status } } } } }',
      { a: after, b: by },
    );
    expect(claims.totalCount).toBeGreaterThan(0);
    await page.locator('#changes-from').fill(after);
    await page.locator('#changes-to').fill(by);
    await page.locator('#changes-go').click();
    await page.locator('#changes-results .changes-count').waitFor();
    await expect(page.locator('#changes-results .changes-count').textContent()).resolves.toContain(`${claims.totalCount} claim${claims.totalCount === 1 ? '' : 's'} learned after ${after}, up to ${by}`);
    const listed = await page.locator('#changes-results [data-claim-id]').evaluateAll((els) => els.map((e) => (e as any).dataset.claimId).sort());
    expect(listed).toEqual(claims.edges.map((e: any) => e.node.id).sort());
    // Each says what sets it apart, as the API has it: a denial or a disputed claim is not plain news.
    const marksOf = (c: any) =>
      [
        c.attribution === 'UNATTRIBUTED' && 'unattributed',
        c.polarity === 'DENIED' && 'denied',
        c.status === 'DISPUTED' && 'disputed',
        c.status === 'RETRACTED' && 'retracted',
        c.review?.status === 'PENDING' && 'pending',
        c.review?.status === 'REJECTED' && 'rejected',
      ].filter(Boolean).join(' ');
    const shown = await page.locator('#changes-results [data-claim-id]').evaluateAll((els) => els.map((e) => [(e as any).dataset.claimId, (e as any).dataset.marks]));
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(claims.edges.map((e: any) => [e.node.id, marksOf(e.node)])));
    expect(shown.some(([, marks]) => marks !== '')).toBe(true);
  });
});

describe('the valid-time window', () => {
  it('keeps facts with no valid time unless asked otherwise', async () => {
    const window = { from: '2024-12', to: '2025-01' };
    const ask = (validDuring: unknown) =>
      query(server.url, 'query($id: ID!, $w: TimeWindow) { neighborhood(id: $id, validDuring: $w) { edges { id validFrom { iso } validTo { iso } } } }', { id: troops.id, w: validDuring });
    const inWindow = (await ask(window)).neighborhood.edges.map((e: any) => e.id);
    const undated = (await ask(null)).neighborhood.edges.filter((e: any) => !e.validFrom && !e.validTo).map((e: any) => e.id);
    expect(undated.length).toBeGreaterThan(0);
    await openBySearch(page, server.url, 'North Korean troops', troops);
    await page.waitForFunction(() => (globalThis as any).document.querySelector('#panel .profile') !== null);
    await page.locator('#valid-from').fill(window.from);
    await page.locator('#valid-from').dispatchEvent('change');
    await page.locator('#valid-to').fill(window.to);
    await page.locator('#valid-to').dispatchEvent('change');
    await page.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('to') === '2025-01');
    await waitForView(page);
    expect(await edgeIds(page)).toEqual([...new Set([...inWindow, ...undated])].sort());
    await page.locator('#window-undated').uncheck();
    await page.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('undated') === '0');
    await waitForView(page);
    expect(await edgeIds(page)).toEqual([...inWindow].sort());

    // The profile lists what the graph draws: the facts, claims and disputes of the window, as the API counts them.
    const counts = async (validDuring: unknown) =>
      query(
        server.url,
        'query($id: ID!, $w: TimeWindow, $asOf: String) { relationships(filter: { entityId: $id, validDuring: $w }, first: 1, asOf: $asOf) { totalCount } claims(filter: { entityId: $id, validDuring: $w }, first: 1, asOf: $asOf) { totalCount } disputes(entityId: $id, validDuring: $w, first: 1, asOf: $asOf) { totalCount } }',
        { id: troops.id, w: validDuring, asOf: asOfInUrl(page) },
      );
    const windowed = await counts({ ...window, keepUndated: false });
    const every = await counts(null);
    expect(windowed.relationships.totalCount).toBeLessThan(every.relationships.totalCount);
    expect(windowed.claims.totalCount).toBeLessThan(every.claims.totalCount);
    expect(windowed.disputes.totalCount).toBeGreaterThan(0);
    expect(windowed.disputes.totalCount).toBeLessThan(every.disputes.totalCount);
    const headings = (facts: string, claims: string, disputes: string) =>
      page.waitForFunction(
        ([f, c, d]: string[]) => {
          const text = (id: string) => (globalThis as any).document.getElementById(id)?.textContent;
          return text('profile-facts-h') === f && text('profile-claims-h') === c && text('profile-disputes-h') === d;
        },
        [facts, claims, disputes],
      );
    const valid = 'valid 2024-12 to 2025-01';
    await headings(`Facts (${windowed.relationships.totalCount}, ${valid})`, `Claims about it (${windowed.claims.totalCount}, ${valid})`, `Where sources disagree (${windowed.disputes.totalCount}, ${valid})`);

    await page.locator('#window-undated').check();
    await page.locator('#window-clear').click();
    await page.waitForFunction(() => !new URL((globalThis as any).location.href).searchParams.has('from'));
    await waitForView(page);
    await headings(`Facts (${every.relationships.totalCount})`, `Claims about it (${every.claims.totalCount})`, `Where sources disagree (${every.disputes.totalCount})`);
  });
});

describe('the timeline', () => {
  it('draws the entity’s claims on a time axis, with bars, publication marks and a mark on each unattributed claim', async () => {
    const { timeline } = await query(server.url, 'query($id: ID!) { timeline(entityId: $id, first: 100) { totalCount edges { node { id attribution polarity status validFrom { iso } validTo { iso } } } } }', { id: troops.id });
    const chart = page.locator('#timeline-chart');
    await page.waitForFunction((id: string) => (globalThis as any).document.getElementById('timeline-chart').dataset.follows === `entity:${id}`, troops.id);
    // The window of the test before is cleared: wait for the timeline of every claim.
    await page.waitForFunction((n: number) => (globalThis as any).document.querySelectorAll('#timeline-chart .tl-button').length === n, timeline.edges.length);
    expect(await chart.locator('.tl-tick').count()).toBeGreaterThan(1);
    const rows = await chart.locator('.tl-button').evaluateAll((els) => els.map((e) => (e as any).dataset.claimId));
    expect(new Set(rows)).toEqual(new Set(timeline.edges.map((e: any) => e.node.id)));
    expect(rows.length).toBe(new Set(rows).size); // no row twice
    for (const { node } of timeline.edges) {
      const row = chart.locator(`.tl-button[data-claim-id="${node.id}"]`);
      expect(await row.locator('.tl-pub').count()).toBe(1);
      expect(await row.locator('.tl-bar').count()).toBe(node.validFrom || node.validTo ? 1 : 0);
      expect(await row.locator('.tl-mark.unattributed').count()).toBe(node.attribution === 'UNATTRIBUTED' ? 1 : 0);
      expect(await row.locator('.tl-mark.disputed').count()).toBe(node.status === 'DISPUTED' ? 1 : 0);
      // A cut label has its whole text on hover.
      expect(await row.getAttribute('title')).toMatch(node.validFrom || node.validTo ? /; valid .* to .*; published \d{4}/ : /; no valid time; published \d{4}/);
    }
  });

  it('follows the open fact, its denial marked', async () => {
    const { relationships } = await query(server.url, 'query($id: ID!) { relationships(filter: { fromId: $id, types: [DEPLOYED_TO] }) { edges { node { id disputes { claims { id polarity } } } } } }', { id: troops.id });
    const fact = relationships.edges[0].node;
    const denial = fact.disputes.flatMap((d: any) => d.claims).find((c: any) => c.polarity === 'DENIED');
    await page.locator(`#elements-edges [data-edge-id="${fact.id}"]`).click();
    await page.waitForFunction((id: string) => (globalThis as any).document.getElementById('timeline-chart').dataset.follows === `edge:${id}`, fact.id);
    const row = page.locator(`#timeline-chart .tl-button[data-claim-id="${denial.id}"]`);
    await expect(row.locator('.tl-mark.denied').textContent()).resolves.toBe('✕');
    await expect(row.textContent()).resolves.toContain('denied'); // in words, for screen readers
    await page.locator('#timeline-chart').scrollIntoViewIfNeeded();
    await shot(page, 'timeline-fact-1440');
    // A row opens its claim in the panel, and the URL names it: a link to the view opens it again.
    await row.click();
    await page.locator(`#panel .claim[data-claim-id="${denial.id}"]`).waitFor();
    await page.waitForFunction((want: string) => new URL((globalThis as any).location.href).searchParams.get('claim') === want, denial.id);
    const shared = await newPage(browser, WIDE);
    try {
      await shared.goto(page.url());
      await shared.locator(`#panel .claim[data-claim-id="${denial.id}"]`).waitFor();
    } finally {
      await shared.close();
    }
    // Closing the panel takes the claim out of the URL.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL((globalThis as any).location.href).searchParams.has('claim'));
  });
});
