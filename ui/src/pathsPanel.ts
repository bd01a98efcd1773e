/**
 * Paths: pick two entities and see the shortest paths between them (`Query.paths`), drawn on the
 * graph and listed here, each fact with its claims.
 */
import type { ApiClient } from './api';
import { h } from './dom';
import { SearchBox } from './search';
import type { EntityRef, Path } from './types';
import { humanize } from './vocabulary';

export interface PathHandlers {
  find(fromId: string, toId: string, maxHops: number): void;
  clear(): void;
  openEdge(id: string): void;
}

export class PathsPanel {
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly hops: HTMLSelectElement;
  private readonly results: HTMLElement;
  private fromId: string | null = null;
  private toId: string | null = null;

  constructor(section: HTMLElement, api: ApiClient, private readonly handlers: PathHandlers) {
    const fromSlot = h('div', { class: 'search small' });
    const toSlot = h('div', { class: 'search small' });
    this.hops = h('select', { id: 'path-hops' }, ...[1, 2, 3, 4, 5, 6].map((n) => h('option', { value: String(n) }, `${n}`)));
    this.results = h('div', { id: 'path-results', class: 'path-results', 'aria-live': 'polite' });
    section.append(
      h('h2', { id: 'paths-h' }, 'Paths'),
      fromSlot,
      toSlot,
      h('div', { class: 'field row' }, h('label', { for: 'path-hops' }, 'At most'), this.hops, h('span', {}, 'hops')),
      h(
        'div',
        { class: 'row wrap' },
        h('button', { type: 'button', id: 'path-find', onclick: () => this.submit() }, 'Find paths'),
        h('button', { type: 'button', id: 'path-clear', onclick: () => this.handlers.clear() }, 'Clear'),
      ),
      this.results,
    );
    this.fromBox = new SearchBox(fromSlot, api, { id: 'path-from', label: 'From', placeholder: 'an entity', onPick: (hit) => (this.fromId = hit.entity.id) });
    this.toBox = new SearchBox(toSlot, api, { id: 'path-to', label: 'To', placeholder: 'another entity', onPick: (hit) => {
      this.toId = hit.entity.id;
      this.submit();
    } });
  }

  setFrom(entity: EntityRef | null): void {
    this.fromId = entity?.id ?? null;
    this.fromBox.setText(entity?.name ?? '');
  }

  /** Puts the entity in view into "From", unless the analyst picked another one there. */
  suggestFrom(entity: EntityRef): void {
    if (this.fromId === null || this.fromId === this.suggested) this.setFrom(entity);
    this.suggested = entity.id;
  }
  private suggested: string | null = null;

  setTo(entity: EntityRef | null): void {
    this.toId = entity?.id ?? null;
    this.toBox.setText(entity?.name ?? '');
  }

  setHops(n: number): void {
    this.hops.value = String(n);
  }

  focusTo(): void {
    this.toBox.focus();
  }

  focusFrom(): void {
    this.fromBox.focus();
  }

  private submit(): void {
    if (!this.fromId || !this.toId) {
      this.results.replaceChildren(h('p', { class: 'muted' }, 'Pick both ends from the suggestions first.'));
      return;
    }
    this.handlers.find(this.fromId, this.toId, Number(this.hops.value));
  }

  showLoading(): void {
    this.results.replaceChildren(h('p', { class: 'muted' }, 'Looking for paths …'));
  }

  showMessage(text: string): void {
    this.results.replaceChildren(h('p', { class: 'muted' }, text));
  }

  showResults(paths: Path[], maxHops: number): void {
    if (paths.length === 0) {
      this.results.replaceChildren(h('p', { class: 'muted path-none' }, `No path of at most ${maxHops} hops with the current dates and filters.`));
      return;
    }
    this.results.replaceChildren(
      h('p', {}, `${paths.length} shortest path${paths.length === 1 ? '' : 's'}, ${paths[0]!.length} hop${paths[0]!.length === 1 ? '' : 's'}:`),
      h(
        'ol',
        { class: 'paths' },
        ...paths.map((path) =>
          h(
            'li',
            { class: 'path' },
            h('p', { class: 'path-chain' }, path.nodes.map((n) => n.name).join(' → ')),
            h(
              'ul',
              { class: 'path-edges' },
              ...path.edges.map((edge) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'element', 'data-edge-id': edge.id, onclick: () => this.handlers.openEdge(edge.id) }, `${edge.from.name} — ${humanize(edge.type).toLowerCase()} → ${edge.to.name}`),
                  h(
                    'details',
                    {},
                    h('summary', {}, `${edge.claimCount} claim${edge.claimCount === 1 ? '' : 's'}${edge.claims.length < edge.claimCount ? ` (the first ${edge.claims.length} listed; open the fact for more)` : ''}`),
                    h(
                      'ul',
                      { class: 'path-claims' },
                      ...edge.claims.map((c) =>
                        h('li', {}, h('q', {}, c.text), h('span', { class: 'muted' }, ` — ${c.reportedBy?.name ?? (c.attribution === 'UNATTRIBUTED' ? 'unnamed reports' : c.source.publisher?.name ?? 'the source')}, ${c.source.publisher?.name ?? 'unknown publisher'} ${c.source.publishedAt?.iso ?? ''}`)),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
