import type { Page } from 'playwright-core';

/**
 * Driving the workbench page: waiting for the view to settle and clicking what Cytoscape draws on
 * its canvas, at the places Cytoscape says the elements are. The page exposes its controller and
 * graph as `window.workbench` (ui/src/main.ts).
 */

/**
 * How long a view may take to settle. Generous: the suites share two cores with Neo4j and each
 * other, and a first view right after a server starts has been seen to take over 20 s.
 */
export const VIEW_TIMEOUT = 60_000;

/** A GraphQL request to the server under test, for the answers the page must show. */
export async function query<T = any>(url: string, document: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`expected the API to answer, but it failed: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/**
 * Polls an expression in the page until it is true. `page.evaluate` of a string goes through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern; an expression
 * evaluated by page code (`new Function`, or `waitForFunction` with a string) is refused by it.
 */
export async function pollExpression(page: Page, expression: string, timeout = VIEW_TIMEOUT, what = expression): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(expression)) return;
    if (Date.now() > deadline) throw new Error(`expected the page to satisfy ${what.slice(0, 300)} within ${timeout} ms, but it did not`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the page is not loading and the graph holds what `check` expects (an expression over `cy` and `document`). */
export async function waitForView(page: Page, check: string = 'true', timeout = VIEW_TIMEOUT): Promise<void> {
  const predicate = `(() => {
    const w = globalThis;
    if (!w.workbench || w.document.body.dataset.view !== 'ready') return false;
    if (w.document.getElementById('graph').getAttribute('aria-busy') !== 'false') return false;
    const cy = w.workbench.graph.cy;
    const document = w.document;
    return Boolean(${check});
  })()`;
  await pollExpression(page, predicate, timeout, check);
}

/** The names of the entities drawn. */
export function nodeNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as any).workbench.graph.cy.nodes().map((n: any) => n.data('name')).sort());
}

export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as any).workbench.graph.cy.nodes().map((n: any) => n.id()).sort());
}

export function edgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as any).workbench.graph.cy.edges().map((e: any) => e.id()).sort());
}

/** Clicks an entity on the canvas, where Cytoscape drew it. */
export async function clickNode(page: Page, name: string): Promise<void> {
  const point = await page.evaluate((wanted: string) => {
    const cy = (globalThis as any).workbench.graph.cy;
    const node = cy.nodes().filter((n: any) => n.data('name') === wanted)[0];
    if (!node) throw new Error(`expected a node named ${wanted} on the canvas, but there is none`);
    const p = node.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, name);
  await page.mouse.click(point.x, point.y);
}

/** Clicks a fact on the canvas: a point on its line that no node covers. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((wanted: string) => {
    const cy = (globalThis as any).workbench.graph.cy;
    const edge = cy.getElementById(wanted);
    if (edge.empty()) throw new Error(`expected the edge ${wanted} on the canvas, but it is not there`);
    const box = cy.container().getBoundingClientRect();
    const s = edge.sourceEndpoint();
    const t = edge.targetEndpoint();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const covered = (x: number, y: number) =>
      cy.nodes().some((n: any) => {
        const b = n.renderedBoundingBox({ includeLabels: true });
        return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4;
      });
    // The midpoint lies on the drawn curve; the others are on the chord, right for a straight edge.
    const candidates = [edge.midpoint(), ...[0.4, 0.6, 0.3, 0.7].map((f) => ({ x: s.x + (t.x - s.x) * f, y: s.y + (t.y - s.y) * f }))];
    for (const c of candidates) {
      const x = c.x * zoom + pan.x;
      const y = c.y * zoom + pan.y;
      if (!covered(x, y)) return { x: box.left + x, y: box.top + y };
    }
    throw new Error(`expected a free point on the edge ${wanted}, but nodes cover all of it`);
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Whether the element with focus shows a visible focus ring (outline or box shadow). */
export function focusIsVisible(page: Page): Promise<{ tag: string; visible: boolean; outline: string }> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    const el = doc.activeElement;
    const style = (globalThis as any).getComputedStyle(el);
    const width = parseFloat(style.outlineWidth) || 0;
    const visible = (style.outlineStyle !== 'none' && width >= 2) || (style.boxShadow && style.boxShadow !== 'none');
    return { tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`, visible: Boolean(visible), outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
  });
}
