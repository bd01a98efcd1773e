/**
 * The view in the URL, so that a link restores it: the entity, its depth and limit, the expanded
 * entities, the filters, the dates, the selected fact or claim, the path being looked at, and graph or map.
 */

export interface ViewState {
  /** The entity the view is about. */
  entity: string | null;
  depth: number;
  limit: number;
  /** Entities whose neighbourhood was added, in the order they were expanded (undo pops the last). */
  expanded: string[];
  /** Relationship types to keep; empty keeps them all. */
  types: string[];
  minConfidence: number | null;
  /** "What did we know then": a day, or null for everything known. */
  asOf: string | null;
  /** The valid-time window, as partial dates. */
  validFrom: string | null;
  validTo: string | null;
  /** With a valid-time window: keep the facts that give no valid time (the default). */
  undated: boolean;
  /** The source the side panel shows with its text (the source view). */
  source: string | null;
  /** The fact whose claims the side panel shows. */
  edge: string | null;
  /** The claim the side panel shows (opened from the timeline, the profile, "what changed" or the live notice). */
  claim: string | null;
  /** The entity the side panel and the timeline are about (the view's entity when null). */
  focus: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  maxHops: number;
  /** What the stage shows: the graph, or the same view on the map. */
  show: 'graph' | 'map';
}

export const DEFAULT_STATE: ViewState = {
  entity: null,
  depth: 1,
  limit: 200,
  expanded: [],
  types: [],
  minConfidence: null,
  asOf: null,
  validFrom: null,
  validTo: null,
  undated: true,
  source: null,
  edge: null,
  claim: null,
  focus: null,
  pathFrom: null,
  pathTo: null,
  maxHops: 4,
  show: 'graph',
};

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\w.:-]{1,200}$/;

/** Reads a view from a query string; values that make no sense fall back to the defaults. */
export function decodeState(search: string, vocabulary: { types: ReadonlySet<string> }): ViewState {
  const p = new URLSearchParams(search);
  const id = (name: string) => {
    const v = p.get(name);
    return v && ID.test(v) ? v : null;
  };
  const int = (name: string, min: number, max: number, fallback: number) => {
    const v = Number(p.get(name));
    return p.has(name) && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
  };
  const list = (name: string) => (p.get(name) ?? '').split(',').filter((v) => v !== '');
  const confidence = Number(p.get('minConfidence'));
  return {
    entity: id('entity'),
    depth: int('depth', 1, 3, DEFAULT_STATE.depth),
    limit: int('limit', 1, 500, DEFAULT_STATE.limit),
    expanded: list('expand').filter((v) => ID.test(v)),
    types: list('types').filter((t) => vocabulary.types.has(t)),
    minConfidence: p.has('minConfidence') && confidence > 0 && confidence <= 1 ? confidence : null,
    asOf: DAY.test(p.get('asOf') ?? '') ? p.get('asOf') : null,
    validFrom: PARTIAL_DATE.test(p.get('from') ?? '') ? p.get('from') : null,
    validTo: PARTIAL_DATE.test(p.get('to') ?? '') ? p.get('to') : null,
    undated: p.get('undated') !== '0',
    source: id('source'),
    edge: id('edge'),
    claim: id('claim'),
    focus: id('focus'),
    pathFrom: id('pathFrom'),
    pathTo: id('pathTo'),
    maxHops: int('hops', 1, 6, DEFAULT_STATE.maxHops),
    show: p.get('show') === 'map' ? 'map' : 'graph',
  };
}

/** The query string for a view; defaults are left out to keep links short. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  const set = (name: string, value: string | number | null, fallback: string | number | null = null) => {
    if (value !== null && value !== fallback) p.set(name, String(value));
  };
  set('entity', state.entity);
  set('depth', state.depth, DEFAULT_STATE.depth);
  set('limit', state.limit, DEFAULT_STATE.limit);
  if (state.expanded.length) p.set('expand', state.expanded.join(','));
  if (state.types.length) p.set('types', state.types.join(','));
  set('minConfidence', state.minConfidence);
  set('asOf', state.asOf);
  set('from', state.validFrom);
  set('to', state.validTo);
  if (!state.undated) p.set('undated', '0');
  set('source', state.source);
  set('edge', state.edge);
  set('claim', state.claim);
  set('focus', state.focus);
  set('pathFrom', state.pathFrom);
  set('pathTo', state.pathTo);
  set('hops', state.maxHops, DEFAULT_STATE.maxHops);
  set('show', state.show, DEFAULT_STATE.show);
  const text = p.toString();
  return text ? `?${text}` : '';
}

export function isPartialDate(text: string): boolean {
  return PARTIAL_DATE.test(text);
}
