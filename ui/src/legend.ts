/**
 * The legend: every entity kind with its colour and shape, the relationship types in view with
 * their colour and line, and the marks (disputed, unattributed, truncated, path). It is drawn from
 * the same tables as the graph's stylesheet (graphStyle.ts).
 */
import { h } from './dom';
import { DISPUTED_COLOR, EDGE_MARKS, KIND_STYLES, PATH_COLOR, TYPE_STYLES, UNKNOWN_TYPE, type KindStyle, type LineStyle, type NodeShape } from './graphStyle';
import { ENTITY_KINDS, humanize } from './vocabulary';

const SVG = 'http://www.w3.org/2000/svg';

function svg(width: number, height: number, ...children: SVGElement[]): SVGSVGElement {
  const el = document.createElementNS(SVG, 'svg');
  el.setAttribute('width', String(width));
  el.setAttribute('height', String(height));
  el.setAttribute('viewBox', `0 0 ${width} ${height}`);
  el.setAttribute('aria-hidden', 'true');
  el.append(...children);
  return el;
}

function shape(name: NodeShape, fill: string, stroke = '#ffffff', dash = ''): SVGElement {
  const points: Partial<Record<NodeShape, string>> = {
    hexagon: '4,8 8,2 16,2 20,8 16,14 8,14',
    diamond: '12,1 21,8 12,15 3,8',
    'round-triangle': '12,1 21,15 3,15',
    octagon: '8,1 16,1 21,5 21,11 16,15 8,15 3,11 3,5',
  };
  let el: SVGElement;
  if (name === 'ellipse') {
    el = document.createElementNS(SVG, 'circle');
    el.setAttribute('cx', '12');
    el.setAttribute('cy', '8');
    el.setAttribute('r', '7');
  } else if (name === 'round-rectangle') {
    el = document.createElementNS(SVG, 'rect');
    el.setAttribute('x', '3');
    el.setAttribute('y', '2');
    el.setAttribute('width', '18');
    el.setAttribute('height', '12');
    el.setAttribute('rx', '3');
  } else {
    el = document.createElementNS(SVG, 'polygon');
    el.setAttribute('points', points[name] ?? '');
  }
  el.setAttribute('fill', fill);
  el.setAttribute('stroke', stroke);
  el.setAttribute('stroke-width', '2');
  if (dash) el.setAttribute('stroke-dasharray', dash);
  return el;
}

function line(color: string, style: LineStyle | readonly number[], width = 3, underlay?: string): SVGSVGElement {
  const parts: SVGElement[] = [];
  if (underlay) {
    const glow = document.createElementNS(SVG, 'line');
    Object.entries({ x1: '2', y1: '8', x2: '26', y2: '8', stroke: underlay, 'stroke-width': '9', 'stroke-opacity': '0.5' }).forEach(([k, v]) => glow.setAttribute(k, v));
    parts.push(glow);
  }
  const el = document.createElementNS(SVG, 'line');
  Object.entries({ x1: '2', y1: '8', x2: '26', y2: '8', stroke: color, 'stroke-width': String(width) }).forEach(([k, v]) => el.setAttribute(k, v));
  if (Array.isArray(style)) el.setAttribute('stroke-dasharray', style.join(' '));
  if (style === 'dashed') el.setAttribute('stroke-dasharray', '6 3');
  if (style === 'dotted') el.setAttribute('stroke-dasharray', '2 3');
  if (Array.isArray(style) && style[0] === 1) el.setAttribute('stroke-linecap', 'round');
  parts.push(el);
  return svg(28, 16, ...parts);
}

function item(symbol: SVGSVGElement, text: string, title?: string): HTMLLIElement {
  return h('li', { title: title ?? null }, symbol, h('span', {}, text));
}

/**
 * The legend, with a button that collapses it to its title (the graph then takes its room). The
 * choice is kept for the tab; narrow windows start with it collapsed.
 */
export function renderLegend(root: HTMLElement, typesInView: ReadonlySet<string>): void {
  const stored = sessionStorage.getItem('kg-legend');
  const collapsed = stored === null ? window.innerWidth < 1100 : stored === 'collapsed';
  const toggle = h('button', { type: 'button', id: 'legend-toggle', class: 'legend-toggle', 'aria-expanded': String(!collapsed), 'aria-controls': 'legend-body' }, collapsed ? 'Legend ▸' : 'Legend ▾');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    sessionStorage.setItem('kg-legend', open ? 'open' : 'collapsed');
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Legend ▾' : 'Legend ▸';
    body.hidden = !open;
    root.closest('.graph-wrap')?.classList.toggle('legend-collapsed', !open);
    window.dispatchEvent(new Event('resize'));
  });
  const body = h('div', { id: 'legend-body' });
  body.hidden = collapsed;
  root.closest('.graph-wrap')?.classList.toggle('legend-collapsed', collapsed);
  fillLegend(body, typesInView);
  root.replaceChildren(h('h2', { class: 'legend-title' }, toggle), body);
}

function fillLegend(root: HTMLElement, typesInView: ReadonlySet<string>): void {
  const kinds = ENTITY_KINDS.map((k) => {
    const s = KIND_STYLES.get(k.name) as KindStyle;
    return item(svg(24, 16, shape(s.shape, s.color)), humanize(k.name), k.description || undefined);
  });
  const types = [...TYPE_STYLES].filter(([t]) => typesInView.has(t)).map(([t, s]) => item(line(s.color, s.line), humanize(t).toLowerCase()));
  const unknown = [...typesInView].filter((t) => !TYPE_STYLES.has(t)).map((t) => item(line(UNKNOWN_TYPE.color, UNKNOWN_TYPE.line), t));
  root.replaceChildren(
    h('h3', {}, 'Entities'),
    h('ul', { class: 'legend-kinds' }, ...kinds),
    h('h3', {}, 'Facts in view'),
    types.length + unknown.length ? h('ul', { class: 'legend-types' }, ...types, ...unknown) : h('p', { class: 'muted' }, 'none'),
    h('h3', {}, 'Marks'),
    h(
      'ul',
      { class: 'legend-marks' },
      ...EDGE_MARKS.map((m) => item(line(m.color, m.dash, m.cls === 'unattributed' ? 4 : 3, m.cls === 'disputed' ? DISPUTED_COLOR : undefined), m.label)),
      h('li', {}, h('span', { class: 'legend-quantity', 'aria-hidden': 'true' }, '· 10k'), h('span', {}, 'a fact’s quantity, on its label')),
      item(line('#555', 'solid', 1), 'width = confidence'),
      item(svg(24, 16, shape('ellipse', '#bbbbbb', '#1d1d1f')), 'view centre'),
      item(svg(24, 16, shape('ellipse', '#bbbbbb', '#f77f00', '3 2')), 'truncated: more to see'),
      item(line('#555', 'solid', 3, PATH_COLOR), 'on a path'),
    ),
  );
}
