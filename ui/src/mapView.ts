/**
 * The map view: the entities and facts in view at their places, over an offline base map (the
 * Natural Earth 1:110m countries of the world-atlas package, bundled by Vite and loaded the first
 * time the map is shown; nothing is fetched from elsewhere). It draws from the same loaded view as
 * the graph, so the date controls and filters redraw it too.
 *
 * - Entities with coordinates are points (the colour of their kind).
 * - Country entities are their country's shape, highlighted (the matching rule is in
 *   mapProjection.ts: name or alias against the atlas's names).
 * - Facts between two placed entities are lines in their type's colour; a country's end is its
 *   coordinates when it has them, else the middle of its largest shape.
 * - Facts with one placed end (a force that attacked a village: forces have no coordinates) are
 *   rings in their type's colour around that end, so what happened at a place shows there.
 * - A place LOCATED_IN a country drawn as its shape is not joined to it by a line: the point on the
 *   shape says it (a feed locates every place it names, and a country's hundred places would each
 *   draw a spoke to its middle). Such facts are counted under the map.
 * - Entities with neither are listed under the map as "not on the map", with the facts they hide.
 *
 * Points and highlighted countries are buttons (Tab, Enter or Space): they select the entity as
 * tapping its node in the graph does.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { h } from './dom';
import { KIND_STYLES, TYPE_STYLES, UNKNOWN_KIND, UNKNOWN_TYPE } from './graphStyle';
import { CountryMatcher, MAP_HEIGHT, MAP_WIDTH, placeLabels, project, ringsAnchor, type MapPoint } from './mapProjection';
import type { Entity, Relationship } from './types';
import { humanize } from './vocabulary';

const SVG = 'http://www.w3.org/2000/svg';

export interface MapContent {
  nodes: Entity[];
  edges: Relationship[];
  /** The entity the panel is about (drawn as selected). */
  selected: string | null;
  /** The fact the panel shows (drawn as selected). */
  selectedEdge: string | null;
}

export interface MapHandlers {
  /** A place was clicked or pressed: the same as tapping its node. */
  onPlace(id: string): void;
  onFact(id: string): void;
}

interface AtlasCountry {
  name: string;
  /** SVG path data, in map units, already cut at the map's edges (see `polygonPath`). */
  path: string;
  anchor: MapPoint | null;
}

/** Loaded once, on the first show: the atlas is 100 kB that the graph view never needs. */
let atlasPromise: Promise<AtlasCountry[]> | null = null;

function loadAtlas(): Promise<AtlasCountry[]> {
  atlasPromise ??= import('world-atlas/countries-110m.json').then((module) => {
    const topology = module.default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topology, topology.objects.countries);
    return countries.features.map((f) => {
      const polygons = f.geometry.type === 'Polygon' ? [(f.geometry as Polygon).coordinates] : f.geometry.type === 'MultiPolygon' ? (f.geometry as MultiPolygon).coordinates : [];
      const rings = polygons.flatMap((p) => p.map(unwrapRing));
      const anchor = ringsAnchor(rings);
      return { name: f.properties?.name ?? '', path: polygons.map(polygonPath).join(''), anchor: anchor && { x: wrapX(anchor.x), y: anchor.y } };
    });
  });
  return atlasPromise;
}

/**
 * A ring in map units, its longitudes made continuous: a ring that crosses the antimeridian
 * (Russia, Fiji) runs past the map's edge instead of jumping across it; one that goes round a
 * pole (Antarctica) is closed along the pole.
 */
function unwrapRing(ring: Position[]): MapPoint[] {
  const out: MapPoint[] = [];
  let offset = 0;
  let previous: number | null = null;
  for (const [lon = 0, lat = 0] of ring) {
    if (previous !== null) {
      if (lon - previous > 180) offset -= 360;
      else if (lon - previous < -180) offset += 360;
    }
    previous = lon;
    out.push(project(lon + offset, lat));
  }
  if (offset !== 0 && out.length) {
    const poleY = out.reduce((sum, p) => sum + p.y, 0) / out.length > MAP_HEIGHT / 2 ? MAP_HEIGHT : 0;
    out.push({ x: out.at(-1)!.x, y: poleY }, { x: out[0]!.x, y: poleY });
  }
  return out;
}

/** A polygon's path, drawn again a map's width left or right where it runs past an edge (the SVG clips the rest). */
function polygonPath(polygon: Position[][]): string {
  const rings = polygon.map(unwrapRing);
  const xs = rings.flat().map((p) => p.x);
  const shifts = [0];
  if (Math.min(...xs) < 0) shifts.push(MAP_WIDTH);
  if (Math.max(...xs) > MAP_WIDTH) shifts.push(-MAP_WIDTH);
  return shifts.map((dx) => rings.map((ring) => `M${ring.map((p) => `${round(p.x + dx)},${round(p.y)}`).join('L')}Z`).join('')).join('');
}

function wrapX(x: number): number {
  return ((x % MAP_WIDTH) + MAP_WIDTH) % MAP_WIDTH;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child);
  return el;
}

function title(text: string): SVGTitleElement {
  return svgEl('title', {}, text);
}

/** The "not on the map" list names this many entities, then counts the rest (as the "In view" list does). */
const OFF_MAP_SHOWN = 300;

/** At most this many names on the map, where they do not overlap (placeLabels): the rest have their name on hover and for screen readers. */
const MAX_LABELS = 40;

/** A name's size on screen, in pixels, at any zoom. */
const LABEL_PX = 12;

/** At most this many rings around one place (facts whose other end has no place); the rest are counted as not drawn. */
const MAX_RINGS = 6;

/** The smallest part of the world the map zooms to, in degrees of longitude. */
const MIN_SPAN_DEGREES = 24;

export class MapView {
  private readonly svg: SVGSVGElement;
  private readonly offMap: HTMLElement;
  private content: MapContent = { nodes: [], edges: [], selected: null, selectedEdge: null };
  private visible = false;
  private drawn = 0;
  /** The analyst's zoom and pan (centre and width in map units); null: fitted to what is placed. */
  private zoom: { cx: number; cy: number; width: number } | null = null;
  /** The frame last drawn, where zooming starts from. */
  private current = { cx: MAP_WIDTH / 2, cy: MAP_HEIGHT / 2, width: MAP_WIDTH };

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: MapHandlers,
  ) {
    this.svg = svgEl('svg', { id: 'map-svg', class: 'map-svg', viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: 'group', 'aria-label': 'Map of the places in view' });
    this.offMap = h('div', { id: 'map-offmap', class: 'map-offmap' });
    const button = (label: string, text: string, action: () => void) => h('button', { type: 'button', 'aria-label': label, title: label, onclick: action }, text);
    const zoomBar = h(
      'div',
      { class: 'map-zoom', role: 'group', 'aria-label': 'Map zoom' },
      button('Zoom the map in (+)', '+', () => this.zoomBy(1 / 1.6)),
      button('Zoom the map out (−)', '−', () => this.zoomBy(1.6)),
      button('Fit the map to the places', 'Fit', () => this.fit()),
    );
    const frame = h('div', { class: 'map-frame' }, this.svg, zoomBar);
    // With the focus on a place or a zoom button: + and − zoom, the arrows pan.
    frame.addEventListener('keydown', (event) => {
      const step = this.current.width / 8;
      const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      const move = pan[event.key];
      if (move) this.panBy(move[0], move[1]);
      else if (event.key === '+' || event.key === '=') this.zoomBy(1 / 1.6);
      else if (event.key === '-') this.zoomBy(1.6);
      else return;
      event.preventDefault();
      event.stopPropagation();
    });
    this.pointerControls();
    root.replaceChildren(frame, this.offMap);
    root.dataset.ready = 'false';
  }

  /**
   * The wheel zooms around the point under the pointer, as on any web map; dragging pans. A drag
   * that ends on a place does not select it: only a click that did not move does.
   */
  private pointerControls(): void {
    let drag: { pointerId: number; x: number; y: number; from: { cx: number; cy: number; width: number }; moved: boolean } | null = null;
    let wheelFrame = 0;
    let wheelFactor = 1;
    let wheelAt: { x: number; y: number } | null = null;
    this.svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        // A trackpad sends many small deltas: they are gathered into one redraw per frame.
        wheelFactor *= Math.exp(Math.max(-1, Math.min(1, event.deltaY / 300)) * 0.5);
        wheelAt = this.toMap(event.clientX, event.clientY);
        if (wheelFrame) return;
        wheelFrame = requestAnimationFrame(() => {
          wheelFrame = 0;
          const factor = wheelFactor;
          wheelFactor = 1;
          this.zoomBy(factor, wheelAt ?? undefined);
        });
      },
      { passive: false },
    );
    this.svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      drag = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, from: { ...this.current }, moved: false };
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      // Released outside the map before it moved far enough to capture the pointer: no drag any more.
      if ((event.buttons & 1) === 0) {
        drag = null;
        return;
      }
      const scale = this.screenScale();
      const dx = (event.clientX - drag.x) * scale;
      const dy = (event.clientY - drag.y) * scale;
      // A few pixels of jitter in a click is not a drag.
      if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 4) return;
      if (!drag.moved) this.svg.setPointerCapture(event.pointerId);
      drag.moved = true;
      this.svg.classList.add('dragging');
      // Panning keeps the scale, so the view box alone moves: nothing is redrawn until the drag ends.
      this.zoom = { ...drag.from, cx: drag.from.cx - dx, cy: drag.from.cy - dy };
      this.applyView(this.zoom);
    });
    const end = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      const moved = drag.moved;
      drag = null;
      this.svg.classList.remove('dragging');
      if (!moved) return;
      // The click that ends a drag is not a click on the place under it.
      const swallow = (click: Event) => click.stopPropagation();
      this.svg.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => this.svg.removeEventListener('click', swallow, { capture: true }), 0);
      void this.draw();
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
  }

  /** Map units per screen pixel, as the SVG is laid out now. */
  private screenScale(): number {
    const box = this.svg.getBoundingClientRect();
    const { width } = this.current;
    // A map not laid out yet (hidden, size 0) is measured as a 900 × 450 one.
    return Math.max(width / Math.max(box.width || 900, 200), width / 2 / Math.max(box.height || 450, 100));
  }

  /** The map point under a screen point (the SVG keeps its 2:1 view box centred in its box). */
  private toMap(clientX: number, clientY: number): { x: number; y: number } {
    const box = this.svg.getBoundingClientRect();
    const scale = this.screenScale();
    return {
      x: this.current.cx + (clientX - (box.left + box.width / 2)) * scale,
      y: this.current.cy + (clientY - (box.top + box.height / 2)) * scale,
    };
  }

  /** Shows or hides the map; it is drawn only while shown. */
  setVisible(visible: boolean): Promise<void> {
    this.visible = visible;
    this.root.hidden = !visible;
    return visible ? this.draw() : Promise.resolve();
  }

  /** Back to the frame that holds every place. */
  fit(): Promise<void> {
    this.zoom = null;
    return this.visible ? this.draw() : Promise.resolve();
  }

  /** Zooms by the factor (below 1: in), keeping `at` (a map point, the centre when left out) where it is on screen. */
  private zoomBy(factor: number, at?: { x: number; y: number }): void {
    const minWidth = (4 / 360) * MAP_WIDTH;
    const { cx, cy, width } = this.current;
    const next = Math.min(MAP_WIDTH, Math.max(minWidth, width * factor));
    const kept = at ?? { x: cx, y: cy };
    const ratio = next / width;
    this.zoom = { cx: kept.x - (kept.x - cx) * ratio, cy: kept.y - (kept.y - cy) * ratio, width: next };
    void this.draw();
  }

  private panBy(dx: number, dy: number): void {
    this.zoom = { ...this.current, cx: this.current.cx + dx, cy: this.current.cy + dy };
    void this.draw();
  }

  /** Takes what the view holds; draws it when the map is shown. */
  show(content: MapContent): Promise<void> {
    this.content = content;
    return this.visible ? this.draw() : Promise.resolve();
  }

  private async draw(): Promise<void> {
    const run = ++this.drawn;
    this.root.setAttribute('aria-busy', 'true');
    let atlas: AtlasCountry[];
    try {
      atlas = await loadAtlas();
    } catch (error) {
      this.offMap.replaceChildren(h('p', { class: 'error' }, `The base map could not load: ${error instanceof Error ? error.message : String(error)}`));
      this.root.setAttribute('aria-busy', 'false');
      return;
    }
    if (run !== this.drawn) return;
    const hadFocus = this.root.contains(document.activeElement) ? (document.activeElement as Element).getAttribute('data-entity-id') : null;
    this.render(atlas);
    if (hadFocus) this.root.querySelector<SVGElement | HTMLElement>(`[data-entity-id="${hadFocus}"]`)?.focus();
    this.root.dataset.ready = 'true';
    this.root.setAttribute('aria-busy', 'false');
  }

  private render(atlas: AtlasCountry[]): void {
    const { nodes, edges, selected, selectedEdge } = this.content;
    const matcher = new CountryMatcher(atlas.map((c) => c.name));
    const byName = new Map(atlas.map((c) => [c.name, c]));
    /** Where each placed entity's facts end, and what it is drawn as. */
    const anchors = new Map<string, MapPoint>();
    const countryOf = new Map<string, string>();
    const points: Entity[] = [];
    const offMap: Entity[] = [];
    for (const node of nodes) {
      const country = matcher.match({ kind: node.kind, name: node.name, aliases: (node.aliasDetails ?? []).map((a) => a.name) });
      const c = node.coordinates;
      const point = c ? project(c.longitude, c.latitude) : null;
      if (country) {
        countryOf.set(country, node.id);
        const anchor = point ?? byName.get(country)?.anchor ?? null;
        if (anchor) anchors.set(node.id, anchor);
      } else if (point) {
        anchors.set(node.id, point);
        points.push(node);
      } else {
        offMap.push(node);
      }
    }
    const entityName = new Map(nodes.map((n) => [n.id, n.name]));

    const land = svgEl('g', { class: 'map-land' });
    for (const country of atlas) {
      const id = countryOf.get(country.name);
      if (!id) {
        land.append(svgEl('path', { class: 'map-country', d: country.path, 'data-country': country.name }));
        continue;
      }
      const name = entityName.get(id) ?? country.name;
      const shape = svgEl(
        'path',
        { class: `map-country in-view${id === selected ? ' selected' : ''}`, d: country.path, 'data-country': country.name, 'data-entity-id': id, tabindex: 0, role: 'button', 'aria-label': `${name}, country${id === selected ? ', selected' : ''}` },
        title(name),
      );
      this.activate(shape, id);
      land.append(shape);
    }
    // Highlighted shapes last, so their outline is not hidden under a neighbour's.
    for (const shape of [...land.querySelectorAll('.in-view')]) land.append(shape);

    this.frame(anchors, countryOf, byName);
    // Map units per screen pixel, so that points and labels keep their size on screen at any zoom.
    const px = this.screenScale();
    const facts = svgEl('g', { class: 'map-facts' });
    const radius = round(6 * px);
    let hidden = 0;
    let ringed = 0;
    let inside = 0;
    const shapes = new Set(countryOf.values());
    /** Rings drawn around each place so far: each next one is wider. */
    const ringsAt = new Map<string, number>();
    for (const edge of edges) {
      const a = anchors.get(edge.from.id);
      const b = anchors.get(edge.to.id);
      const style = TYPE_STYLES.get(edge.type) ?? UNKNOWN_TYPE;
      const label = `${edge.from.name} — ${humanize(edge.type).toLowerCase()} → ${edge.to.name}`;
      if (a && edge.type === 'LOCATED_IN' && shapes.has(edge.to.id) && !shapes.has(edge.from.id)) {
        inside++;
        continue;
      }
      if (!a || !b) {
        const placed = a ? edge.from : b ? edge.to : null;
        const at = a ?? b;
        const k = placed ? (ringsAt.get(placed.id) ?? 0) : MAX_RINGS;
        if (!placed || !at || k >= MAX_RINGS) {
          hidden++;
          continue;
        }
        ringsAt.set(placed.id, k + 1);
        ringed++;
        const other = placed.id === edge.from.id ? edge.to : edge.from;
        const ring = svgEl(
          'circle',
          {
            class: `map-fact map-fact-ring${edge.disputed ? ' disputed' : ''}${edge.id === selectedEdge ? ' selected' : ''}`,
            cx: at.x,
            cy: at.y,
            r: round(radius * (1.8 + 0.7 * k)),
            stroke: style.color,
            'data-edge-id': edge.id,
            'data-edge-type': edge.type,
          },
          title(`${label} (at ${placed.name}; ${other.name} has no place)`),
        );
        if (style.line === 'dashed') ring.setAttribute('stroke-dasharray', '6 3');
        if (style.line === 'dotted') ring.setAttribute('stroke-dasharray', '2 3');
        ring.addEventListener('click', () => this.handlers.onFact(edge.id));
        facts.append(ring);
        continue;
      }
      const line = svgEl(
        'line',
        {
          class: `map-fact${edge.disputed ? ' disputed' : ''}${edge.id === selectedEdge ? ' selected' : ''}`,
          x1: a.x,
          y1: a.y,
          x2: b.x,
          y2: b.y,
          stroke: style.color,
          'data-edge-id': edge.id,
          'data-edge-type': edge.type,
        },
        title(label),
      );
      if (style.line === 'dashed') line.setAttribute('stroke-dasharray', '6 3');
      if (style.line === 'dotted') line.setAttribute('stroke-dasharray', '2 3');
      line.addEventListener('click', () => this.handlers.onFact(edge.id));
      facts.append(line);
    }

    const places = svgEl('g', { class: 'map-places' });
    const named = this.labelled(points, anchors, edges, selected, px, radius);
    for (const node of points) {
      const p = anchors.get(node.id)!;
      const c = node.coordinates!;
      const kind = KIND_STYLES.get(node.kind) ?? UNKNOWN_KIND;
      const where = `${Math.abs(c.latitude).toFixed(2)}° ${c.latitude >= 0 ? 'N' : 'S'}, ${Math.abs(c.longitude).toFixed(2)}° ${c.longitude >= 0 ? 'E' : 'W'}`;
      const dot = svgEl(
        'circle',
        {
          class: `map-point${node.id === selected ? ' selected' : ''}`,
          cx: p.x,
          cy: p.y,
          r: radius,
          fill: kind.color,
          'data-entity-id': node.id,
          tabindex: 0,
          role: 'button',
          'aria-label': `${node.name}, ${humanize(node.kind).toLowerCase()}, at ${where}${node.id === selected ? ', selected' : ''}`,
        },
        title(`${node.name} (${where})`),
      );
      this.activate(dot, node.id);
      places.append(dot);
      if (named.has(node.id)) places.append(svgEl('text', { class: 'map-label', x: p.x + radius * 1.4, y: p.y + radius * 0.6, 'font-size': round(LABEL_PX * px), 'aria-hidden': 'true' }, node.name));
    }
    // The whole world's frame: shapes that run past the antimeridian are clipped to it.
    const clip = svgEl('clipPath', { id: 'map-clip' }, svgEl('rect', { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT }));
    const world = svgEl('g', { 'clip-path': 'url(#map-clip)' }, svgEl('rect', { class: 'map-sea', x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT }), land, facts, places);
    this.svg.replaceChildren(svgEl('defs', {}, clip), world);
    const lines = edges.length - hidden - ringed - inside;
    this.svg.setAttribute(
      'aria-label',
      `Map: ${points.length} place${points.length === 1 ? '' : 's'} and ${countryOf.size} countr${countryOf.size === 1 ? 'y' : 'ies'} in view; ${lines} fact${lines === 1 ? '' : 's'} drawn as lines, ${ringed} as rings around their place${inside ? `, ${inside} as places on their country's shape` : ''}`,
    );

    this.root.dataset.points = String(points.length);
    this.root.dataset.labels = String(named.size);
    this.root.dataset.countries = String(countryOf.size);
    this.root.dataset.lines = String(lines);
    this.root.dataset.rings = String(ringed);
    this.root.dataset.inside = String(inside);
    this.root.dataset.offMap = String(offMap.length);
    this.renderOffMap(offMap, { ringed, hidden, inside, all: edges.length });
  }

  /**
   * The points whose names are drawn: the selected one first, then those with most facts in view,
   * each where its name overlaps none drawn before it (placeLabels), at most MAX_LABELS.
   */
  private labelled(points: Entity[], anchors: Map<string, MapPoint>, edges: Relationship[], selected: string | null, px: number, radius: number): Set<string> {
    const degree = new Map<string, number>();
    for (const e of edges) for (const id of [e.from.id, e.to.id]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const size = LABEL_PX * px;
    const order = [...points].sort((a, b) => Number(b.id === selected) - Number(a.id === selected) || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name));
    const boxes = order.map((node) => {
      const p = anchors.get(node.id)!;
      // A sans-serif glyph is about 0.6 em wide on average: an estimate, since measuring each name would lay out the page.
      return { id: node.id, x: p.x + radius * 1.4, y: p.y + radius * 0.6 - size * 0.8, width: node.name.length * size * 0.6, height: size };
    });
    const { cx, cy, width } = this.current;
    return placeLabels(boxes, { x: cx - width / 2, y: cy - width / 4, width, height: width / 2 }, MAX_LABELS);
  }

  /** Fits the view box to what is placed (the whole world when nothing is), keeping the map's 2:1, unless the analyst zoomed. */
  private frame(anchors: Map<string, MapPoint>, countryOf: Map<string, string>, byName: Map<string, AtlasCountry>): void {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const p of anchors.values()) {
      xs.push(p.x);
      ys.push(p.y);
    }
    // A highlighted country is framed by its main shape's middle: a whole Russia would show the world.
    for (const name of countryOf.keys()) {
      const anchor = byName.get(name)?.anchor;
      if (anchor) {
        xs.push(anchor.x);
        ys.push(anchor.y);
      }
    }
    let fitted = { cx: MAP_WIDTH / 2, cy: MAP_HEIGHT / 2, width: MAP_WIDTH };
    if (xs.length) {
      const minSpan = (MIN_SPAN_DEGREES / 360) * MAP_WIDTH;
      const width = Math.max(minSpan, (Math.max(...xs) - Math.min(...xs)) * 1.3, (Math.max(...ys) - Math.min(...ys)) * 1.3 * 2);
      fitted = { cx: (Math.max(...xs) + Math.min(...xs)) / 2, cy: (Math.max(...ys) + Math.min(...ys)) / 2, width };
    }
    this.applyView(this.zoom ?? fitted);
  }

  /** Sets the view box to the view, kept within the world. */
  private applyView(view: { cx: number; cy: number; width: number }): void {
    const width = Math.min(view.width, MAP_WIDTH);
    const height = width / 2;
    const x = Math.min(Math.max(view.cx - width / 2, 0), MAP_WIDTH - width);
    const y = Math.min(Math.max(view.cy - height / 2, 0), MAP_HEIGHT - height);
    this.current = { cx: x + width / 2, cy: y + height / 2, width };
    this.svg.setAttribute('viewBox', `${round(x)} ${round(y)} ${round(width)} ${round(height)}`);
  }

  /** Entities with no place are listed, never dropped; each opens like its node. */
  private renderOffMap(entities: Entity[], facts: { ringed: number; hidden: number; inside: number; all: number }): void {
    const sorted = [...entities].sort((a, b) => a.name.localeCompare(b.name));
    const inside = facts.inside ? `; ${facts.inside} of ${facts.all} facts place a point in a country, and are drawn as the point on its shape, not as a line` : '';
    const ringed = facts.ringed ? `; ${facts.ringed} of ${facts.all} facts are rings around their one end with a place` : '';
    const hidden = facts.hidden ? `; ${facts.hidden} of ${facts.all} facts are not drawn, neither end having a place (or more than ${MAX_RINGS} such facts at one)` : '';
    this.offMap.replaceChildren(
      h(
        'p',
        { class: 'map-offmap-count' },
        h('strong', {}, `Not on the map: ${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}`),
        ` (no coordinates, and not a country of the base map)${ringed}${hidden}${inside}.`,
      ),
      ...(sorted.length
        ? [h(
            'ul',
            { class: 'plain map-offmap-list' },
            ...sorted.slice(0, OFF_MAP_SHOWN).map((n) => h('li', {}, h('button', { type: 'button', class: 'element', 'data-node-id': n.id, onclick: () => this.handlers.onPlace(n.id) }, n.name, ' ', h('span', { class: 'muted' }, humanize(n.kind).toLowerCase())))),
            ...(sorted.length > OFF_MAP_SHOWN ? [h('li', { class: 'muted' }, `… and ${sorted.length - OFF_MAP_SHOWN} more (all are in the list “In view”)`)] : []),
          )]
        : []),
    );
  }

  /** Click, Enter or Space on a place selects it. */
  private activate(el: SVGElement, id: string): void {
    el.addEventListener('click', () => this.handlers.onPlace(id));
    el.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.handlers.onPlace(id);
      }
    });
  }
}
