/**
 * The graph drawing, on Cytoscape.js. It is told what the view holds (entities and facts) and
 * works out what to add, update and remove, so a change of date or filter moves the picture
 * without redrawing it from scratch: nodes that stay keep their place.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import { debounce } from './dom';
import { quantity } from './format';
import { MIN_LABEL_PX, stylesheet } from './graphStyle';
import { humanize } from './vocabulary';
import type { EntityRef, Relationship } from './types';

/** What the view shows, plus the marks that explain it. */
export interface GraphContent {
  nodes: EntityRef[];
  edges: Relationship[];
  /** The entity the view is about. */
  rootId: string | null;
  /** Entities whose neighbourhood was added. */
  expanded: ReadonlySet<string>;
  /** Entities whose neighbourhood the API cut at the limit. */
  truncated: ReadonlySet<string>;
}

export interface GraphHandlers {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

/** Above this many nodes a force-directed layout would stall the page; a concentric one is instant. */
const FORCE_LAYOUT_MAX_NODES = 250;
/** Above this many elements, panning shows a cached bitmap and hides edges, so it stays smooth. */
const LARGE_VIEW_ELEMENTS = 1_500;

export class GraphView {
  readonly cy: Core;
  private readonly container: HTMLElement;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.container = container;
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      pixelRatio: 'auto',
    });
    this.cy.on('tap', 'node', (event) => handlers.onNodeTap(event.target.id()));
    this.cy.on('tap', 'edge', (event) => handlers.onEdgeTap(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onBackgroundTap();
    });
    // Labels keep a readable size at any zoom the analyst settles on, and never overlap.
    const settle = debounce(() => this.resolveLabels(), 120);
    this.cy.on('zoom', settle);
    // The frame changes size with the window and the legend: the canvas follows, and the view refits.
    const refit = debounce(() => {
      this.cy.resize();
      this.fit();
    }, 150);
    new ResizeObserver(() => refit()).observe(container);
    this.cy.on('mouseover', 'node, edge', (event) => event.target.addClass('hover'));
    this.cy.on('mouseout', 'node, edge', (event) => event.target.removeClass('hover'));
  }

  /**
   * Sizes the labels so that they render at least MIN_LABEL_PX at the current zoom, then hides
   * the ones that would overlap a more important label or another entity: the root and expanded
   * entities first, then by number of facts; entity labels before fact labels. A hidden label
   * shows when its element is hovered or selected, and every element is in the "In view" list.
   */
  resolveLabels(): void {
    const cy = this.cy;
    if (cy.elements().length > LARGE_VIEW_ELEMENTS) return;
    const zoom = cy.zoom();
    const nodePx = Math.max(12, (MIN_LABEL_PX + 0.5) / zoom);
    const edgePx = Math.max(11, (MIN_LABEL_PX + 0.25) / zoom);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (n.data('fs') !== nodePx) n.data('fs', nodePx);
      });
      cy.edges().forEach((e) => {
        if (e.data('fs') !== edgePx) e.data('fs', edgePx);
      });
      cy.elements().removeClass('label-hidden');
    });
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const bodies = cy.nodes().map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false }) as Box }));
    const taken: Box[] = [];
    const hidden: string[] = [];
    const rank = (n: NodeSingular) => (n.hasClass('root') ? 1e6 : 0) + (n.hasClass('expanded') ? 1e5 : 0) + (n.selected() ? 1e7 : 0) + n.degree(false);
    const nodes = cy.nodes().sort((a, b) => rank(b) - rank(a) || a.id().localeCompare(b.id()));
    nodes.forEach((n) => {
      const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) as Box;
      // The view's centre and what the analyst picked are always named; the rest yield to bodies too.
      const key = n.hasClass('root') || n.selected();
      const blocked = taken.some((b) => overlaps(label, b)) || (!key && bodies.some((b) => b.id !== n.id() && overlaps(label, b.box)));
      if (blocked) hidden.push(n.id());
      else taken.push(label);
    });
    const edges = cy.edges().sort((a, b) => Number(b.selected()) - Number(a.selected()) || (b.data('confidence') ?? 0) - (a.data('confidence') ?? 0) || a.id().localeCompare(b.id()));
    edges.forEach((e) => {
      if (!e.data('label')) return;
      const label = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeOverlays: false } as never) as Box;
      if (!(label.x2 > label.x1)) return;
      const blocked = taken.some((b) => overlaps(label, b)) || bodies.some((b) => overlaps(label, b.box));
      if (blocked) hidden.push(e.id());
      else taken.push(label);
    });
    cy.batch(() => {
      for (const id of hidden) cy.getElementById(id).addClass('label-hidden');
    });
    this.container.dataset.labelsHidden = String(hidden.length);
  }

  /** Makes the drawing hold exactly `content`, keeping the place of the nodes that stay. */
  show(content: GraphContent, anchorId: string | null = null): Promise<void> {
    const cy = this.cy;
    const nodeIds = new Set(content.nodes.map((n) => n.id));
    const edges = content.edges.filter((e) => nodeIds.has(e.from.id) && nodeIds.has(e.to.id));
    const edgeIds = new Set(edges.map((e) => e.id));
    const hadNodes = cy.nodes().length > 0;
    const added: ElementDefinition[] = [];

    cy.batch(() => {
      cy.edges().filter((e) => !edgeIds.has(e.id())).remove();
      cy.nodes().filter((n) => !nodeIds.has(n.id())).remove();
      const placed = new Map<string, { x: number; y: number }>();
      cy.nodes().forEach((n) => {
        placed.set(n.id(), { ...n.position() });
      });
      const neighbours = adjacency(edges);
      let ring = 0;
      // The root first, at the origin: with no randomness anywhere, one view always gets one picture.
      const ordered = [...content.nodes].sort((a, b) => Number(b.id === content.rootId) - Number(a.id === content.rootId));
      for (const node of ordered) {
        const data = { id: node.id, label: node.name, name: node.name, kind: node.kind, fs: cy.getElementById(node.id).data('fs') ?? 12 };
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          existing.data(data);
          continue;
        }
        const near = [anchorId, ...(neighbours.get(node.id) ?? [])].find((id) => id && placed.has(id) && neighbours.get(node.id)?.includes(id));
        if (placed.size === 0) {
          placed.set(node.id, { x: 0, y: 0 });
          added.push({ group: 'nodes', data, position: { x: 0, y: 0 } });
          continue;
        }
        const centre = near ? placed.get(near)! : { x: 0, y: 0 };
        const angle = (ring++ * 2.39996) % (2 * Math.PI); // golden angle: new nodes fan out without overlapping
        const radius = 110 + 14 * Math.sqrt(ring);
        const position = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
        placed.set(node.id, position);
        added.push({ group: 'nodes', data, position });
      }
      for (const edge of edges) {
        const data = {
          id: edge.id,
          source: edge.from.id,
          target: edge.to.id,
          type: edge.type,
          label: `${humanize(edge.type).toLowerCase()}${edge.quantity ? ` · ${quantity(edge.quantity)}` : ''}`,
          confidence: edge.confidence ?? 0,
          disputed: edge.disputed,
          fs: this.cy.getElementById(edge.id).data('fs') ?? 11,
        };
        const existing = cy.getElementById(edge.id);
        if (existing.nonempty()) existing.data(data);
        else added.push({ group: 'edges', data });
      }
      cy.add(added);
      cy.nodes().forEach((n) => {
        const id = n.id();
        n.toggleClass('root', id === content.rootId);
        n.toggleClass('expanded', content.expanded.has(id) && id !== content.rootId);
        n.toggleClass('truncated', content.truncated.has(id));
      });
      const byId = new Map(edges.map((e) => [e.id, e]));
      cy.edges().forEach((e) => {
        const edge = byId.get(e.id());
        e.toggleClass('disputed', !!edge?.disputed);
        e.toggleClass('unattributed', !!edge?.unattributedOnly);
        e.toggleClass('pending', !!edge?.pendingOnly);
      });
    });

    this.container.dataset.nodes = String(cy.nodes().length);
    this.container.dataset.edges = String(cy.edges().length);
    const addedNodes = added.filter((a) => a.group === 'nodes').length;
    if (addedNodes === 0) {
      this.resolveLabels();
      return Promise.resolve();
    }
    return this.layout(!hadNodes);
  }

  /** Lays the graph out again from scratch. */
  relayout(): Promise<void> {
    return this.layout(true, true);
  }

  /** `fresh`: the graph was empty before; `shuffle`: the analyst asked for a new layout. */
  private layout(fresh: boolean, shuffle = false): Promise<void> {
    const cy = this.cy;
    const count = cy.nodes().length;
    let options: LayoutOptions;
    if (count <= FORCE_LAYOUT_MAX_NODES) {
      options = {
        name: 'cose',
        animate: false,
        randomize: shuffle,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 170,
        nodeRepulsion: () => 60000,
        nodeOverlap: 40,
        gravity: 0.5,
        numIter: 800,
      } as LayoutOptions;
    } else if (fresh) {
      options = { name: 'concentric', animate: false, fit: false, minNodeSpacing: 8, concentric: (n: NodeSingular) => n.degree(false), levelWidth: () => 2 } as LayoutOptions;
    } else {
      // Large and only grown: the new nodes already sit around their neighbours.
      this.fit();
      return Promise.resolve();
    }
    this.container.setAttribute('aria-busy', 'true');
    const layout = cy.layout(options);
    const done = new Promise<void>((resolve) => {
      layout.one('layoutstop', () => resolve());
    });
    layout.run();
    return done.then(() => {
      this.fit();
      this.container.setAttribute('aria-busy', 'false');
    });
  }

  /** Fits everything in view, without blowing a small graph up to giant nodes. */
  fit(): void {
    const cy = this.cy;
    if (cy.elements().empty()) return;
    // Twice: the labels grow as the zoom shrinks, which changes what there is to fit.
    for (let i = 0; i < 2; i++) {
      cy.fit(undefined, 30);
      if (cy.zoom() > 1.4) {
        cy.zoom(1.4);
        cy.center();
      }
      this.resolveLabels();
    }
  }

  /** Draws attention to a set of paths: their elements stand out, the rest fades. */
  highlight(nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): void {
    const cy = this.cy;
    cy.batch(() => {
      const any = nodeIds.size > 0;
      cy.elements().removeClass('on-path faded');
      if (!any) return;
      cy.nodes().forEach((n) => {
        n.addClass(nodeIds.has(n.id()) ? 'on-path' : 'faded');
      });
      cy.edges().forEach((e) => {
        e.addClass(edgeIds.has(e.id()) ? 'on-path' : 'faded');
      });
    });
  }

  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /** The picture as PNG: the whole graph, not only the part on screen. */
  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2, maxWidth: 4000, maxHeight: 4000 });
  }

  /** Counts that the toolbar shows. */
  counts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }

  /** Turns on the renderer's cheap pan and zoom for large views (see LARGE_VIEW_ELEMENTS). */
  tuneForSize(): void {
    const large = this.cy.elements().length > LARGE_VIEW_ELEMENTS;
    // These two are renderer options Cytoscape reads on each frame; its typings only expose them at start.
    const renderer = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }
}

function adjacency(edges: readonly Relationship[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = map.get(a);
    if (list) list.push(b);
    else map.set(a, [b]);
  };
  for (const e of edges) {
    link(e.from.id, e.to.id);
    link(e.to.id, e.from.id);
  }
  return map;
}
