/**
 * The timeline strip: the claims about one entity in valid-time order (`Query.timeline`), with the
 * claims that give no valid time after them, each placed by the day it became known.
 */
import { h } from './dom';
import { validTime } from './format';
import type { Claim } from './types';
import { humanize } from './vocabulary';

export function renderTimeline(list: HTMLElement, claims: Claim[], total: number, onOpen: (claim: Claim) => void): void {
  if (claims.length === 0) {
    list.replaceChildren(h('li', { class: 'muted timeline-empty' }, 'No claims about it with the current dates.'));
    return;
  }
  const items: HTMLElement[] = [];
  let undatedStarted = false;
  for (const claim of claims) {
    const when = validTime(claim.validFrom, claim.validTo);
    if (!when && !undatedStarted) {
      undatedStarted = true;
      items.push(h('li', { class: 'timeline-divider', 'aria-hidden': 'true' }, 'No valid time given'));
    }
    const disputed = claim.status === 'DISPUTED';
    items.push(
      h(
        'li',
        { class: `timeline-item${disputed ? ' disputed' : ''}${claim.status === 'RETRACTED' ? ' retracted' : ''}` },
        h(
          'button',
          { type: 'button', 'data-claim-id': claim.id, onclick: () => onOpen(claim), title: claim.text },
          h('span', { class: 'timeline-date' }, when || `known ${claim.knownAt}`),
          h('span', { class: 'timeline-what' }, `${claim.subject.name} ${humanize(claim.predicate).toLowerCase()}${claim.object ? ` ${claim.object.name}` : ''}`),
          disputed ? h('span', { class: 'badge disputed' }, 'Disputed') : null,
          claim.status === 'RETRACTED' ? h('span', { class: 'badge' }, 'Retracted') : null,
        ),
      ),
    );
  }
  if (total > claims.length) items.push(h('li', { class: 'muted' }, `… and ${total - claims.length} more`));
  list.replaceChildren(...items);
}
