/**
 * The timeline: the claims about the open fact or entity on a time axis. Each claim is one row:
 * a bar for its valid time (open-ended when it gives only a start), a diamond at its source's
 * publication, and marks for unattributed (?), denied (✕), disputed (!) and awaiting-review (…)
 * claims. Claims with no valid time come last, with only their publication mark. A line shows the
 * "as of" date. Each row is a button that opens the claim.
 */
import { h } from './dom';
import { isoDay, lastDay } from './format';
import { claimLabel } from './sidePanel';
import { firstDay } from './timeControls';
import type { Claim } from './types';

const DAY_MS = 86_400_000;

function t(iso: string): number {
  return Date.parse(iso);
}

/** Where the claim stands: valid-time start and end (ms, end null when open), publication (ms). */
function span(c: Claim): { from: number | null; to: number | null; published: number } {
  const from = c.validFrom ? t(firstDay(c.validFrom.iso)) : null;
  const to = c.validTo ? t(lastDay(c.validTo.iso)) : null;
  const published = c.source.publishedAt ? t(firstDay(c.source.publishedAt.iso)) : t(c.knownAt.slice(0, 10));
  return { from, to, published };
}

/** Tick positions and labels for a domain: months when it spans under three years, else years. */
function ticks(start: number, end: number, most: number): Array<{ at: number; label: string }> {
  const all = allTicks(start, end);
  if (all.length <= most) return all;
  const every = Math.ceil(all.length / most);
  return all.filter((_, i) => i % every === 0);
}

function allTicks(start: number, end: number): Array<{ at: number; label: string }> {
  const out: Array<{ at: number; label: string }> = [];
  const s = new Date(start);
  const years = (end - start) / (365 * DAY_MS);
  const stepMonths = years > 3 ? 12 * Math.ceil(years / 8) : years > 1 ? 3 : (end - start) / DAY_MS > 120 ? 1 : 0;
  if (stepMonths === 0) {
    const stepDays = Math.max(1, Math.ceil((end - start) / DAY_MS / 6));
    for (let d = start; d <= end; d += stepDays * DAY_MS) out.push({ at: d, label: isoDay(new Date(d)) });
    return out;
  }
  let d = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1);
  while (d <= end) {
    const date = new Date(d);
    out.push({ at: d, label: stepMonths >= 12 ? String(date.getUTCFullYear()) : isoDay(date).slice(0, 7) });
    d = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + stepMonths, 1);
  }
  return out;
}

/** What sets a claim apart from a plain report: the timeline's marks, and the words the "What changed" list gives. */
export function claimMarks(c: Claim): Array<{ cls: string; glyph: string; text: string }> {
  const marks: Array<{ cls: string; glyph: string; text: string }> = [];
  if (c.attribution === 'UNATTRIBUTED') marks.push({ cls: 'unattributed', glyph: '?', text: 'unattributed' });
  if (c.polarity === 'DENIED') marks.push({ cls: 'denied', glyph: '✕', text: 'denied' });
  if (c.status === 'DISPUTED') marks.push({ cls: 'disputed', glyph: '!', text: 'disputed' });
  if (c.status === 'RETRACTED') marks.push({ cls: 'retracted', glyph: '↶', text: 'retracted' });
  if (c.review?.status === 'PENDING') marks.push({ cls: 'pending', glyph: '…', text: 'awaiting review' });
  if (c.review?.status === 'REJECTED') marks.push({ cls: 'rejected', glyph: '⊘', text: 'rejected' });
  return marks;
}

export function renderTimeline(container: HTMLElement, claims: Claim[], total: number, asOf: string | null, onOpen: (claim: Claim) => void): void {
  const unique = [...new Map(claims.map((c) => [c.id, c])).values()];
  if (unique.length === 0) {
    container.replaceChildren(h('p', { class: 'muted timeline-empty' }, 'No claims about it with the current dates.'));
    return;
  }
  const spans = new Map(unique.map((c) => [c.id, span(c)]));
  const points = [...spans.values()].flatMap((s) => [s.from, s.to, s.published]).filter((x): x is number => x !== null);
  if (asOf) points.push(t(asOf));
  let start = Math.min(...points);
  let end = Math.max(...points);
  const pad = Math.max(7 * DAY_MS, (end - start) * 0.04);
  start -= pad;
  end += pad;
  const x = (ms: number) => `${(((ms - start) / (end - start)) * 100).toFixed(3)}%`;
  const width = (a: number, b: number) => `${Math.max(0.6, ((b - a) / (end - start)) * 100).toFixed(3)}%`;

  const dated = unique.filter((c) => spans.get(c.id)!.from !== null || spans.get(c.id)!.to !== null).sort((a, b) => (spans.get(a.id)!.from ?? spans.get(a.id)!.to!) - (spans.get(b.id)!.from ?? spans.get(b.id)!.to!) || spans.get(a.id)!.published - spans.get(b.id)!.published);
  const undated = unique.filter((c) => !dated.includes(c)).sort((a, b) => spans.get(a.id)!.published - spans.get(b.id)!.published);

  const row = (c: Claim) => {
    const s = spans.get(c.id)!;
    const marks = claimMarks(c);
    const who = c.reportedBy?.name ?? (c.attribution === 'UNATTRIBUTED' ? 'unnamed reports' : c.source.publisher?.name ?? 'the source');
    const when = c.validFrom || c.validTo ? `valid ${c.validFrom?.iso ?? '…'} to ${c.validTo?.iso ?? 'open'}` : 'no valid time';
    const published = c.source.publishedAt?.iso ?? c.knownAt;
    const bar =
      s.from !== null || s.to !== null
        ? h('span', {
            class: `tl-bar${s.to === null ? ' open' : ''} ${marks.map((m) => m.cls).join(' ')}`,
            style: `left:${x(s.from ?? start)};width:${width(s.from ?? start, s.to ?? end)}`,
          })
        : null;
    return h(
      'li',
      { class: `tl-row ${marks.map((m) => m.cls).join(' ')}` },
      h(
        'button',
        {
          type: 'button',
          class: 'tl-button',
          'data-claim-id': c.id,
          // The label is cut to the column; the rows of one fact differ in what is cut (quantity, reporter).
          title: `${claimLabel(c)} · ${who}; ${when}; published ${published}`,
          onclick: () => onOpen(c),
        },
        h(
          'span',
          { class: 'tl-label' },
          h('span', { class: 'tl-marks', 'aria-hidden': 'true' }, ...marks.map((m) => h('span', { class: `tl-mark ${m.cls}`, title: m.text }, m.glyph))),
          claimLabel(c),
          h('span', { class: 'tl-who' }, ` · ${who}`),
          // What the bar and the marks show, for screen readers; the visible text starts the name.
          h('span', { class: 'sr-only' }, `; ${when}; published ${published}${marks.length ? `; ${marks.map((m) => m.text).join(', ')}` : ''}`),
        ),
        h('span', { class: 'tl-track', 'aria-hidden': 'true' }, bar, h('span', { class: 'tl-pub', style: `left:${x(s.published)}`, title: `published ${published}` })),
      ),
    );
  };

  const axis = h(
    'div',
    { class: 'tl-axis', 'aria-hidden': 'true' },
    h('span', { class: 'tl-label' }, 'valid time ▬  publication ◆'),
    h('span', { class: 'tl-track' }, ...ticks(start, end, Math.max(2, Math.floor((container.clientWidth * 0.55) / 80))).map((tk) => h('span', { class: 'tl-tick', style: `left:${x(tk.at)}` }, tk.label)), asOf ? h('span', { class: 'tl-asof', style: `left:${x(t(asOf))}` }, `as of ${asOf}`) : null),
  );
  container.replaceChildren(
    axis,
    h(
      'ol',
      { class: 'tl-rows', 'aria-label': 'Claims on the time axis' },
      ...dated.map(row),
      undated.length ? h('li', { class: 'tl-divider' }, h('span', { class: 'tl-label' }, `No valid time given (${undated.length})`)) : null,
      ...undated.map(row),
    ),
    ...(total > unique.length ? [h('p', { class: 'muted small' }, `… and ${total - unique.length} more claims (the first ${unique.length} are shown)`)] : []),
  );
  container.style.setProperty('--asof', asOf ? x(t(asOf)) : '100%');
}
