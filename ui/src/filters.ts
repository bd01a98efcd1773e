/**
 * The view controls: depth, edge limit, minimum confidence and relationship types. The types come
 * from the schema's vocabulary; unticking all of them is read as "all types".
 */
import { byId, debounce, h } from './dom';
import { TYPE_STYLES } from './graphStyle';
import type { ViewState } from './urlState';
import { FACT_TYPES, humanize } from './vocabulary';

export type FilterChange = Partial<Pick<ViewState, 'depth' | 'limit' | 'minConfidence' | 'types'>>;

export class Filters {
  private readonly depth = byId<HTMLSelectElement>('depth');
  private readonly limit = byId<HTMLInputElement>('limit');
  private readonly confidence = byId<HTMLInputElement>('min-confidence');
  private readonly confidenceOut = byId<HTMLOutputElement>('min-confidence-out');
  private readonly boxes: HTMLInputElement[] = [];

  constructor(onChange: (change: FilterChange) => void) {
    const fieldset = byId('types');
    for (const type of FACT_TYPES) {
      const id = `type-${type.name}`;
      const box = h('input', { type: 'checkbox', id, value: type.name, checked: true });
      this.boxes.push(box);
      const color = TYPE_STYLES.get(type.name)?.color ?? '#777';
      fieldset.append(h('div', { class: 'check', title: type.description || null }, box, h('label', { for: id }, h('span', { class: 'type-swatch', style: `background:${color}`, 'aria-hidden': 'true' }), humanize(type.name).toLowerCase())));
    }
    fieldset.append(
      h('p', { class: 'help' }, 'Unticking every type is read as all of them.'),
      h('button', { type: 'button', class: 'linkish', onclick: () => this.tickAll(onChange) }, 'Tick all'),
    );
    const types = debounce(() => onChange({ types: this.types() }), 250);
    for (const box of this.boxes) box.addEventListener('change', types);
    this.depth.addEventListener('change', () => onChange({ depth: Number(this.depth.value) }));
    this.limit.addEventListener('change', () => {
      const n = Math.round(Number(this.limit.value));
      if (n >= 1 && n <= 500) onChange({ limit: n });
      this.limit.setAttribute('aria-invalid', String(!(n >= 1 && n <= 500)));
    });
    const confidence = debounce(() => onChange({ minConfidence: this.minConfidence() }), 200);
    this.confidence.addEventListener('input', () => {
      this.showConfidence();
      confidence();
    });
  }

  set(state: ViewState): void {
    this.depth.value = String(state.depth);
    this.limit.value = String(state.limit);
    this.confidence.value = String(state.minConfidence ?? 0);
    this.showConfidence();
    const keep = new Set(state.types);
    for (const box of this.boxes) box.checked = keep.size === 0 || keep.has(box.value);
  }

  /** The ticked types, or [] when all (or none) are ticked: both mean no type filter. */
  private types(): string[] {
    const ticked = this.boxes.filter((b) => b.checked).map((b) => b.value);
    return ticked.length === this.boxes.length || ticked.length === 0 ? [] : ticked;
  }

  private tickAll(onChange: (change: FilterChange) => void): void {
    for (const box of this.boxes) box.checked = true;
    onChange({ types: this.types() });
  }

  private minConfidence(): number | null {
    const v = Number(this.confidence.value);
    return v > 0 ? v : null;
  }

  private showConfidence(): void {
    const v = this.minConfidence();
    this.confidenceOut.textContent = v === null ? 'any' : v.toFixed(2);
  }
}
