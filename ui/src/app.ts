/**
 * The workbench's controller: it holds the view (urlState.ts), asks the API for it and hands the
 * answers to the graph, the side panel, the timeline and the path list. Every change of the view
 * goes through `update`, which writes the URL and reloads only what the change touches.
 */
import { ApiError, describeError, type ApiClient } from './api';
import { TokenControl } from './auth';
import { byId, fill, h } from './dom';
import { renderElements } from './elementsList';
import { download, pngWithLegend, viewJson } from './exporter';
import { Filters } from './filters';
import { GraphView } from './graphView';
import { renderLegend } from './legend';
import { PathsPanel } from './pathsPanel';
import { ENTITY_QUERY, NEIGHBORHOOD, PATHS, TIMELINE } from './queries';
import { SearchBox } from './search';
import { SidePanel } from './sidePanel';
import { TimeControls } from './timeControls';
import { renderTimeline } from './timeline';
import type { Claim, Connection, Entity, Path, Relationship, Subgraph } from './types';
import { decodeState, encodeState, type ViewState } from './urlState';
import { FACT_TYPES } from './vocabulary';

/** How many claims the timeline strip asks for. */
const TIMELINE_FIRST = 100;

interface Loaded {
  nodes: Map<string, Entity>;
  edges: Map<string, Relationship>;
  truncated: Set<string>;
  paths: Path[];
}

export class App {
  state: ViewState;
  readonly graph: GraphView;
  private loaded: Loaded = { nodes: new Map(), edges: new Map(), truncated: new Set(), paths: [] };
  private readonly panel: SidePanel;
  private readonly search: SearchBox;
  private readonly paths: PathsPanel;
  private readonly time: TimeControls;
  private readonly filters: Filters;
  private readonly token: TokenControl;
  private sequence = 0;
  private inflight: AbortController | null = null;
  /** The claim the panel shows when it was opened from the timeline (not kept in the URL). */
  private claim: Claim | null = null;
  private returnFocus: HTMLElement | null = null;
  /** Every fact met so far, to name a selected fact that the current dates or filters hide. */
  private readonly seen = new Map<string, Relationship>();

  constructor(private readonly api: ApiClient) {
    this.state = decodeState(location.search, { types: new Set(FACT_TYPES.map((t) => t.name)) });
    this.graph = new GraphView(byId('graph'), {
      onNodeTap: (id) => this.expand(id),
      onEdgeTap: (id) => this.openEdge(id),
      onBackgroundTap: () => this.closePanel(),
    });
    this.panel = new SidePanel(byId('panel'), {
      expand: (id) => this.expand(id),
      recentre: (id) => this.open(id),
      pathFrom: (id) => {
        this.paths.setFrom(this.loaded.nodes.get(id) ?? null);
        this.paths.focusTo();
      },
      pathTo: (id) => {
        this.paths.setTo(this.loaded.nodes.get(id) ?? null);
        const root = this.state.entity && this.state.entity !== id ? this.loaded.nodes.get(this.state.entity) : undefined;
        this.paths.setFrom(root ?? null);
        this.paths.focusFrom();
      },
      close: () => this.closePanel(),
    });
    this.search = new SearchBox(byId('search'), api, {
      id: 'search',
      label: 'Search',
      placeholder: 'a name or alias: DPRK, Kursk …',
      kindFilter: true,
      onPick: (hit) => this.open(hit.entity.id),
    });
    this.paths = new PathsPanel(byId('paths'), api, {
      find: (from, to, maxHops) => this.update({ pathFrom: from, pathTo: to, maxHops, edge: null }, 'push'),
      clear: () => this.update({ pathFrom: null, pathTo: null }, 'push'),
      openEdge: (id) => this.openEdge(id),
    });
    this.time = new TimeControls(api, {
      onAsOf: (asOf) => this.update({ asOf }, 'replace'),
      onWindow: (validFrom, validTo) => this.update({ validFrom, validTo }, 'replace'),
    });
    this.filters = new Filters((change) => this.update(change, 'replace'));
    this.token = new TokenControl(api, () => void this.start());

    byId('undo').addEventListener('click', () => this.undo());
    byId('fit').addEventListener('click', () => this.graph.fit());
    byId('relayout').addEventListener('click', () => void this.graph.relayout());
    byId('export-png').addEventListener('click', () => void this.exportPng());
    byId('export-json').addEventListener('click', () => this.exportJson());
    byId('export-link').addEventListener('click', () => void this.copyLink());
    window.addEventListener('popstate', () => {
      this.state = decodeState(location.search, { types: new Set(FACT_TYPES.map((t) => t.name)) });
      this.syncControls();
      void this.refresh();
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Loads what the controls need from the API, then the view in the URL. */
  async start(): Promise<void> {
    this.syncControls();
    this.clearAlert();
    // Who the caller is, from the API; it does not hold up the view.
    void this.token.check();
    try {
      await this.time.loadDomain();
    } catch (error) {
      this.showError(error, () => void this.start());
      return;
    }
    await this.refresh();
  }

  // ---- changes of the view ----

  /** Opens an entity: a new view centred on it. */
  open(id: string): void {
    this.update({ entity: id, expanded: [], edge: null, focus: null }, 'push', { fresh: true });
  }

  /** Clicking a node expands it; a node already expanded just becomes the focus. */
  expand(id: string): void {
    const s = this.state;
    if (id === s.entity || s.expanded.includes(id)) {
      this.update({ focus: id, edge: null }, 'replace', { graph: false });
      return;
    }
    this.update({ expanded: [...s.expanded, id], focus: id, edge: null }, 'push', { anchor: id });
  }

  /** Takes back the last expansion. */
  undo(): void {
    const expanded = this.state.expanded.slice(0, -1);
    const undone = this.state.expanded.at(-1);
    if (undone === undefined) return;
    this.update({ expanded, focus: this.state.focus === undone ? null : this.state.focus }, 'push');
  }

  openEdge(id: string): void {
    this.returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    this.claim = null;
    this.update({ edge: id }, 'replace', { graph: false });
    this.panel.focus();
  }

  closePanel(): void {
    if (!this.state.edge && !this.claim) return;
    this.claim = null;
    this.update({ edge: null }, 'replace', { graph: false });
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  /**
   * Applies a change, records it in the URL (a new history entry for moves the analyst may want to
   * go back from) and reloads: the graph only when what it shows depends on the change.
   */
  update(change: Partial<ViewState>, history: 'push' | 'replace', how: { graph?: boolean; fresh?: boolean; anchor?: string } = {}): void {
    this.state = { ...this.state, ...change };
    const url = `${location.pathname}${encodeState(this.state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.syncControls();
    if (how.graph === false) {
      this.renderPanel();
      this.renderFocusTimeline();
      return;
    }
    void this.refresh(how);
  }

  // ---- loading ----

  /** Reloads the view from the API: the neighbourhoods, the paths, then the panel and timeline. */
  async refresh(how: { fresh?: boolean; anchor?: string } = {}): Promise<void> {
    const sequence = ++this.sequence;
    this.inflight?.abort();
    const inflight = new AbortController();
    this.inflight = inflight;
    const s = this.state;
    this.timelineKey = ''; // a reload reloads the timeline too
    this.setBusy(true);
    this.clearAlert();
    if (!s.entity) {
      this.loaded = { nodes: new Map(), edges: new Map(), truncated: new Set(), paths: [] };
      await this.graph.show({ nodes: [], edges: [], rootId: null, expanded: new Set(), truncated: new Set() });
      this.renderAll();
      this.setBusy(false);
      return;
    }
    if (how.fresh) this.graph.cy.elements().remove();
    const view = {
      types: s.types.length ? s.types : null,
      asOf: s.asOf,
      validDuring: s.validFrom || s.validTo ? { from: s.validFrom, to: s.validTo } : null,
      minConfidence: s.minConfidence,
    };
    const centres = [{ id: s.entity, depth: s.depth }, ...s.expanded.filter((id) => id !== s.entity).map((id) => ({ id, depth: 1 }))];
    try {
      // The neighbourhoods and the paths, all at once.
      const paths =
        s.pathFrom && s.pathTo
          ? this.api.request<{ paths: Path[] }>(PATHS, { ...view, from: s.pathFrom, to: s.pathTo, maxHops: s.maxHops, first: 5 }, inflight.signal).then(
              (d) => d.paths,
              (error: unknown) => error,
            )
          : Promise.resolve([] as Path[]);
      if (s.pathFrom && s.pathTo) this.paths.showLoading();
      const answers = await Promise.allSettled(
        centres.map((c) => this.api.request<{ neighborhood: Subgraph }>(NEIGHBORHOOD, { ...view, id: c.id, depth: c.depth, limit: s.limit }, inflight.signal)),
      );
      const loaded: Loaded = { nodes: new Map(), edges: new Map(), truncated: new Set(), paths: [] };
      const dropped: string[] = [];
      answers.forEach((answer, i) => {
        const centre = centres[i]!;
        if (answer.status === 'rejected') {
          // An expanded entity that no longer resolves is dropped from the view; anything else fails it.
          if (i > 0 && answer.reason instanceof ApiError && answer.reason.kind === 'not-found') {
            dropped.push(centre.id);
            return;
          }
          throw answer.reason;
        }
        const sub = answer.value.neighborhood;
        for (const node of sub.nodes) loaded.nodes.set(node.id, node);
        for (const edge of sub.edges) loaded.edges.set(edge.id, edge);
        if (sub.truncated) loaded.truncated.add(centre.id);
      });
      const pathAnswer = await paths;
      if (sequence !== this.sequence) return;
      if (pathAnswer instanceof Error || !Array.isArray(pathAnswer)) {
        this.paths.showMessage(`Paths failed: ${describeError(pathAnswer).detail}`);
      } else {
        loaded.paths = pathAnswer;
        for (const path of pathAnswer) {
          for (const node of path.nodes) loaded.nodes.set(node.id, node);
          for (const edge of path.edges) if (!loaded.edges.has(edge.id)) loaded.edges.set(edge.id, edge);
        }
        if (s.pathFrom && s.pathTo) {
          this.paths.showResults(pathAnswer, s.maxHops);
          // The ends' names, for a view opened from a link.
          const [from, to] = [loaded.nodes.get(s.pathFrom), loaded.nodes.get(s.pathTo)];
          if (from) this.paths.setFrom(from);
          if (to) this.paths.setTo(to);
        }
      }
      if (dropped.length) {
        this.state = { ...this.state, expanded: this.state.expanded.filter((id) => !dropped.includes(id)) };
        window.history.replaceState(null, '', `${location.pathname}${encodeState(this.state)}`);
      }
      this.loaded = loaded;
      for (const [id, edge] of loaded.edges) this.seen.set(id, edge);
      await this.graph.show(
        { nodes: [...loaded.nodes.values()], edges: [...loaded.edges.values()], rootId: s.entity, expanded: new Set(s.expanded), truncated: loaded.truncated },
        how.anchor ?? null,
      );
      if (sequence !== this.sequence) return;
      this.graph.tuneForSize();
      this.renderAll(dropped);
    } catch (error) {
      if (sequence !== this.sequence || (error instanceof ApiError && error.kind === 'aborted')) return;
      this.showError(error, () => void this.refresh(how));
    } finally {
      if (sequence === this.sequence) this.setBusy(false);
    }
  }

  // ---- rendering ----

  private renderAll(dropped: string[] = []): void {
    const s = this.state;
    const nodes = [...this.loaded.nodes.values()];
    const edges = [...this.loaded.edges.values()];
    const pathNodes = new Set(this.loaded.paths.flatMap((p) => p.nodes.map((n) => n.id)));
    const pathEdges = new Set(this.loaded.paths.flatMap((p) => p.edges.map((e) => e.id)));
    this.graph.highlight(pathNodes, pathEdges);
    this.graph.select(s.edge);
    const typesInView = new Set(edges.map((e) => e.type));
    renderLegend(byId('legend'), typesInView);
    renderElements(byId('elements-nodes'), byId('elements-edges'), nodes, edges, { node: (id) => this.expand(id), edge: (id) => this.openEdge(id) });

    const root = s.entity ? this.loaded.nodes.get(s.entity) : undefined;
    if (root) this.search.setText(root.name);
    const when = s.asOf ? ` · as of ${s.asOf}` : '';
    const window = s.validFrom || s.validTo ? ` · valid ${s.validFrom ?? '…'} to ${s.validTo ?? '…'}` : '';
    byId('counts').textContent = s.entity ? `${nodes.length} entities · ${edges.length} facts${when}${window}` : '';
    (byId('undo') as HTMLButtonElement).disabled = s.expanded.length === 0;

    const empty = byId('empty');
    empty.hidden = !!s.entity && edges.length > 0;
    empty.replaceChildren(
      h('p', {}, !s.entity ? 'Search for an actor or place to start: its neighbourhood is drawn here.' : `No facts about ${root?.name ?? 'this entity'} with the current dates and filters${s.asOf ? ` (as of ${s.asOf})` : ''}.`),
    );
    empty.classList.toggle('overlay', !!s.entity);

    const notices: HTMLElement[] = [];
    for (const id of this.loaded.truncated) {
      notices.push(
        h('p', { class: 'truncated-notice' }, h('strong', {}, 'Truncated: '), `the API cut the neighbourhood of ${this.loaded.nodes.get(id)?.name ?? id} at ${s.limit} edges (or 100 per entity). There is more to see: raise the edge limit, filter by type, or expand from a neighbour.`),
      );
    }
    for (const id of dropped) notices.push(h('p', {}, `An expanded entity (${id}) no longer exists and was dropped from the view.`));
    const notice = byId('notice');
    notice.replaceChildren(...notices);
    notice.hidden = notices.length === 0;
    if (!s.pathFrom || !s.pathTo) this.paths.showMessage('');
    if (root && !s.pathFrom) this.paths.suggestFrom(root);
    this.announce(s.entity ? `${nodes.length} entities and ${edges.length} facts in view${when}.` : 'Nothing in view.');
    this.renderPanel();
    this.renderFocusTimeline();
  }

  private renderPanel(): void {
    const s = this.state;
    if (this.claim) {
      this.panel.showClaim(this.claim);
      return;
    }
    if (s.edge) {
      const rel = this.loaded.edges.get(s.edge);
      if (!rel) {
        const known = this.seen.get(s.edge);
        const what = known ? `“${known.from.name} — ${known.type} → ${known.to.name}”` : 'The fact you opened';
        this.panel.clear(`${what} is not in view${s.asOf ? ` as of ${s.asOf}` : ''} with the current filters: none of its claims count then.`);
        return;
      }
      this.panel.showRelationship(rel);
      return;
    }
    const id = s.focus ?? s.entity;
    const entity = id ? this.loaded.nodes.get(id) : undefined;
    if (entity) this.panel.showEntity(entity, { isRoot: id === s.entity, expanded: s.expanded.includes(entity.id) });
    else if (id) void this.loadEntityPanel(id);
    else this.panel.clear();
  }

  private async loadEntityPanel(id: string): Promise<void> {
    try {
      const data = await this.api.request<{ entity: Entity | null }>(ENTITY_QUERY, { id });
      if (data.entity && (this.state.focus ?? this.state.entity) === id && !this.state.edge) this.panel.showEntity(data.entity, { isRoot: false, expanded: false });
    } catch (error) {
      this.panel.clear(describeError(error).detail);
    }
  }

  private timelineSequence = 0;
  private timelineKey = '';

  /** Loads the timeline of the entity in focus, unless it already shows it for these dates. */
  private async renderFocusTimeline(): Promise<void> {
    const s = this.state;
    const id = s.focus ?? s.entity;
    const strip = byId('timeline-strip');
    const label = byId('timeline-of');
    const key = JSON.stringify([id, s.asOf, s.validFrom, s.validTo]);
    if (key === this.timelineKey && strip.getAttribute('aria-busy') === 'false') return;
    this.timelineKey = key;
    const sequence = ++this.timelineSequence;
    if (!id) {
      label.textContent = '';
      strip.replaceChildren();
      return;
    }
    label.textContent = `of ${this.loaded.nodes.get(id)?.name ?? 'the entity'}${s.asOf ? `, as of ${s.asOf}` : ''}`;
    strip.setAttribute('aria-busy', 'true');
    if (strip.childElementCount === 0) strip.replaceChildren(h('li', { class: 'muted timeline-empty' }, 'Loading the claims …'));
    try {
      const data = await this.api.request<{ timeline: Connection<Claim> }>(TIMELINE, { id, from: s.validFrom, to: s.validTo, asOf: s.asOf, first: TIMELINE_FIRST });
      if (sequence !== this.timelineSequence) return;
      renderTimeline(strip, data.timeline.edges.map((e) => e.node), data.timeline.totalCount, (claim) => this.openClaim(claim));
    } catch (error) {
      if (sequence !== this.timelineSequence) return;
      strip.replaceChildren(h('li', { class: 'error' }, `The timeline could not load: ${describeError(error).detail}`));
      this.timelineKey = '';
    } finally {
      if (sequence === this.timelineSequence) strip.setAttribute('aria-busy', 'false');
    }
  }

  private openClaim(claim: Claim): void {
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.claim = claim;
    // Select the fact the claim supports, when it is drawn.
    const fact = [...this.loaded.edges.values()].find((e) => e.claims.some((c) => c.id === claim.id));
    this.graph.select(fact?.id ?? null);
    this.panel.showClaim(claim);
    this.panel.focus();
  }

  // ---- export ----

  private async exportPng(): Promise<void> {
    try {
      const graph = await this.graph.png();
      const types = new Set([...this.loaded.edges.values()].map((e) => e.type));
      const root = this.state.entity ? this.loaded.nodes.get(this.state.entity)?.name : null;
      const caption = `${root ?? 'Workbench'}${this.state.asOf ? `, as of ${this.state.asOf}` : ''} · exported ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC from ${location.host}`;
      download(`workbench${this.state.asOf ? `-as-of-${this.state.asOf}` : ''}.png`, await pngWithLegend(graph, types, caption));
    } catch (error) {
      this.showError(error);
    }
  }

  private exportJson(): void {
    const data = viewJson(this.state, location.href, [...this.loaded.nodes.values()], [...this.loaded.edges.values()], this.loaded.truncated, this.loaded.paths);
    download('workbench-view.json', new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  }

  private async copyLink(): Promise<void> {
    const field = byId<HTMLInputElement>('export-link-text');
    field.value = location.href;
    field.hidden = false;
    try {
      await navigator.clipboard.writeText(location.href);
      this.announce('Link copied.');
    } catch {
      // No clipboard permission: the link is selected in the field for the analyst to copy.
    }
    field.focus();
    field.select();
  }

  // ---- small things ----

  private syncControls(): void {
    this.filters.set(this.state);
    this.time.set(this.state.asOf);
    this.time.setWindow(this.state.validFrom, this.state.validTo);
    this.paths.setHops(this.state.maxHops);
  }

  private setBusy(busy: boolean): void {
    document.body.dataset.view = busy ? 'loading' : document.body.dataset.view === 'error' ? 'error' : 'ready';
    byId('graph').setAttribute('aria-busy', String(busy));
  }

  private showError(error: unknown, retry?: () => void): void {
    const { title, detail } = describeError(error);
    const alert = byId('alert');
    fill(
      alert,
      h('strong', { class: 'alert-title' }, title),
      h('span', { class: 'alert-detail' }, ` ${detail}`),
      retry ? h('button', { type: 'button', class: 'alert-retry', onclick: () => retry() }, 'Try again') : null,
    );
    alert.dataset.kind = error instanceof ApiError ? error.kind : 'client';
    alert.hidden = false;
    document.body.dataset.view = 'error';
    if (error instanceof ApiError && error.kind === 'unauthenticated') this.token.ask();
  }

  private clearAlert(): void {
    const alert = byId('alert');
    alert.hidden = true;
    alert.replaceChildren();
    if (document.body.dataset.view === 'error') document.body.dataset.view = 'ready';
  }

  private announce(text: string): void {
    byId('status').textContent = text;
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable]') !== null;
    if (event.key === 'Escape') {
      this.closePanel();
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/') {
      event.preventDefault();
      this.search.focus();
    } else if (event.key === 'u') {
      this.undo();
    } else if (event.key === 'f') {
      this.graph.fit();
    }
  }
}

