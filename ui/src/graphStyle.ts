/**
 * How entities and facts look: a colour and shape per entity kind, a colour and line per
 * relationship type. The legend (legend.ts) is drawn from the same tables, so they cannot disagree.
 * Colours are the Okabe–Ito palette and its darker kin, told apart with colour-blindness.
 */
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from './vocabulary';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'round-triangle' | 'octagon';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface KindStyle {
  color: string;
  shape: NodeShape;
}
export interface TypeStyle {
  color: string;
  line: LineStyle;
}

const KIND_COLORS = ['#0072B2', '#E69F00', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#8C6D1F'];
const KIND_SHAPES: NodeShape[] = ['ellipse', 'round-rectangle', 'hexagon', 'round-triangle', 'diamond', 'octagon'];
const TYPE_COLORS = ['#1b6ca8', '#b5179e', '#2a9d8f', '#e76f51', '#6a4c93', '#8d6e63', '#c1121f', '#3a5a40', '#f4a261', '#264653', '#7b2cbf', '#0077b6', '#9c6644', '#588157'];
const TYPE_LINES: LineStyle[] = ['solid', 'solid', 'dashed'];

/** One style per kind, in schema order: a new kind in the schema gets the next colour and shape. */
export const KIND_STYLES: ReadonlyMap<string, KindStyle> = new Map(
  ENTITY_KINDS.map((k, i) => [k.name, { color: KIND_COLORS[i % KIND_COLORS.length]!, shape: KIND_SHAPES[i % KIND_SHAPES.length]! }]),
);

export const TYPE_STYLES: ReadonlyMap<string, TypeStyle> = new Map(
  RELATIONSHIP_TYPES.map((t, i) => [t.name, { color: TYPE_COLORS[i % TYPE_COLORS.length]!, line: TYPE_LINES[Math.floor(i / TYPE_COLORS.length) % TYPE_LINES.length]! }]),
);

export const UNKNOWN_KIND: KindStyle = { color: '#777777', shape: 'ellipse' };
export const UNKNOWN_TYPE: TypeStyle = { color: '#777777', line: 'dotted' };
export const DISPUTED_COLOR = '#d00000';
export const PATH_COLOR = '#ffbf00';

/**
 * The marks of a fact, each distinct from the others and from the types in colour and in pattern:
 * disputed red long dashes with a glow, awaiting review purple dash-dot, unattributed brown dots.
 * When a fact has several, the first of these wins the line (and the panel lists them all).
 */
export const EDGE_MARKS = [
  { cls: 'disputed', label: 'disputed: sources disagree', color: DISPUTED_COLOR, dash: [12, 5] },
  { cls: 'pending', label: 'awaiting review', color: '#7b2cbf', dash: [10, 4, 2, 4] },
  { cls: 'unattributed', label: 'unattributed reports only', color: '#8c5a00', dash: [1, 5] },
] as const;

/** The smallest rendered size of a label, in screen pixels, at any zoom the view is fitted to. */
export const MIN_LABEL_PX = 11;

/** The Cytoscape stylesheet; `large` trades detail for speed when thousands of elements are drawn. */
export function stylesheet(): StylesheetJson {
  const kindRules: StylesheetJson = [...KIND_STYLES].map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  const typeRules: StylesheetJson = [...TYPE_STYLES].map(([type, s]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': UNKNOWN_KIND.color,
        width: 34,
        height: 34,
        'font-size': 'data(fs)',
        'font-family': 'system-ui, sans-serif',
        color: '#1d1d1f',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...kindRules,
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'line-color': UNKNOWN_TYPE.color,
        'target-arrow-color': UNKNOWN_TYPE.color,
        label: 'data(label)',
        'font-size': 'data(fs)',
        'font-family': 'system-ui, sans-serif',
        color: '#333',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'overlay-padding': 6,
      },
    },
    ...typeRules,
    // Edge width follows confidence, so weakly supported facts look thin.
    { selector: 'edge[confidence >= 0.5]', style: { width: 3 } },
    { selector: 'edge[confidence >= 0.8]', style: { width: 4 } },
    // Least important first: a later rule wins, so disputed beats pending beats unattributed.
    ...[...EDGE_MARKS].reverse().map((m) => ({
      selector: `edge.${m.cls}`,
      style: {
        'line-style': 'dashed' as const,
        'line-dash-pattern': [...m.dash],
        'line-color': m.color,
        'target-arrow-color': m.color,
        'line-cap': m.cls === 'unattributed' ? ('round' as const) : ('butt' as const),
        width: m.cls === 'unattributed' ? 4 : 3,
        color: m.color,
      },
    })),
    { selector: 'edge.disputed', style: { 'underlay-color': DISPUTED_COLOR, 'underlay-opacity': 0.3, 'underlay-padding': 3 } },
    { selector: 'edge.pending', style: { 'underlay-color': '#7b2cbf', 'underlay-opacity': 0.12, 'underlay-padding': 2 } },
    // Labels that would overlap another are hidden (graphView.ts, resolveLabels); selecting shows them.
    { selector: '.label-hidden', style: { 'text-opacity': 0 } },
    { selector: '.label-hidden:selected, .label-hidden.hover', style: { 'text-opacity': 1, 'z-index': 20 } },
    { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#1d1d1f', width: 44, height: 44, 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#555555', 'border-style': 'double' } },
    { selector: 'node.truncated', style: { 'border-width': 4, 'border-color': '#f77f00', 'border-style': 'dashed' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: 'edge.on-path', style: { width: 6, 'underlay-color': PATH_COLOR, 'underlay-opacity': 0.6, 'underlay-padding': 5, opacity: 1, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'underlay-color': PATH_COLOR, 'underlay-opacity': 0.6, 'underlay-padding': 8, 'underlay-shape': 'ellipse', opacity: 1 } },
    { selector: ':selected', style: { 'overlay-color': '#0a84ff', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'edge.large, node.large', style: { 'text-opacity': 0 } },
  ];
}
