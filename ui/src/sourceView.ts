/**
 * The source view: the source's text (Source.text) with every claim extracted from it highlighted
 * in place (Claim.textSpan). Clicking a highlight opens its claims; pending and rejected claims are
 * marked, and an analyst accepts or rejects them from here (acceptClaim, rejectClaim).
 */
import { fill, h } from './dom';
import { claimCard, claimLabel, REVIEW_TEXT, sourceDetails, type PanelActions } from './sidePanel';
import type { Claim, Source } from './types';

export interface SourceViewActions extends Pick<PanelActions, 'openSource' | 'openProfile' | 'close'> {
  review(claim: Claim, action: 'accept' | 'reject' | 'reopen', reason?: string): Promise<void>;
  select(claimIds: string[]): void;
}

/** Overlapping spans make one highlight: the claims a sentence carries are read together. */
interface Highlight {
  start: number;
  end: number;
  claims: Claim[];
}

export function highlights(text: string, claims: Claim[]): Highlight[] {
  const spans = claims
    .filter((c) => c.textSpan && c.textSpan.start >= 0 && c.textSpan.end <= text.length && c.textSpan.end > c.textSpan.start)
    .sort((a, b) => a.textSpan!.start - b.textSpan!.start || a.textSpan!.end - b.textSpan!.end);
  const out: Highlight[] = [];
  for (const c of spans) {
    const last = out.at(-1);
    if (last && c.textSpan!.start < last.end) {
      last.end = Math.max(last.end, c.textSpan!.end);
      last.claims.push(c);
    } else out.push({ start: c.textSpan!.start, end: c.textSpan!.end, claims: [c] });
  }
  return out;
}

function reviewOf(c: Claim): string {
  return c.review?.status ?? 'ACCEPTED';
}

export function renderSourceView(
  root: HTMLElement,
  source: Source,
  claims: Claim[],
  selected: ReadonlySet<string>,
  actions: SourceViewActions,
  options: { canReview: boolean; message?: string | null; totalClaims?: number },
): void {
  root.dataset.showing = `source:${source.id}`;
  const text = source.text ?? null;
  const marks = text ? highlights(text, claims) : [];
  const placed = new Set(marks.flatMap((m) => m.claims.map((c) => c.id)));
  const unplaced = claims.filter((c) => !placed.has(c.id));
  const counts = { PENDING: 0, ACCEPTED: 0, REJECTED: 0 } as Record<string, number>;
  for (const c of claims) counts[reviewOf(c)] = (counts[reviewOf(c)] ?? 0) + 1;

  let body: HTMLElement;
  if (text) {
    const parts: Array<Node | string> = [];
    let at = 0;
    for (const m of marks) {
      if (m.start > at) parts.push(text.slice(at, m.start));
      const statuses = new Set(m.claims.map(reviewOf));
      const worst = statuses.has('PENDING') ? 'pending' : statuses.has('REJECTED') && statuses.size === 1 ? 'rejected' : 'accepted';
      const label = m.claims.map((c) => `${claimLabel(c)} (${REVIEW_TEXT[reviewOf(c)]?.toLowerCase()})`).join('; ');
      const isSelected = m.claims.some((c) => selected.has(c.id));
      parts.push(
        h(
          'mark',
          { class: `hl ${worst}${isSelected ? ' selected' : ''}${statuses.has('REJECTED') ? ' has-rejected' : ''}` },
          h(
            'button',
            {
              type: 'button',
              class: 'hl-button',
              'data-claim-ids': m.claims.map((c) => c.id).join(' '),
              'aria-label': `${text.slice(m.start, m.end)} — ${m.claims.length} claim${m.claims.length === 1 ? '' : 's'}: ${label}`,
              'aria-pressed': String(isSelected),
              onclick: () => actions.select(m.claims.map((c) => c.id)),
            },
            text.slice(m.start, m.end),
          ),
          h('sup', { class: 'hl-count', 'aria-hidden': 'true' }, String(m.claims.length)),
        ),
      );
      at = m.end;
    }
    if (at < text.length) parts.push(text.slice(at));
    body = h('div', { class: 'source-text', 'aria-label': 'The source’s text, its claims highlighted' }, ...parts);
  } else {
    body = h('p', { class: 'source-text missing' }, 'The text of this source was not kept (it was recorded before texts were kept, or by its link alone). Its claims are listed below.');
  }

  const chosen = claims.filter((c) => selected.has(c.id));
  fill(
    root,
    h('h2', { tabindex: '-1' }, `Source: ${source.title ?? 'No title recorded'}`),
    h('p', { class: 'source-meta source' }, ...sourceDetails(source)),
    h(
      'p',
      { class: 'source-counts' },
      // A source with more claims than one page shows the first page: the counts are of those.
      options.totalClaims !== undefined && options.totalClaims > claims.length
        ? `the first ${claims.length} of its ${options.totalClaims} claims (these counts and highlights are of them): `
        : `${claims.length} claim${claims.length === 1 ? '' : 's'}: `,
      h('span', { class: 'badge review pending' }, `${counts.PENDING ?? 0} awaiting review`),
      h('span', { class: 'badge review accepted' }, `${counts.ACCEPTED ?? 0} accepted`),
      h('span', { class: 'badge review rejected' }, `${counts.REJECTED ?? 0} rejected`),
    ),
    h('p', { class: 'help legend-inline' }, h('mark', { class: 'hl accepted sample' }, 'accepted'), ' ', h('mark', { class: 'hl pending sample' }, 'awaiting review'), ' ', h('mark', { class: 'hl rejected sample' }, 'rejected'), ' · click a highlight to open its claims.'),
    options.message ? h('p', { class: 'review-message', role: 'status' }, options.message) : null,
    body,
    unplaced.length && text ? h('p', { class: 'muted small' }, `${unplaced.length} claim${unplaced.length === 1 ? '' : 's'} could not be placed in the text.`) : null,
    chosen.length
      ? h(
          'section',
          { class: 'source-claims', 'aria-label': 'Claims of the highlight' },
          h('h3', { tabindex: '-1', id: 'source-claims-h' }, `${chosen.length === 1 ? 'The claim' : `${chosen.length} claims`} of this passage`),
          ...chosen.map((c) => reviewCard(c, actions, options.canReview)),
        )
      : null,
    !text || unplaced.length
      ? h('section', { class: 'source-claims' }, h('h3', {}, text ? 'Claims not placed in the text' : 'Its claims'), ...unplaced.map((c) => reviewCard(c, actions, options.canReview)))
      : null,
    h('div', { class: 'row wrap actions' }, h('button', { type: 'button', onclick: () => actions.close() }, 'Close the source')),
  );
}

/** A claim card with accept and reject (with a reason) for the analyst. */
function reviewCard(claim: Claim, actions: SourceViewActions, canReview: boolean): HTMLElement {
  const card = claimCard(claim, { openSource: () => {}, openProfile: (id) => actions.openProfile(id) });
  card.querySelector('.open-source')?.remove();
  // What the rules made of the passage, above the verdict: the excerpt alone does not say which
  // entities and relationship would enter the graph.
  card.querySelector('blockquote.excerpt')?.before(h('p', { class: 'claim-triple' }, 'Extracted: ', h('strong', {}, claimLabel(claim))));
  const status = reviewOf(claim);
  if (!claim.review) return card;
  const reasonId = `reason-${claim.id}`;
  const reason = h('input', { id: reasonId, type: 'text', class: 'reject-reason', placeholder: 'why it is wrong', autocomplete: 'off' });
  const error = h('p', { class: 'review-error', role: 'alert', hidden: true });
  const run = async (action: 'accept' | 'reject' | 'reopen') => {
    if (action === 'reject' && reason.value.trim() === '') {
      error.textContent = 'Give a reason to reject the claim.';
      error.hidden = false;
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    try {
      await actions.review(claim, action, reason.value.trim());
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
    }
  };
  card.append(
    h(
      'div',
      { class: 'review-actions' },
      canReview ? null : h('p', { class: 'muted small' }, 'Reviewing needs an analyst’s token (the “Token” field, top right).'),
      status !== 'ACCEPTED' ? h('button', { type: 'button', class: 'accept', onclick: () => void run('accept') }, 'Accept') : null,
      status !== 'REJECTED'
        ? h('span', { class: 'reject-row' }, h('label', { for: reasonId, class: 'sr-only' }, 'Reason for rejecting'), reason, h('button', { type: 'button', class: 'reject', onclick: () => void run('reject') }, 'Reject'))
        : null,
      status !== 'PENDING' ? h('button', { type: 'button', class: 'reopen linkish', onclick: () => void run('reopen') }, 'Back to awaiting review') : null,
      error,
    ),
  );
  return card;
}
