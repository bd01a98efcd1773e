/**
 * The workbench's controller: it holds the view (urlState.ts), asks the API for it and hands the
 * answers to the graph, the side panel, the timeline and the path list. Every change of the view
 * goes through `update`, which writes the URL and reloads only what the change touches.
 */
import { ApiError, describeError, type ApiClient } from './api';
import { TokenControl } from './auth';
import { byId, fill, h } from './dom';
import { renderElements } from './elementsList';
import { claimsCsv, download, pngWithLegend, viewJson } from './exporter';
import { Filters } from './filters';
import { GraphView } from './graphView';
import { IngestForm } from './ingest';
import { renderLegend } from './legend';
import { MapView } from './mapView';
import { PathsPanel } from './pathsPanel';
import { capabilities, CAPABILITIES, changesQuery, claimQuery, ENTITY_QUERY, EVIDENCE_CHUNK, EVIDENCE_FIRST, evidenceQuery, factClaimsQuery, factQuery, MEMBERS, neighborhoodQuery, pathsQuery, profileDisputesQuery, profileQuery, reviewMutation, reviewQueueQuery, sourceQuery, timelineQuery } from './queries';
import { profileMayHaveDisputes } from './profileGate';
import { SearchBox } from './search';
import { claimLabel, SidePanel, sourceLine } from './sidePanel';
import { renderSourceView } from './sourceView';
import { TimeControls } from './timeControls';
import { claimMarks, renderTimeline } from './timeline';
import type { Claim, Connection, DateCount, Entity, Path, Profile, Relationship, Source, Subgraph } from './types';
import { LiveFeed } from './live';
import { decodeState, encodeState, type ViewState } from './urlState';
import { FACT_TYPES } from './vocabulary';

/** How many claims the timeline strip asks for. */
const TIMELINE_FIRST = 100;

/** After a new claim, the as-of axis is read again this long after (one read for a burst of claims). */
const TIME_DOMAIN_RELOAD_MS = 3_000;

interface Loaded {
  nodes: Map<string, Entity>;
  edges: Map<string, Relationship>;
  truncated: Set<string>;
  paths: Path[];
}

export class App {
  state: ViewState;
  readonly graph: GraphView;
  /** The same view on a map (mapView.ts), shown instead of the graph when `state.show` is "map". */
  readonly map: MapView;
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
  /** Facts opened from a profile that the graph does not draw: the panel shows them all the same. */
  private readonly offGraph = new Map<string, Relationship>();
  /** The profile last loaded, by entity id and dates. */
  private profile: { key: string; data: Profile } | null = null;
  /** The source view's highlighted claims, and a line about the last review. */
  private sourceSelection = new Set<string>();
  private sourceMessage: string | null = null;
  private viewerPermissions: string[] = [];
  private readonly live: LiveFeed;

  constructor(private readonly api: ApiClient) {
    this.state = decodeState(location.search, { types: new Set(FACT_TYPES.map((t) => t.name)) });
    this.graph = new GraphView(byId('graph'), {
      onNodeTap: (id) => this.expand(id),
      onEdgeTap: (id) => this.openEdge(id),
      onBackgroundTap: () => this.closePanel(),
    });
    this.map = new MapView(byId('map'), {
      onPlace: (id) => this.expand(id),
      onFact: (id) => this.openEdge(id),
    });
    this.panel = new SidePanel(byId('panel'), {
      openFact: (rel) => this.openFact(rel),
      openClaim: (claim) => this.openClaim(claim),
      openSource: (id) => this.openSource(id),
      openProfile: (id) => this.openProfile(id),
      story: (id) => void this.story(id),
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
      moreClaims: (rel) => void this.moreClaims(rel),
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
      onWindow: (validFrom, validTo, undated) => this.update({ validFrom, validTo, undated }, 'replace'),
      onChanges: (after, by) => void this.showChanges(after, by),
    });
    this.filters = new Filters((change) => this.update(change, 'replace'));
    this.token = new TokenControl(api, () => void this.start());
    this.live = new LiveFeed({
      inView: () => new Set(this.loaded.nodes.keys()),
      refresh: () => void this.refresh(),
      openClaim: (id) => void this.openClaimById(id),
      learned: () => this.reloadTimeDomainSoon(),
    });
    new IngestForm(this.api, {
      written: (sourceId) => {
        this.openSource(sourceId);
        void this.loadReviewQueue();
      },
    });

    byId('undo').addEventListener('click', () => this.undo());
    byId('fit').addEventListener('click', () => (this.state.show === 'map' ? void this.map.fit() : this.graph.fit()));
    byId('show-graph').addEventListener('click', () => this.update({ show: 'graph' }, 'replace', { graph: false }));
    byId('show-map').addEventListener('click', () => this.update({ show: 'map' }, 'replace', { graph: false }));
    byId('relayout').addEventListener('click', () => void this.graph.relayout());
    byId('export-png').addEventListener('click', () => void this.exportPng());
    byId('export-json').addEventListener('click', () => this.exportJson());
    byId('export-csv').addEventListener('click', () => this.exportCsv());
    byId('graph').addEventListener('keydown', (event) => this.onGraphKey(event));
    // Skip links land on something that takes the focus: the list's first item, the panel's heading.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.skip-link')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const target = link.getAttribute('href');
        if (target === '#elements-nodes') this.focusList();
        else if (target === '#panel') this.focusPanel();
        else document.querySelector<HTMLElement>(target ?? '')?.focus();
      });
    }
    byId('export-link').addEventListener('click', () => void this.copyLink());
    window.addEventListener('popstate', () => {
      this.state = decodeState(location.search, { types: new Set(FACT_TYPES.map((t) => t.name)) });
      this.syncControls();
      if (this.state.claim === null) this.claim = null;
      void this.refresh().then(() => this.openClaimOfUrl());
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Loads what the controls need from the API, then the view in the URL. */
  async start(): Promise<void> {
    this.syncControls();
    this.clearAlert();
    this.live.connect(this.api.token);
    // Who the caller is, from the API; it does not hold up the view.
    void this.token.check().then((viewer) => {
      this.viewerPermissions = viewer?.permissions ?? [];
      if (this.state.source) this.renderPanel();
    });
    try {
      const dates = await this.probe();
      await this.time.loadDomain(dates);
      void this.loadReviewQueue();
    } catch (error) {
      this.showError(error, () => void this.start());
      return;
    }
    await this.refresh();
    this.openClaimOfUrl();
  }

  private timeDomainTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * New claims may come from sources of new publication dates: the as-of axis and its histogram are
   * read again, at most once every TIME_DOMAIN_RELOAD_MS however fast an import writes, and never
   * move the as-of date the analyst chose.
   */
  private reloadTimeDomainSoon(): void {
    if (this.timeDomainTimer) return;
    this.timeDomainTimer = setTimeout(() => {
      this.timeDomainTimer = null;
      // A failed reload keeps the axis as it was; the next claim tries again.
      this.time.loadDomain().catch(() => undefined);
    }, TIME_DOMAIN_RELOAD_MS);
  }

  /** Whether the server has issue 13's API (origins, review, publication dates, source text). */
  private async probe(): Promise<DateCount[] | undefined> {
    try {
      const data = await this.api.request<{ publicationDates: DateCount[] }>(CAPABILITIES);
      capabilities.trust = true;
      // The probe's question is the time axis's: its answer sets the axis, with no second read.
      return data.publicationDates;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'input') capabilities.trust = false;
      else throw error;
      return undefined;
    }
  }

  // ---- changes of the view ----

  /** Opens an entity: a new view centred on it. */
  open(id: string): void {
    this.update({ entity: id, expanded: [], edge: null, focus: null, source: null }, 'push', { fresh: true });
  }

  /** Clicking a node expands it; a node already expanded just becomes the focus. */
  expand(id: string): void {
    const s = this.state;
    if (id === s.entity || s.expanded.includes(id)) {
      this.update({ focus: id, edge: null, source: null }, 'replace', { graph: false });
      return;
    }
    this.update({ expanded: [...s.expanded, id], focus: id, edge: null, source: null }, 'push', { anchor: id });
  }

  /** Takes back the last expansion. */
  undo(): void {
    const expanded = this.state.expanded.slice(0, -1);
    const undone = this.state.expanded.at(-1);
    if (undone === undefined) return;
    this.update({ expanded, focus: this.state.focus === undone ? null : this.state.focus }, 'push');
  }

  openEdge(id: string): void {
    this.rememberFocus();
    this.claim = null;
    this.update({ edge: id, source: null, claim: null }, 'replace', { graph: false });
    this.panel.focus();
  }

  /**
   * Opens a fact from a profile: on the graph when it is drawn, else in the panel alone. Without an
   * id (a dispute names only the fact's ends and type), the fact of that triple; there is one.
   */
  openFact(rel: Pick<Relationship, 'id' | 'type' | 'from' | 'to'>): void {
    const drawn = rel.id ? rel.id : [...this.loaded.edges.values()].find((e) => e.from.id === rel.from.id && e.type === rel.type && e.to.id === rel.to.id)?.id;
    if (drawn && (this.loaded.edges.has(drawn) || this.offGraph.has(drawn))) {
      this.openEdge(drawn);
      return;
    }
    this.rememberFocus();
    this.panel.clear('Loading the fact …');
    void this.api
      .request<{ relationships: Connection<Relationship> }>(factQuery(), { from: rel.from.id, to: rel.to.id, types: [rel.type], asOf: this.state.asOf })
      .then((data) => {
        const full = data.relationships.edges.map((e) => e.node).find((r) => r.id === rel.id || !rel.id);
        if (!full && !rel.id) {
          this.panel.clear('No fact stands on these claims with the current date: every claim of it is denied, retracted or rejected.');
          return;
        }
        if (full) this.offGraph.set(full.id, { ...full, evidence: true });
        this.openEdge(full?.id ?? rel.id);
      })
      .catch((error: unknown) => this.panel.clear(describeError(error).detail));
  }

  /** A pivot: the profile of an outlet or a reporter (everything it published, everything it said). */
  openProfile(id: string): void {
    this.rememberFocus();
    this.claim = null;
    this.update({ focus: id, edge: null, source: null, claim: null }, 'push', { graph: false });
    this.panel.focus();
  }

  openSource(id: string): void {
    this.rememberFocus();
    this.claim = null;
    this.sourceSelection = new Set();
    this.sourceMessage = null;
    this.update({ source: id, claim: null }, 'push', { graph: false });
  }

  closePanel(): void {
    if (!this.state.edge && !this.claim && !this.state.claim && !this.state.source) return;
    this.claim = null;
    this.update({ edge: null, source: null, claim: null }, 'replace', { graph: false });
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  private rememberFocus(): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !byId('panel').contains(active)) this.returnFocus = active;
  }

  /**
   * The story around an entity: the forces, units and persons that belong to it (PART_OF, two
   * levels down) are expanded, so their facts are drawn, and the panel lists them.
   */
  async story(id: string): Promise<void> {
    try {
      const members: string[] = [];
      let level = [id];
      for (let depth = 0; depth < 2 && level.length; depth++) {
        const answers = await Promise.all(level.map((e) => this.api.request<{ entity: { members: Connection<{ from: { id: string } }> } | null }>(MEMBERS, { id: e, asOf: this.state.asOf })));
        level = answers.flatMap((a) => a.entity?.members.edges.map((m) => m.node.from.id) ?? []).filter((m) => m !== id && !members.includes(m));
        members.push(...level);
      }
      const s = this.state;
      const add = members.filter((m) => m !== s.entity && !s.expanded.includes(m));
      this.announce(add.length ? `Drawing the facts of ${add.length} member${add.length === 1 ? '' : 's'}.` : 'Its members are drawn already.');
      if (add.length) this.update({ expanded: [...s.expanded, ...add], focus: id, edge: null }, 'push', { anchor: id });
    } catch (error) {
      this.showError(error);
    }
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
      this.renderMap();
      this.renderPanel();
      this.renderFocusTimeline();
      return;
    }
    void this.refresh(how);
  }

  // ---- loading ----

  /** Reloads the view from the API: the neighbourhoods, the paths, then the panel and timeline. */
  async refresh(how: { fresh?: boolean; anchor?: string; keepPanel?: boolean } = {}): Promise<void> {
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
      // Undated facts are kept in a window unless asked otherwise (the API walks through them too).
      validDuring: s.validFrom || s.validTo ? { from: s.validFrom, to: s.validTo, keepUndated: s.undated } : null,
      minConfidence: s.minConfidence,
    };
    const centres = [{ id: s.entity, depth: s.depth }, ...s.expanded.filter((id) => id !== s.entity).map((id) => ({ id, depth: 1 }))];
    try {
      // The neighbourhoods and the paths, all at once.
      const paths =
        s.pathFrom && s.pathTo
          ? this.api.request<{ paths: Path[] }>(pathsQuery(), { ...view, from: s.pathFrom, to: s.pathTo, maxHops: s.maxHops, first: 5 }, inflight.signal).then(
              (d) => d.paths,
              (error: unknown) => error,
            )
          : Promise.resolve([] as Path[]);
      if (s.pathFrom && s.pathTo) this.paths.showLoading();
      const answers = await Promise.allSettled(centres.map((c) => this.neighbourhood(c, view, inflight.signal)));
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
          // The ends' names, for a view opened from a link.
          const [from, to] = [loaded.nodes.get(s.pathFrom), loaded.nodes.get(s.pathTo)];
          if (from) this.paths.setFrom(from);
          if (to) this.paths.setTo(to);
        }
      }
      // The facts' evidence, a bounded part of each, before anything is drawn or listed.
      await this.loadEvidence([...loaded.edges.values(), ...loaded.paths.flatMap((p) => p.edges)], inflight.signal);
      if (sequence !== this.sequence) return;
      if (s.pathFrom && s.pathTo && Array.isArray(pathAnswer)) this.paths.showResults(pathAnswer, s.maxHops);
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
      this.renderAll(dropped, how.keepPanel);
    } catch (error) {
      if (sequence !== this.sequence || (error instanceof ApiError && error.kind === 'aborted')) return;
      this.showError(error, () => void this.refresh(how));
    } finally {
      if (sequence === this.sequence) this.setBusy(false);
    }
  }

  /**
   * Fills in the evidence of facts drawn without it (their first claims and origins, their disputes;
   * queries.ts, EVIDENCE_FIRST), EVIDENCE_CHUNK facts a request, the requests at once. A fact a feed
   * reports every day has thousands of claims: the graph's own documents carry none, and each fact
   * here brings a bounded number.
   */
  private async loadEvidence(edges: Relationship[], signal?: AbortSignal): Promise<void> {
    const byApiId = new Map<string, Relationship[]>();
    for (const edge of edges) {
      if (edge.evidence) continue;
      edge.claims ??= [];
      edge.disputes ??= [];
      byApiId.set(edge.apiId, [...(byApiId.get(edge.apiId) ?? []), edge]);
    }
    const ids = [...byApiId.keys()];
    const chunks = Array.from({ length: Math.ceil(ids.length / EVIDENCE_CHUNK) }, (_, i) => ids.slice(i * EVIDENCE_CHUNK, (i + 1) * EVIDENCE_CHUNK));
    type Evidence = Pick<Relationship, 'claims' | 'disputes' | 'origins'>;
    const answers = await Promise.all(chunks.map((chunk) => this.api.request<{ nodes: Array<Evidence | null> }>(evidenceQuery(), { ids: chunk }, signal)));
    answers.forEach((answer, c) =>
      answer.nodes.forEach((node, i) => {
        // A fact gone since the graph was read (a retraction in between) keeps no evidence.
        for (const edge of byApiId.get(chunks[c]![i]!) ?? []) {
          Object.assign(edge, { claims: node?.claims ?? [], disputes: node?.disputes ?? [], evidence: true });
          if (node?.origins) edge.origins = node.origins;
        }
      }),
    );
  }

  /** The panel's "more claims": the fact's next claims through Query.claims, added to those shown. */
  private async moreClaims(rel: Relationship): Promise<void> {
    try {
      const data = await this.api.request<{ claims: Connection<Claim> }>(factClaimsQuery(), {
        from: rel.from.id,
        to: rel.to.id,
        type: rel.type,
        asOf: this.state.asOf,
        after: rel.moreClaims?.after ?? null,
      });
      const shown = new Set(rel.claims.map((c) => c.id));
      rel.claims = [...rel.claims, ...data.claims.edges.map((e) => e.node).filter((c) => !shown.has(c.id))];
      rel.moreClaims = { after: data.claims.pageInfo.endCursor, hasNext: data.claims.pageInfo.hasNextPage };
      if (this.state.edge === rel.id) this.renderPanel();
      this.announce(`${rel.claims.length} of ${rel.claimCount} claims shown.`);
    } catch (error) {
      this.showError(error);
    }
  }

  /**
   * One centre's neighbourhood. A valid-time window that keeps undated facts asks the API for them
   * too (`validDuring.keepUndated`), so the walk goes through them to the dated facts beyond.
   */
  private async neighbourhood(c: { id: string; depth: number }, view: Record<string, unknown> & { validDuring: unknown }, signal: AbortSignal): Promise<{ neighborhood: Subgraph }> {
    return this.api.request<{ neighborhood: Subgraph }>(neighborhoodQuery(), { ...view, id: c.id, depth: c.depth, limit: this.state.limit }, signal);
  }

  // ---- rendering ----

  /** Draws the view from what was loaded; `keepPanel` leaves the side panel and the status line as they are. */
  private renderAll(dropped: string[] = [], keepPanel = false): void {
    const s = this.state;
    const nodes = [...this.loaded.nodes.values()];
    const edges = [...this.loaded.edges.values()];
    const pathNodes = new Set(this.loaded.paths.flatMap((p) => p.nodes.map((n) => n.id)));
    const pathEdges = new Set(this.loaded.paths.flatMap((p) => p.edges.map((e) => e.id)));
    this.graph.highlight(pathNodes, pathEdges);
    this.graph.select(s.edge);
    const typesInView = new Set(edges.map((e) => e.type));
    renderLegend(byId('legend'), typesInView);
    this.renderMap();
    // Keep the focus on the list item the action came from, though the list is drawn anew.
    const active = document.activeElement as HTMLElement | null;
    const listKey = active?.closest('#elements') ? (active.dataset.nodeId ? `[data-node-id="${active.dataset.nodeId}"]` : active.dataset.edgeId ? `[data-edge-id="${active.dataset.edgeId}"]` : null) : null;
    renderElements(byId('elements-nodes'), byId('elements-edges'), nodes, edges, { node: (id) => this.expand(id), edge: (id) => this.openEdge(id) });
    if (listKey) (document.querySelector<HTMLElement>(`#elements ${listKey}`) ?? byId('elements-nodes').querySelector<HTMLElement>('button'))?.focus();

    const root = s.entity ? this.loaded.nodes.get(s.entity) : undefined;
    if (root) this.search.setText(root.name);
    const when = s.asOf ? ` · as of ${s.asOf}` : '';
    const window = s.validFrom || s.validTo ? ` · valid ${s.validFrom ?? '…'} to ${s.validTo ?? '…'}${s.undated ? ' (and undated)' : ''}` : '';
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
    if (keepPanel) return;
    this.announce(s.entity ? `${nodes.length} entities and ${edges.length} facts in view${when}.` : 'Nothing in view.');
    this.renderPanel();
    this.renderFocusTimeline();
  }

  /** The map draws from the same loaded view as the graph; it marks what the panel is about. */
  private renderMap(): void {
    const s = this.state;
    void this.map.show({ nodes: [...this.loaded.nodes.values()], edges: [...this.loaded.edges.values()], selected: s.edge ? null : (s.focus ?? s.entity), selectedEdge: s.edge });
  }

  private renderPanel(): void {
    const s = this.state;
    document.body.classList.toggle('source-open', !!s.source);
    if (s.source) {
      // The heading takes the focus when the source opens, not when it is drawn again.
      void this.loadSource(s.source, byId('panel').dataset.showing !== `source:${s.source}`);
      return;
    }
    if (this.claim) {
      this.panel.showClaim(this.claim);
      return;
    }
    if (s.edge) {
      const rel = this.loaded.edges.get(s.edge) ?? this.offGraph.get(s.edge);
      if (!rel) {
        const known = this.seen.get(s.edge);
        const what = known ? `“${known.from.name} — ${known.type} → ${known.to.name}”` : 'The fact you opened';
        this.panel.clear(`${what} is not in view${s.asOf ? ` as of ${s.asOf}` : ''} with the current filters: none of its claims count then.`);
        return;
      }
      this.panel.showRelationship(rel, this.loaded.edges.has(rel.id));
      return;
    }
    const id = s.focus ?? s.entity;
    const entity = id ? this.loaded.nodes.get(id) : undefined;
    const marks = { isRoot: id === s.entity, expanded: !!id && s.expanded.includes(id) };
    const key = JSON.stringify([id, s.asOf, s.validFrom, s.validTo, s.undated]);
    if (entity && this.profile?.key === key) this.panel.showEntity(entity, marks, this.profile.data);
    else if (entity) this.panel.showEntity(entity, marks, null, true);
    if (id) void this.loadProfile(id, key, marks);
    else this.panel.clear();
  }

  private profileSequence = 0;

  /** Loads an entity's profile (its facts and claims by type, members, what it published and said). */
  private async loadProfile(id: string, key: string, marks: { isRoot: boolean; expanded: boolean }): Promise<void> {
    if (this.profile?.key === key) {
      if (!this.loaded.nodes.has(id)) this.panel.showEntity(this.profile.data, marks, this.profile.data);
      return;
    }
    const sequence = ++this.profileSequence;
    try {
      const asked = this.state;
      const windowed = !!(asked.validFrom || asked.validTo);
      const valid = windowed ? { from: asked.validFrom, to: asked.validTo, keepUndated: asked.undated } : null;
      type Answer = { entity: Omit<Profile, 'relationships' | 'window'> | null; facts: Profile['relationships'] };
      const data = await this.api.request<Answer>(profileQuery(), { id, asOf: asked.asOf, valid });
      if (sequence !== this.profileSequence) return;
      const s = this.state;
      if ((s.focus ?? s.entity) !== id || s.edge || s.source || this.claim) return;
      if (!data.entity) {
        this.panel.clear('This entity no longer exists.');
        return;
      }
      const window = windowed ? `valid ${asked.validFrom ?? '…'} to ${asked.validTo ?? '…'}${asked.undated ? ', undated kept' : ''}` : null;
      const profile: Profile = { ...data.entity, relationships: data.facts, window };
      const mayDispute = profileMayHaveDisputes(profile);
      if (!mayDispute) profile.disputes = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
      this.profile = { key, data: profile };
      const keepFocus = byId('panel').contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
      const wasHeading = keepFocus?.tagName === 'H2';
      this.panel.showEntity(this.loaded.nodes.get(id) ?? profile, marks, profile);
      if (wasHeading) this.panel.focus();
      byId('panel').dataset.profile = id;
      if (mayDispute) void this.loadProfileDisputes(profile, sequence, asked.asOf, valid);
    } catch (error) {
      if (sequence === this.profileSequence) this.panel.clear(describeError(error).detail);
    }
  }

  /** The profile's disputes, after it is shown, at its dates; filled into its section in place, so nothing else moves. */
  private async loadProfileDisputes(profile: Profile, sequence: number, asOf: string | null, valid: { from: string | null; to: string | null; keepUndated: boolean } | null): Promise<void> {
    try {
      const data = await this.api.request<{ disputes: NonNullable<Profile['disputes']> }>(profileDisputesQuery(), { id: profile.id, asOf, valid });
      profile.disputes = data.disputes;
    } catch (error) {
      profile.disputes = undefined;
      // Not kept: shown again from the cache, the profile would say "Looking for them" for good. The
      // next time it is opened, it is read again, disputes and all.
      if (this.profile?.data === profile) this.profile = null;
      if (sequence === this.profileSequence) this.panel.profileDisputesFailed(describeError(error).detail);
      return;
    }
    if (sequence === this.profileSequence) this.panel.showProfileDisputes(profile);
  }

  private sourceSequence = 0;

  /** The source view: the source's text with its claims in place, for reading and review. */
  private async loadSource(id: string, focusHeading = true): Promise<void> {
    const sequence = ++this.sourceSequence;
    const panel = byId('panel');
    if (panel.dataset.showing !== `source:${id}`) this.panel.clear('Loading the source …');
    try {
      const data = await this.api.request<{ head: Connection<{ source: Source }>; all: Connection<Claim> }>(sourceQuery(), { id });
      if (sequence !== this.sourceSequence || this.state.source !== id) return;
      const first = data.head.edges[0]?.node;
      if (!first) {
        this.panel.clear('No claim cites this source, so the workbench cannot open it (the API has no Query.source).');
        return;
      }
      const source = first.source;
      const claims = data.all.edges.map((e) => e.node);
      const canReview = this.viewerPermissions.includes('WRITE') || this.viewerPermissions.includes('REVIEW');
      renderSourceView(
        panel,
        source,
        claims,
        this.sourceSelection,
        {
          openSource: (sid) => this.openSource(sid),
          openProfile: (eid) => this.openProfile(eid),
          close: () => this.closePanel(),
          select: (ids) => {
            this.sourceSelection = new Set(ids);
            this.sourceMessage = null;
            void this.loadSource(id, false).then(() => document.getElementById('source-claims-h')?.focus());
          },
          review: (claim, action, reason) => this.review(claim, action, reason),
        },
        { canReview, message: this.sourceMessage, totalClaims: data.all.totalCount },
      );
      if (focusHeading) this.panel.focus();
    } catch (error) {
      if (sequence === this.sourceSequence) this.panel.clear(`The source could not load: ${describeError(error).detail}`);
    }
  }

  /** Accepts, rejects or reopens a claim, then reloads the source view and the graph. */
  private async review(claim: Claim, action: 'accept' | 'reject' | 'reopen', reason?: string): Promise<void> {
    try {
      const data = await this.api.request<{ claim: { id: string; review: { status: string } } }>(reviewMutation(action), action === 'reject' ? { id: claim.id, reason } : { id: claim.id });
      this.sourceMessage = `${claimLabel(claim)}: ${data.claim.review.status === 'ACCEPTED' ? 'accepted' : data.claim.review.status === 'REJECTED' ? `rejected (${reason})` : 'awaiting review again'}.`;
      this.announce(this.sourceMessage);
    } catch (error) {
      const { title, detail } = describeError(error);
      throw new Error(`${title}: ${detail}`);
    }
    const source = this.state.source;
    if (source) {
      await this.loadSource(source, false);
      byId('panel').querySelector<HTMLElement>(`.claim[data-claim-id="${claim.id}"] button, .review-message`)?.focus();
    }
    this.profile = null;
    void this.loadReviewQueue();
    // The graph only: the source view was drawn again above, and drawing it once more would take the
    // focus from the claim and wipe a reason typed for the next one.
    void this.refresh({ keepPanel: true });
  }

  /** "Awaiting review": the sources of the oldest pending claims, with how many each has. */
  private async loadReviewQueue(): Promise<void> {
    const list = byId('review-list');
    if (!capabilities.trust) {
      list.replaceChildren(h('p', { class: 'help' }, 'This server has no review queue.'));
      return;
    }
    try {
      const data = await this.api.request<{ reviewQueue: Connection<{ id: string; source: Source }> }>(reviewQueueQuery(), { first: 100 });
      const bySource = new Map<string, { source: Source; count: number }>();
      for (const { node } of data.reviewQueue.edges) {
        const entry = bySource.get(node.source.id) ?? { source: node.source, count: 0 };
        entry.count++;
        bySource.set(node.source.id, entry);
      }
      list.replaceChildren(
        data.reviewQueue.totalCount === 0
          ? h('p', { class: 'help' }, 'No claim awaits review.')
          : h(
              'p',
              { class: 'help' },
              `${data.reviewQueue.totalCount} claim${data.reviewQueue.totalCount === 1 ? ' awaits' : 's await'} review, oldest first` +
                // The counts are of the claims read: say so when the queue holds more.
                (data.reviewQueue.totalCount > data.reviewQueue.edges.length ? `; the sources of the oldest ${data.reviewQueue.edges.length}, with how many of those each has:` : ':'),
            ),
        h(
          'ul',
          { class: 'plain' },
          ...[...bySource.values()].map(({ source, count }) =>
            h('li', {}, h('button', { type: 'button', class: 'element', 'data-source-id': source.id, onclick: () => this.openSource(source.id) }, sourceLine(source), h('span', { class: 'badge review pending' }, `${count} pending`))),
          ),
        ),
      );
    } catch (error) {
      list.replaceChildren(h('p', { class: 'help error' }, `The review queue could not load: ${describeError(error).detail}`));
    }
  }

  /** "What changed": the claims learned after one date and by another. */
  private async showChanges(after: string, by: string): Promise<void> {
    const out = byId('changes-results');
    out.replaceChildren(h('p', { class: 'help' }, 'Looking …'));
    if (!capabilities.trust) {
      out.replaceChildren(h('p', { class: 'help' }, 'This server cannot say when claims were learned (no ClaimFilter.knownAfter).'));
      return;
    }
    try {
      const data = await this.api.request<{ claims: Connection<Claim> }>(changesQuery(), { after, by, first: 100 });
      const claims = data.claims.edges.map((e) => e.node);
      const bySource = new Map<string, Claim[]>();
      for (const c of claims) bySource.set(c.source.id, [...(bySource.get(c.source.id) ?? []), c]);
      out.replaceChildren(
        h('p', { class: 'changes-count' }, `${data.claims.totalCount} claim${data.claims.totalCount === 1 ? '' : 's'} learned after ${after}, up to ${by}${data.claims.totalCount > claims.length ? ` (the first ${claims.length} shown)` : ''}.`),
        ...[...bySource.values()].map((list) =>
          h(
            'div',
            { class: 'changes-source' },
            h('p', { class: 'small' }, h('strong', {}, sourceLine(list[0]!.source))),
            h('ul', { class: 'plain' }, ...list.map((c) => h('li', {}, changedClaim(c, () => this.openClaim(c))))),
          ),
        ),
      );
    } catch (error) {
      out.replaceChildren(h('p', { class: 'help error' }, describeError(error).detail));
    }
  }

  private timelineSequence = 0;
  private timelineKey = '';

  /**
   * The timeline follows what the panel shows: the claims of the open fact (its dissent included),
   * else those about the entity in focus (Query.timeline); for a country or a place, those about the
   * places in it too, where a feed's events are, less the claims that locate them.
   */
  private async renderFocusTimeline(): Promise<void> {
    const s = this.state;
    const chart = byId('timeline-chart');
    const label = byId('timeline-of');
    const fact = s.edge ? this.loaded.edges.get(s.edge) ?? this.offGraph.get(s.edge) : undefined;
    const id = s.focus ?? s.entity;
    const entity = id ? this.loaded.nodes.get(id) ?? (this.profile?.data.id === id ? this.profile.data : undefined) : undefined;
    const places = entity?.kind === 'COUNTRY' || entity?.kind === 'LOCATION';
    const key = JSON.stringify([fact?.id ?? null, id, places, s.asOf, s.validFrom, s.validTo, s.undated]);
    if (key === this.timelineKey && chart.getAttribute('aria-busy') === 'false') return;
    this.timelineKey = key;
    const sequence = ++this.timelineSequence;
    if (fact) {
      label.textContent = `of ${fact.from.name} — ${fact.type.toLowerCase().replace(/_/g, ' ')} → ${fact.to.name}${s.asOf ? `, as of ${s.asOf}` : ''}`;
      const claims = [...new Map([...fact.claims, ...fact.disputes.flatMap((d) => d.claims)].map((c) => [c.id, c])).values()];
      // A fact shows its first claims only (the panel loads more): the total says how many there are.
      const denials = claims.filter((c) => c.polarity === 'DENIED').length;
      renderTimeline(chart, claims, Math.max(claims.length, fact.claimCount + denials), s.asOf, (claim) => this.openClaim(claim));
      chart.dataset.follows = `edge:${fact.id}`;
      return;
    }
    if (!id) {
      label.textContent = '';
      chart.replaceChildren();
      chart.dataset.follows = '';
      return;
    }
    label.textContent = `of ${entity?.name ?? 'the entity'}${places ? ' and the places in it' : ''}${s.asOf ? `, as of ${s.asOf}` : ''}`;
    chart.setAttribute('aria-busy', 'true');
    if (chart.childElementCount === 0) chart.replaceChildren(h('p', { class: 'muted timeline-empty' }, 'Loading the claims …'));
    try {
      // "Keep facts with no valid time" keeps the undated claims in the timeline too, as in the graph and the profile.
      const keepUndated = s.undated && !!(s.validFrom || s.validTo);
      const data = await this.api.request<{ timeline: Connection<Claim> }>(timelineQuery(keepUndated), {
        id, from: s.validFrom, to: s.validTo, asOf: s.asOf, first: TIMELINE_FIRST, places, ...(keepUndated ? { keepUndated } : {}),
      });
      if (sequence !== this.timelineSequence) return;
      renderTimeline(chart, data.timeline.edges.map((e) => e.node), data.timeline.totalCount, s.asOf, (claim) => this.openClaim(claim));
      chart.dataset.follows = `entity:${id}`;
    } catch (error) {
      if (sequence !== this.timelineSequence) return;
      chart.replaceChildren(h('p', { class: 'error' }, `The timeline could not load: ${describeError(error).detail}`));
      this.timelineKey = '';
    } finally {
      if (sequence === this.timelineSequence) chart.setAttribute('aria-busy', 'false');
    }
  }

  /** A claim named by the live notice: drawn already, or after the view is loaded again. */
  private async openClaimById(id: string): Promise<void> {
    const find = () => [...this.loaded.edges.values()].flatMap((e) => e.claims).find((c) => c.id === id);
    if (!find()) await this.refresh();
    // A fact shows its first claims only: a later one is asked for by its id.
    const claim = find() ?? (await this.api.request<{ nodes: Array<Claim | null> }>(claimQuery(), { id }).then((d) => d.nodes[0] ?? undefined, () => undefined));
    if (claim) this.openClaim(claim);
    else this.announce('That claim is not in the current view (its fact may be filtered out, or it stands alone).');
  }

  private openClaim(claim: Claim): void {
    this.rememberFocus();
    this.claim = claim;
    // Select the fact the claim supports, when it is drawn.
    const fact = [...this.loaded.edges.values()].find((e) => e.from.id === claim.subject.id && e.type === claim.predicate && e.to.id === claim.object?.id && claim.polarity === 'ASSERTED');
    this.graph.select(fact?.id ?? null);
    // In the URL too, so that a link to the view opens the claim; the panel is drawn from this.claim.
    this.update({ source: null, claim: claim.id }, 'replace', { graph: false });
    this.panel.focus();
  }

  /** Opens the claim the URL names (a link, Back or Forward) once the view is loaded, unless it is open. */
  private openClaimOfUrl(): void {
    const id = this.state.claim;
    if (id === null) this.claim = null;
    else if (this.claim?.id !== id) void this.openClaimById(id);
  }

  // ---- export ----

  private async exportPng(): Promise<void> {
    try {
      const graph = await this.graph.png();
      const types = new Set([...this.loaded.edges.values()].map((e) => e.type));
      const root = this.state.entity ? this.loaded.nodes.get(this.state.entity)?.name : null;
      const s = this.state;
      const caption = `${root ?? 'Workbench'}, as of ${s.asOf ?? 'latest (everything known)'} · exported ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC from ${location.host}`;
      download(`workbench${s.asOf ? `-as-of-${s.asOf}` : ''}.png`, await pngWithLegend(graph, types, caption, this.exportDetails()));
    } catch (error) {
      this.showError(error);
    }
  }

  /** The lines under an exported picture: the filters, and the sources the facts drawn rest on. */
  exportDetails(): string[] {
    const s = this.state;
    const filters = [
      `depth ${s.depth}`,
      `edge limit ${s.limit}`,
      s.types.length ? `types ${s.types.map((t) => t.toLowerCase().replace(/_/g, ' ')).join(', ')}` : 'all types',
      s.minConfidence ? `confidence at least ${s.minConfidence}` : 'any confidence',
      s.validFrom || s.validTo ? `valid ${s.validFrom ?? '…'} to ${s.validTo ?? '…'}${s.undated ? ', undated facts kept' : ''}` : 'any valid time',
      s.expanded.length ? `${s.expanded.length} expanded` : null,
    ].filter(Boolean);
    const sources = new Map<string, Source>();
    for (const e of this.loaded.edges.values()) for (const c of e.claims) sources.set(c.source.id, c.source);
    const list = [...sources.values()].sort((a, b) => (a.publishedAt?.iso ?? '').localeCompare(b.publishedAt?.iso ?? ''));
    const lines = [`As of: ${s.asOf ?? 'latest (everything known)'}`, `Filters: ${filters.join('; ')}`, `Sources (${list.length}):`];
    for (const src of list.slice(0, 12)) lines.push(`  ${sourceLine(src)}${src.url ? ` · ${src.url}` : ''}`);
    if (list.length > 12) lines.push(`  … and ${list.length - 12} more (the CSV lists every claim with its source)`);
    return lines;
  }

  private exportCsv(): void {
    const edges = [...this.loaded.edges.values()];
    download(`workbench-claims${this.state.asOf ? `-as-of-${this.state.asOf}` : ''}.csv`, new Blob([claimsCsv(edges)], { type: 'text/csv' }));
    const partial = edges.filter((e) => e.claims.length < e.claimCount).length;
    this.announce(`CSV of the claims in view downloaded${partial ? `: for ${partial} fact${partial === 1 ? '' : 's'} with more claims than the view loads, the first ${EVIDENCE_FIRST} (Query.claims gives them all)` : ''}.`);
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
    this.time.setWindow(this.state.validFrom, this.state.validTo, this.state.undated);
    this.paths.setHops(this.state.maxHops);
    this.syncShow();
  }

  /** Graph or map: the toggle's buttons, and which of the two the stage shows. */
  private syncShow(): void {
    const map = this.state.show === 'map';
    byId('show-graph').setAttribute('aria-pressed', String(!map));
    byId('show-map').setAttribute('aria-pressed', String(map));
    byId('graph').closest('.graph-wrap')?.classList.toggle('map-shown', map);
    if (map !== this.mapShown) {
      this.mapShown = map;
      void this.map.setVisible(map);
    }
  }

  private mapShown = false;

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
    const typing = target.closest('input:not([type=range]):not([type=checkbox]), textarea, select, [contenteditable]') !== null;
    if (event.key === 'Escape') {
      // Not from a field of the panel (a reason for a rejection, the ingest form): what was typed would be lost.
      if (typing && target.closest('#panel')) return;
      this.closePanel();
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const go = (id: string) => {
      event.preventDefault();
      const el = byId(id);
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    };
    switch (event.key) {
      case '/':
        event.preventDefault();
        this.search.focus();
        break;
      case 'g':
        go('graph');
        break;
      case 'l':
        event.preventDefault();
        this.focusList();
        break;
      case 'p':
        event.preventDefault();
        this.focusPanel();
        break;
      case 't':
        go('as-of');
        break;
      case '[':
        byId('as-of-prev').click();
        break;
      case ']':
        byId('as-of-next').click();
        break;
      case 'u':
        this.undo();
        break;
      case 'f':
        if (this.state.show === 'map') void this.map.fit();
        else this.graph.fit();
        break;
      case 'm':
        this.update({ show: this.state.show === 'map' ? 'graph' : 'map' }, 'replace', { graph: false });
        break;
    }
  }

  private focusList(): void {
    byId<HTMLDetailsElement>('elements').open = true;
    const first = document.querySelector<HTMLElement>('#elements-nodes button, #elements-edges button');
    (first ?? (byId('elements').querySelector('summary') as HTMLElement)).focus();
  }

  private focusPanel(): void {
    (byId('panel').querySelector<HTMLElement>('h2') ?? byId('panel')).focus();
  }

  /** On the focused graph: arrows pan, + and − zoom. */
  private onGraphKey(event: KeyboardEvent): void {
    const cy = this.graph.cy;
    const step = 60;
    const pan: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = pan[event.key];
    if (move) {
      event.preventDefault();
      cy.panBy({ x: move[0], y: move[1] });
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      event.preventDefault();
      const box = byId('graph').getBoundingClientRect();
      cy.zoom({ level: cy.zoom() * (event.key === '-' ? 0.8 : 1.25), renderedPosition: { x: box.width / 2, y: box.height / 2 } });
    }
  }
}

/**
 * A claim in the "What changed" list: what it says, then what sets it apart (rejected, retracted,
 * denied, disputed, awaiting review), so a claim learned and then rejected does not read as news.
 */
function changedClaim(c: Claim, open: () => void): HTMLElement {
  const marks = claimMarks(c);
  const set = new Set(marks.map((m) => m.cls));
  const withdrawn = set.has('rejected') || set.has('retracted');
  return h(
    'button',
    { type: 'button', class: `element${withdrawn ? ' withdrawn' : ''}`, 'data-claim-id': c.id, 'data-marks': [...set].join(' '), onclick: open },
    h('span', { class: 'changed-label' }, claimLabel(c)),
    marks.length ? h('span', { class: 'changed-marks' }, ` — ${marks.map((m) => m.text).join(', ')}`) : null,
  );
}
