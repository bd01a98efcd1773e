import type { Browser, Page } from 'playwright-core';
import { signDevToken } from '../../src/auth';
import { DEFAULT_LIMITS, type Config } from '../../src/config';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { axe, NARROW, newPage, serious, shot, waitForProfile, WIDE } from './support/session';
import { pollExpression, query, waitForView } from './support/workbench';

// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);
/**
 * Issue 14 §5, places on a map: the workbench's map view draws the entities in view at their
 * coordinates (the equirectangular projection of ui/src/mapProjection.ts), the countries in view by
 * their shape, and the facts between placed entities as lines in their type's colour; entities
 * with no place are listed. Clicking or pressing a place selects it as tapping its node does; the
 * as-of control redraws the map; the toggle is kept in the URL.
 *
 * It writes its places through the API (upsertEntity with coordinates, recordSource, assertClaim),
 * so it has a Neo4j of its own, holding only what it writes: the shared seed database stays as other
 * suites expect it.
 */
const auth: Config['auth'] = { jwtSecret: 'a-workbench-map-secret-long-enough-0123456789', jwksUrl: null, issuer: null, audience: null, anonymousRead: true };

const HILL = { kind: 'LOCATION', name: 'Maptest Hill', coordinates: { latitude: 51.5, longitude: 36.0 } };
const BATTALION = { kind: 'ARMED_FORCE', name: 'Maptest Battalion', coordinates: { latitude: 50.0, longitude: 36.25 } };
const COMMANDER = { kind: 'PERSON', name: 'Maptest Commander' };
/** A country, with no coordinates: the map draws it by its shape. */
const RUSSIA = { kind: 'COUNTRY', name: 'Russia', aliases: [{ name: 'Russian Federation' }] };
/** The older source: the hill is in Russia, the commander on the hill. The newer one: the battalion attacked the hill. */
const OLD_SOURCE = { url: 'https://maptest.example/2024/10/01/hill', title: 'Maptest: the hill', publishedAt: '2024-10-01' };
const NEW_SOURCE = { url: 'https://maptest.example/2024/12/20/attack', title: 'Maptest: the attack', publishedAt: '2024-12-20' };
/** A day between the two publications: the attack is not known yet. */
const BEFORE_ATTACK = '2024-11-15';

let scratch: ScratchNeo4j;
let db: Database;
let server: RunningServer;
let browser: Browser;
let page: Page;
let project: (longitude: number, latitude: number) => { x: number; y: number };
const ids: Record<'hill' | 'battalion' | 'commander' | 'russia', string> = { hill: '', battalion: '', commander: '', russia: '' };
let locatedIn: string;
let attacked: string;
/** The commander on the hill: one end (the commander) has no place. */
let onHill: string;

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  // ui/ is an ES module package: imported, not required.
  ({ project } = await import('../../ui/src/mapProjection.js'));
  scratch = await startScratchNeo4j('workbench-map');
  db = openDatabase(scratch.uri);
  // A cold scratch Neo4j on a loaded machine answers its first writes slowly.
  server = await startTestServer(db, { auth, limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 150_000 } });
  const token = await signDevToken(auth, { role: 'analyst', subject: 'map-e2e' });
  const write = (document: string, variables: Record<string, unknown>) => query(server.url, document, variables, token);
  const upsert = async (input: Record<string, unknown>) => (await write('mutation($i: EntityInput!) { upsertEntity(input: $i) { id } }', { i: input })).upsertEntity.id as string;
  ids.hill = await upsert(HILL);
  ids.battalion = await upsert(BATTALION);
  ids.commander = await upsert(COMMANDER);
  ids.russia = await upsert(RUSSIA);
  const source = async (input: Record<string, unknown>) => (await write('mutation($i: SourceInput!) { recordSource(input: $i) { id } }', { i: input })).recordSource.id as string;
  const oldSource = await source(OLD_SOURCE);
  const newSource = await source(NEW_SOURCE);
  const claim = (input: Record<string, unknown>) => write('mutation($i: ClaimInput!) { assertClaim(input: $i) { id } }', { i: { credibility: 2, ...input } });
  await claim({ sourceId: oldSource, subjectId: ids.hill, predicate: 'LOCATED_IN', objectId: ids.russia, excerpt: 'Maptest Hill lies in Russia.' });
  await claim({ sourceId: oldSource, subjectId: ids.commander, predicate: 'LOCATED_IN', objectId: ids.hill, excerpt: 'The commander was seen on Maptest Hill.' });
  await claim({ sourceId: newSource, subjectId: ids.battalion, predicate: 'ATTACKED', objectId: ids.hill, excerpt: 'Maptest Battalion attacked the hill.' });
  const { entity } = await query(server.url, 'query($id: ID!) { entity(id: $id) { relationships(first: 10) { edges { node { id type from { id } to { id } } } } } }', { id: ids.hill });
  const facts = entity.relationships.edges.map((e: any) => e.node);
  locatedIn = facts.find((f: any) => f.type === 'LOCATED_IN' && f.to.id === ids.russia).id;
  attacked = facts.find((f: any) => f.type === 'ATTACKED').id;
  onHill = facts.find((f: any) => f.type === 'LOCATED_IN' && f.from.id === ids.commander).id;
  browser = await launchChromium();
  page = await newPage(browser, WIDE);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
  await scratch?.stop();
});

/** Waits until the map has drawn the view (after the graph has). */
async function mapDrawn(p: Page, check = 'true'): Promise<void> {
  await waitForView(p);
  await pollExpression(p, `(() => { const map = document.getElementById('map'); return !map.hidden && map.dataset.ready === 'true' && map.getAttribute('aria-busy') === 'false' && (${check}); })()`);
}

const attr = (p: Page, selector: string, name: string) => p.locator(selector).getAttribute(name);

describe('the map view', () => {
  it('opens from the URL and draws each placed entity at its projected coordinates', async () => {
    await page.goto(`${server.url}/?entity=${ids.hill}&show=map`);
    await mapDrawn(page, `document.querySelectorAll('#map .map-point').length === 2`);
    await expect(attr(page, '#show-map', 'aria-pressed')).resolves.toBe('true');
    for (const [id, place] of [
      [ids.hill, HILL],
      [ids.battalion, BATTALION],
    ] as const) {
      const want = project(place.coordinates.longitude, place.coordinates.latitude);
      const dot = `#map circle.map-point[data-entity-id="${id}"]`;
      expect(Number(await attr(page, dot, 'cx'))).toBeCloseTo(want.x, 3);
      expect(Number(await attr(page, dot, 'cy'))).toBeCloseTo(want.y, 3);
      await expect(attr(page, dot, 'aria-label')).resolves.toContain(place.name);
    }
    // The two points sit apart on screen, the hill north of the battalion (a smaller y).
    const hill = await page.locator(`#map circle[data-entity-id="${ids.hill}"]`).boundingBox();
    const battalion = await page.locator(`#map circle[data-entity-id="${ids.battalion}"]`).boundingBox();
    expect(hill!.y).toBeLessThan(battalion!.y);
    // Framed with Russia, the two are closer on screen than a name is tall: the hill, the view's
    // entity, is named, and the battalion's name, which would overlap it, is left to its hover.
    await expect(page.locator('#map text.map-label').allTextContents()).resolves.toEqual([HILL.name]);
  });

  it('highlights the country in view by its shape, and only it', async () => {
    const shape = page.locator('#map path.map-country.in-view');
    await expect(shape.count()).resolves.toBe(1);
    await expect(shape.getAttribute('data-country')).resolves.toBe('Russia');
    await expect(shape.getAttribute('data-entity-id')).resolves.toBe(ids.russia);
    // Drawn in another colour than the countries not in view.
    const fills = await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const fill = (sel: string) => (globalThis as any).getComputedStyle(doc.querySelector(sel)).fill;
      return { inView: fill('#map path.in-view'), other: fill('#map path.map-country[data-country="Ukraine"]') };
    });
    expect(fills.inView).not.toBe(fills.other);
  });

  it('draws the facts between placed entities as lines in their type’s colour, and lists what has no place', async () => {
    for (const id of [attacked]) {
      const colours = await page.evaluate((edge: string) => {
        const w = globalThis as any;
        const line = w.document.querySelector(`#map line.map-fact[data-edge-id="${edge}"]`);
        const drawn = w.workbench.graph.cy.getElementById(edge);
        return { map: line ? w.getComputedStyle(line).stroke : null, graph: drawn.nonempty() ? drawn.style('line-color') : null };
      }, id);
      expect(colours.map).not.toBeNull();
      expect(colours.map!.replace(/\s/g, '')).toBe(colours.graph!.replace(/\s/g, ''));
    }
    // The line of the attack runs from the battalion's point to the hill's.
    const line = `#map line[data-edge-id="${attacked}"]`;
    const from = project(BATTALION.coordinates.longitude, BATTALION.coordinates.latitude);
    const to = project(HILL.coordinates.longitude, HILL.coordinates.latitude);
    expect([Number(await attr(page, line, 'x1')), Number(await attr(page, line, 'y1')), Number(await attr(page, line, 'x2')), Number(await attr(page, line, 'y2'))]).toEqual([from.x, from.y, to.x, to.y]);
    // The commander has no coordinates: listed, and the fact that puts him on the hill is a ring
    // around the hill, in its type's colour.
    await expect(page.locator('#map-offmap .map-offmap-count').textContent()).resolves.toMatch(
      /Not on the map: 1 entity \(no coordinates, and not a country of the base map\); 1 of 3 facts are rings around their one end with a place; 1 of 3 facts place a point in a country, and are drawn as the point on its shape, not as a line\.$/,
    );
    await expect(page.locator(`#map-offmap [data-node-id="${ids.commander}"]`).textContent()).resolves.toContain(COMMANDER.name);
    const ring = `#map circle.map-fact-ring[data-edge-id="${onHill}"]`;
    const hill = project(HILL.coordinates.longitude, HILL.coordinates.latitude);
    expect([Number(await attr(page, ring, 'cx')), Number(await attr(page, ring, 'cy'))]).toEqual([hill.x, hill.y]);
    expect(Number(await attr(page, ring, 'r'))).toBeGreaterThan(Number(await attr(page, `#map circle.map-point[data-entity-id="${ids.hill}"]`, 'r')));
    await expect(page.locator(`${ring} title`).textContent()).resolves.toBe(`${COMMANDER.name} — located in → ${HILL.name} (at ${HILL.name}; ${COMMANDER.name} has no place)`);
    await expect(page.locator('#map').getAttribute('data-rings')).resolves.toBe('1');
    await expect(page.locator('#map').getAttribute('data-lines')).resolves.toBe('1');
    await waitForProfile(page, ids.hill);
    await page.locator('#timeline-chart .tl-button').first().waitFor();
    await shot(page, 'map-1440');
  });

  it('draws no line from a place to the country it is located in: the point on the shape says it', async () => {
    // A feed locates every place it names; a country's hundred places would each draw a spoke to its middle.
    await expect(page.locator(`#map line[data-edge-id="${locatedIn}"]`).count()).resolves.toBe(0);
    await expect(page.locator('#map').getAttribute('data-inside')).resolves.toBe('1');
    await expect(page.locator('#map-svg').getAttribute('aria-label')).resolves.toMatch(/1 fact drawn as lines, 1 as rings around their place, 1 as places on their country's shape$/);
    // The fact is still in the view: the graph draws it as an edge.
    await expect(page.evaluate((edge: string) => (globalThis as any).workbench.graph.cy.getElementById(edge).nonempty(), locatedIn)).resolves.toBe(true);
  });

  it("opens a fact's evidence when its ring is clicked, as its line or edge does", async () => {
    // On its stroke, right of the hill's point: the point inside stays the hill's.
    const box = await page.locator(`#map circle.map-fact-ring[data-edge-id="${onHill}"]`).boundingBox();
    await page.mouse.click(box!.x + box!.width - 1, box!.y + box!.height / 2);
    await page.waitForFunction((want: string) => new URL((globalThis as any).location.href).searchParams.get('edge') === want, onHill);
    await mapDrawn(page, `document.querySelector('#map circle.map-fact-ring[data-edge-id="${onHill}"]')?.classList.contains('selected')`);
    await page.goto(`${server.url}/?entity=${ids.hill}&show=map`);
    await mapDrawn(page, `document.querySelectorAll('#map .map-point').length === 2`);
  });

  it('selects a place clicked on the map, as tapping its node does: its panel opens', async () => {
    await page.locator(`#map circle.map-point[data-entity-id="${ids.battalion}"]`).click();
    await waitForProfile(page, ids.battalion);
    await expect(page.locator('#panel h2').first().textContent()).resolves.toContain(BATTALION.name);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(ids.battalion);
    expect(new URL(page.url()).searchParams.get('show')).toBe('map');
    await mapDrawn(page, `document.querySelector('#map circle[data-entity-id="${ids.battalion}"]')?.classList.contains('selected')`);
  });

  it('selects a place from the keyboard: Enter on the focused point or country', async () => {
    await page.locator(`#map circle.map-point[data-entity-id="${ids.hill}"]`).focus();
    await page.keyboard.press('Enter');
    await waitForProfile(page, ids.hill);
    await expect(page.locator('#panel h2').first().textContent()).resolves.toContain(HILL.name);
    // A country's shape is a button too.
    await page.locator(`#map path.in-view[data-entity-id="${ids.russia}"]`).focus();
    await page.keyboard.press('Enter');
    await waitForProfile(page, ids.russia);
  });

  it('follows the as-of control: before the attack was published, its line is gone and the rest stays', async () => {
    await page.goto(`${server.url}/?entity=${ids.hill}&show=map`);
    await mapDrawn(page, `document.querySelectorAll('#map line.map-fact').length === 1`);
    await page.locator('#as-of-date').fill(BEFORE_ATTACK);
    await page.locator('#as-of-date').dispatchEvent('change');
    await page.waitForFunction((want: string) => new URL((globalThis as any).location.href).searchParams.get('asOf') === want, BEFORE_ATTACK);
    await mapDrawn(page, `!document.querySelector('#map line[data-edge-id="${attacked}"]')`);
    // The hill was already known to be in Russia.
    await expect(page.locator('#map').getAttribute('data-inside')).resolves.toBe('1');
    // The battalion had no fact then, so it left the view and the map.
    await expect(page.locator(`#map circle[data-entity-id="${ids.battalion}"]`).count()).resolves.toBe(0);
    await expect(page.locator(`#map circle[data-entity-id="${ids.hill}"]`).count()).resolves.toBe(1);
    await page.locator('#as-of-latest').click();
    await mapDrawn(page, `document.querySelector('#map line[data-edge-id="${attacked}"]') !== null`);
  });

  it('zooms with its buttons and the keyboard, and fits back to the places', async () => {
    const width = async () => Number((await attr(page, '#map-svg', 'viewBox'))!.split(' ')[2]);
    const fitted = await width();
    await page.locator('#map .map-zoom button', { hasText: '+' }).click();
    await pollExpression(page, `Number(document.getElementById('map-svg').getAttribute('viewBox').split(' ')[2]) < ${fitted}`);
    await page.locator(`#map circle[data-entity-id="${ids.hill}"]`).focus();
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await pollExpression(page, `Number(document.getElementById('map-svg').getAttribute('viewBox').split(' ')[2]) > ${fitted}`);
    // The point keeps the focus through the redraw.
    await expect(page.evaluate(() => (globalThis as any).document.activeElement.getAttribute('data-entity-id'))).resolves.toBe(ids.hill);
    await page.locator('#map .map-zoom button', { hasText: 'Fit' }).click();
    await pollExpression(page, `Number(document.getElementById('map-svg').getAttribute('viewBox').split(' ')[2]) === ${fitted}`);
  });

  it('zooms with the wheel around the pointer, naming the places it spreads apart, and pans by dragging without selecting the place the drag ends on', async () => {
    const widthNow = `Number(document.getElementById('map-svg').getAttribute('viewBox').split(' ')[2])`;
    const fitted = Number((await attr(page, '#map-svg', 'viewBox'))!.split(' ')[2]);
    const centre = async (id: string) => {
      const box = await page.locator(`#map circle.map-point[data-entity-id="${id}"]`).boundingBox();
      return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
    };
    const near = (a: { x: number; y: number }, b: { x: number; y: number }) => expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(3);
    // The battalion is off the centre of the fitted frame: zooming around it keeps it where it is.
    const before = await centre(ids.battalion);
    await page.mouse.move(before.x, before.y);
    await page.mouse.wheel(0, -400);
    await mapDrawn(page, `${widthNow} < ${fitted}`);
    near(await centre(ids.battalion), before);
    // Zoomed in, the two are far enough apart on screen for both names, and none overlaps another.
    await expect(page.locator('#map text.map-label').allTextContents()).resolves.toEqual(expect.arrayContaining([HILL.name, BATTALION.name]));
    const labels = await page.locator('#map text.map-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
    // Dragging from the hill moves the map with the pointer; the hill ends under it, unselected.
    const focus = new URL(page.url()).searchParams.get('focus');
    const hill = await centre(ids.hill);
    await page.mouse.move(hill.x, hill.y);
    await page.mouse.down();
    await page.mouse.move(hill.x + 60, hill.y + 20, { steps: 5 });
    await page.mouse.move(hill.x + 120, hill.y + 40, { steps: 5 });
    await page.mouse.up();
    await mapDrawn(page);
    near(await centre(ids.hill), { x: hill.x + 120, y: hill.y + 40 });
    expect(new URL(page.url()).searchParams.get('focus')).toBe(focus);
    await page.locator('#map .map-zoom button', { hasText: 'Fit' }).click();
    await mapDrawn(page, `${widthNow} === ${fitted}`);
  });

  it('toggles between graph and map, kept in the URL', async () => {
    await page.locator('#show-graph').click();
    await page.waitForFunction(() => !new URL((globalThis as any).location.href).searchParams.has('show'));
    await expect(page.locator('#map').isHidden()).resolves.toBe(true);
    await expect(page.locator('#graph').isVisible()).resolves.toBe(true);
    await page.locator('#show-map').click();
    await page.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('show') === 'map');
    await mapDrawn(page);
    // The keyboard shortcut m does the same.
    await page.locator('#show-map').focus();
    await page.keyboard.press('m');
    await page.waitForFunction(() => !new URL((globalThis as any).location.href).searchParams.has('show'));
  });

  it("shows on a country's timeline what happened at the places in it, not that they are in it", async () => {
    await page.goto(`${server.url}/?entity=${ids.russia}&show=map`);
    await mapDrawn(page);
    const { timeline } = await query(server.url, 'query($id: ID!) { timeline(entityId: $id, places: true, first: 100) { edges { node { id predicate subject { id } } } } }', { id: ids.russia });
    // The battalion's attack on the hill and the commander on the hill; not the hill in Russia.
    expect(timeline.edges.map((e: any) => `${e.node.predicate} ${e.node.subject.id}`).sort()).toEqual([`ATTACKED ${ids.battalion}`, `LOCATED_IN ${ids.commander}`].sort());
    // The strip orders claims with no valid time by publication, not as the API pages them.
    const want = timeline.edges.map((e: any) => e.node.id).sort();
    await page.waitForFunction(
      ({ id, claims }: { id: string; claims: string[] }) => {
        const chart = (globalThis as any).document.getElementById('timeline-chart');
        const rows = [...chart.querySelectorAll('.tl-button')].map((b: any) => b.dataset.claimId).sort();
        return chart.dataset.follows === `entity:${id}` && chart.getAttribute('aria-busy') === 'false' && JSON.stringify(rows) === JSON.stringify(claims);
      },
      { id: ids.russia, claims: want },
    );
    await expect(page.locator('#timeline-of').textContent()).resolves.toContain('Russia and the places in it');
  });

  it('finds nothing serious with axe-core, at 1440 and 800 px', async () => {
    for (const viewport of [WIDE, NARROW]) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/?entity=${ids.hill}&show=map`);
      await mapDrawn(page, `document.querySelectorAll('#map .map-point').length === 2`);
      const bad = serious(await axe(page));
      if (bad.length) throw new Error(`expected no serious or critical axe violations in the map view at ${viewport.width} px, but found:\n${JSON.stringify(bad, null, 2)}`);
    }
    await page.setViewportSize(WIDE);
  });
});
