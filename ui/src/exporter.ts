/**
 * Export of the current view: a PNG of the graph with its legend, the JSON of what is drawn
 * (nodes, edges and their claims, as the API returned them), and a link that restores the view.
 */
import { h } from './dom';
import { csvField, feedRecords } from './csv';
import { KIND_STYLES, TYPE_STYLES, type NodeShape } from './graphStyle';
import type { Claim, Entity, Path, Relationship } from './types';
import type { ViewState } from './urlState';
import { humanize } from './vocabulary';

export interface ExportedView {
  exportedAt: string;
  /** A link that opens the same view. */
  link: string;
  view: ViewState;
  nodes: Entity[];
  /** Facts; their claims are listed once in `claims` and referenced by id. */
  edges: Array<Omit<Relationship, 'claims'> & { claimIds: string[] }>;
  claims: Claim[];
  truncated: string[];
  paths: Array<{ length: number; nodeIds: string[]; edgeIds: string[] }>;
}

export function viewJson(view: ViewState, link: string, nodes: Entity[], edges: Relationship[], truncated: Iterable<string>, paths: Path[]): ExportedView {
  const claims = new Map<string, Claim>();
  for (const edge of edges) for (const c of edge.claims) claims.set(c.id, c);
  return {
    exportedAt: new Date().toISOString(),
    link,
    view,
    nodes,
    // claimIds: the claims loaded (a fact's first 20 and any the panel added; claimCount says how many it has).
    edges: edges.map(({ claims: list, evidence: _loaded, moreClaims: _cursor, ...rest }) => ({ ...rest, claimIds: list.map((c) => c.id) })),
    claims: [...claims.values()],
    truncated: [...truncated],
    paths: paths.map((p) => ({ length: p.length, nodeIds: p.nodes.map((n) => n.id), edgeIds: p.edges.map((e) => e.id) })),
  };
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const CSV_COLUMNS = [
  'claim_id', 'fact_ids', 'subject', 'predicate', 'object', 'polarity', 'quantity', 'valid_from', 'valid_to', 'reporter', 'attribution', 'intermediary',
  'source_title', 'outlet', 'published', 'url', 'feed_records', 'reliability', 'credibility', 'confidence', 'status', 'review', 'known_at', 'excerpt',
] as const;

/** The claims in view (every claim of every fact drawn, and of their disputes), one row each. */
export function claimsCsv(edges: Relationship[]): string {
  const claims = new Map<string, { claim: Claim; facts: Set<string> }>();
  const add = (c: Claim, fact: string) => {
    const known = claims.get(c.id) ?? { claim: c, facts: new Set<string>() };
    known.facts.add(fact);
    claims.set(c.id, known);
  };
  for (const e of edges) {
    for (const c of e.claims) add(c, e.id);
    for (const d of e.disputes) for (const c of d.claims) add(c, e.id);
  }
  const rows = [...claims.values()].map(({ claim: c, facts }) =>
    [
      c.id, [...facts].join(' '), c.subject.name, c.predicate, c.object?.name, c.polarity,
      c.quantity ? `${c.quantity.qualifier} ${c.quantity.value}${c.quantity.unit ? ` ${c.quantity.unit}` : ''}` : '',
      c.validFrom?.iso, c.validTo?.iso, c.reportedBy?.name, c.attribution, c.intermediary?.name,
      c.source.title, c.source.publisher?.name, c.source.publishedAt?.iso, c.source.url, feedRecords(c.feedEvents),
      c.reliability, c.credibility, c.confidence, c.status, c.review?.status, c.knownAt, c.text,
    ].map(csvField).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * The graph's PNG with a strip under it: the caption (what, as of when), the filters, the sources
 * the facts drawn rest on, then the legend (kinds, and the relationship types drawn).
 */
export async function pngWithLegend(graph: Blob, typesInView: ReadonlySet<string>, caption: string, details: string[] = []): Promise<Blob> {
  const image = await createImageBitmap(graph);
  const entries = [
    ...[...KIND_STYLES].map(([kind, s]) => ({ text: humanize(kind), color: s.color, shape: s.shape as NodeShape | null, dash: [] as number[] })),
    ...[...TYPE_STYLES]
      .filter(([t]) => typesInView.has(t))
      .map(([t, s]) => ({ text: humanize(t).toLowerCase(), color: s.color, shape: null, dash: s.line === 'dashed' ? [6, 3] : s.line === 'dotted' ? [2, 3] : [] })),
  ];
  const scale = 2;
  const perRow = Math.max(1, Math.floor(image.width / (170 * scale)));
  const rows = Math.ceil(entries.length / perRow);
  // The details wrap to the picture's width, so no filter or source is cut off.
  const measure = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  measure.font = '12px system-ui, sans-serif';
  const lines = details.flatMap((line) => wrap(measure, line, Math.max(image.width, perRow * 170 * scale) / scale - 24));
  const legendHeight = (rows * 24 + 56 + lines.length * 16) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(image.width, perRow * 170 * scale);
  canvas.height = image.height + legendHeight;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.scale(scale, scale);
  const top = image.height / scale;
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillStyle = '#555555';
  // The caption (what and as of when) on one line, where it comes from on the next.
  const [what, from] = caption.split(' · ');
  ctx.fillText(what ?? caption, 12, top + 18);
  if (from) ctx.fillText(from, 12, top + 34);
  lines.forEach((line, i) => {
    ctx.fillStyle = '#1d1d1f';
    ctx.fillText(line, 12, top + 50 + i * 16);
  });
  const legendTop = top + lines.length * 16;
  entries.forEach((e, i) => {
    const x = 12 + (i % perRow) * 170;
    const y = legendTop + 50 + Math.floor(i / perRow) * 24;
    ctx.fillStyle = e.color;
    ctx.strokeStyle = e.color;
    if (e.shape) {
      shapePath(ctx, e.shape, x + 8, y + 5, 7);
      ctx.fill();
    } else {
      ctx.lineWidth = 3;
      ctx.setLineDash(e.dash);
      ctx.beginPath();
      ctx.moveTo(x, y + 5);
      ctx.lineTo(x + 18, y + 5);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = '#1d1d1f';
    ctx.fillText(e.text, x + 24, y + 9);
  });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

/** Splits a line at spaces so that each part fits `width`; continuation lines are indented. */
function wrap(ctx: CanvasRenderingContext2D, line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next).width > width) {
      out.push(current);
      current = `    ${word}`;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

/** The outline of a node shape, as the graph draws it, centred on (x, y). */
function shapePath(ctx: CanvasRenderingContext2D, shape: NodeShape, x: number, y: number, r: number): void {
  ctx.beginPath();
  if (shape === 'ellipse') {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  if (shape === 'round-rectangle') {
    ctx.rect(x - r, y - r * 0.7, 2 * r, 1.4 * r);
    return;
  }
  const corners: Partial<Record<NodeShape, number>> = { hexagon: 6, octagon: 8, diamond: 4, 'round-triangle': 3 };
  const n = corners[shape] ?? 4;
  const turn = shape === 'hexagon' ? 0 : -Math.PI / 2;
  for (let i = 0; i < n; i++) {
    const a = turn + (i * 2 * Math.PI) / n;
    if (i === 0) ctx.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
    else ctx.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
  }
  ctx.closePath();
}
