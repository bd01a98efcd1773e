/**
 * A search box with suggestions as you type, from `Query.search`: each hit shows its kind, the name
 * or alias that matched and why it matched. It follows the WAI-ARIA combobox pattern: arrows move
 * through the suggestions, Enter picks one, Escape closes the list.
 */
import { ApiError, describeError, type ApiClient } from './api';
import { debounce, h } from './dom';
import { KIND_STYLES, UNKNOWN_KIND } from './graphStyle';
import { SEARCH } from './queries';
import type { SearchHit } from './types';
import { ENTITY_KINDS, humanize } from './vocabulary';

export interface SearchOptions {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  label: string;
  placeholder: string;
  /** Shows a kind filter next to the box. */
  kindFilter?: boolean;
  onPick(hit: SearchHit): void;
}

const REASONS: Record<SearchHit['reason'], string> = {
  EXACT_NAME: 'exact name',
  EXACT_ALIAS: 'exact alias',
  TEXT: 'text match',
};

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly kind: HTMLSelectElement | null;
  private hits: SearchHit[] = [];
  private active = -1;
  private asked = 0;

  constructor(
    container: HTMLElement,
    private readonly api: ApiClient,
    private readonly options: SearchOptions,
  ) {
    const listId = `${options.id}-list`;
    this.input = h('input', {
      id: `${options.id}-input`,
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
    });
    this.list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': `${options.label}: suggestions`, hidden: true });
    this.kind = options.kindFilter
      ? h('select', { id: `${options.id}-kind`, 'aria-label': 'Kind of entity' }, h('option', { value: '' }, 'All kinds'), ...ENTITY_KINDS.map((k) => h('option', { value: k.name }, humanize(k.name))))
      : null;
    container.append(
      h('label', { for: this.input.id, class: 'search-label' }, options.label),
      h('div', { class: 'search-row' }, this.kind, h('div', { class: 'combo' }, this.input, this.list)),
    );

    const ask = debounce(() => void this.suggest(), 150);
    this.input.addEventListener('input', ask);
    this.kind?.addEventListener('change', ask);
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => {
      // Let a click on a suggestion land before the list closes.
      window.setTimeout(() => {
        if (!this.list.contains(document.activeElement)) this.close();
      }, 150);
    });
  }

  /** Shows `text` in the box without searching (e.g. the name of the entity in view). */
  setText(text: string): void {
    this.input.value = text;
    this.close();
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private async suggest(): Promise<void> {
    const text = this.input.value.trim();
    const asked = ++this.asked;
    if (text === '') {
      this.close();
      return;
    }
    try {
      const kinds = this.kind?.value ? [this.kind.value] : null;
      const data = await this.api.request<{ search: SearchHit[] }>(SEARCH, { text, kinds, first: 10 });
      if (asked !== this.asked) return; // an older answer arriving late
      this.hits = data.search;
      this.render(text);
    } catch (error) {
      if (asked !== this.asked || (error instanceof ApiError && error.kind === 'aborted')) return;
      this.hits = [];
      const { title, detail } = describeError(error);
      this.renderMessage(`${title}: ${detail}`, 'error');
    }
  }

  private render(text: string): void {
    this.list.replaceChildren();
    this.active = -1;
    if (this.hits.length === 0) {
      this.renderMessage(`No entity matches “${text}”.`, 'empty');
      return;
    }
    this.hits.forEach((hit, i) => {
      const style = KIND_STYLES.get(hit.entity.kind) ?? UNKNOWN_KIND;
      const matchedOther = hit.matched !== hit.entity.name;
      const option = h(
        'li',
        { id: `${this.options.id}-opt-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion', 'data-entity-id': hit.entity.id },
        h('span', { class: 'kind-dot', style: `background:${style.color}`, 'aria-hidden': 'true' }),
        h('span', { class: 'suggestion-name' }, hit.entity.name),
        h('span', { class: 'badge kind' }, humanize(hit.entity.kind)),
        h('span', { class: 'suggestion-why' }, matchedOther ? `matched “${hit.matched}” · ` : '', h('span', { class: 'reason' }, REASONS[hit.reason] ?? hit.reason)),
      );
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => this.pick(i));
      this.list.append(option);
    });
    this.open();
  }

  private renderMessage(text: string, kind: 'empty' | 'error'): void {
    this.list.replaceChildren(h('li', { class: `suggestion-message ${kind}`, role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, text));
    this.hits = [];
    this.open();
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.list.hidden) {
        void this.suggest();
        return;
      }
      if (count === 0) return;
      this.move(event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.pick(this.active);
      else if (count > 0) this.pick(0);
      else void this.suggest();
    } else if (event.key === 'Escape') {
      if (!this.list.hidden) {
        event.stopPropagation();
        this.close();
      }
    }
  }

  private move(index: number): void {
    const options = [...this.list.querySelectorAll<HTMLElement>('[role=option]')];
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    this.active = index;
    const current = options[index];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.entity.name;
    this.close();
    this.options.onPick(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }
}
