/**
 * The two time controls. A slider sets `asOf` ("what did we know then": only claims from sources
 * published by that day count); its range runs from a month before the earliest source to today,
 * with a tick at each publication date. Two partial-date fields set the valid-time window.
 */
import type { ApiClient } from './api';
import { byId, debounce, h } from './dom';
import { isoDay } from './format';
import { SOURCES } from './queries';
import type { Connection, PartialDate } from './types';
import { isPartialDate } from './urlState';

const DAY_MS = 86_400_000;
/** Enough sources to place the ticks; beyond this the earliest date may be missed (see docs). */
const MAX_SOURCE_PAGES = 10;

export interface TimeHandlers {
  onAsOf(date: string | null): void;
  onWindow(from: string | null, to: string | null): void;
}

export class TimeControls {
  private readonly slider = byId<HTMLInputElement>('as-of');
  private readonly output = byId<HTMLOutputElement>('as-of-out');
  private readonly ticks = byId<HTMLDataListElement>('as-of-ticks');
  private readonly from = byId<HTMLInputElement>('valid-from');
  private readonly to = byId<HTMLInputElement>('valid-to');
  /** The first day of the slider; position i is start + i days. */
  private start = Date.UTC(2000, 0, 1);
  private publicationDays: string[] = [];

  constructor(
    private readonly api: ApiClient,
    private readonly handlers: TimeHandlers,
  ) {
    this.slider.disabled = true;
    const settle = debounce(() => this.handlers.onAsOf(this.value()), 200);
    this.slider.addEventListener('input', () => {
      this.showValue();
      settle();
    });
    byId('as-of-latest').addEventListener('click', () => {
      this.set(null);
      this.handlers.onAsOf(null);
    });
    const windowChanged = () => {
      const from = this.from.value.trim();
      const to = this.to.value.trim();
      const bad = [this.from, this.to].filter((f) => f.value.trim() !== '' && !isPartialDate(f.value.trim()));
      [this.from, this.to].forEach((f) => f.setAttribute('aria-invalid', String(bad.includes(f))));
      if (bad.length) return;
      this.handlers.onWindow(from || null, to || null);
    };
    this.from.addEventListener('change', windowChanged);
    this.to.addEventListener('change', windowChanged);
    byId('window-clear').addEventListener('click', () => {
      this.from.value = '';
      this.to.value = '';
      windowChanged();
    });
  }

  /** Reads the publication dates of the sources, which set the slider's range and ticks. */
  async loadDomain(): Promise<void> {
    const days: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_SOURCE_PAGES; page++) {
      const data: { sources: Connection<{ publishedAt: PartialDate | null }> } = await this.api.request(SOURCES, { first: 100, after });
      for (const edge of data.sources.edges) if (edge.node.publishedAt) days.push(firstDay(edge.node.publishedAt.iso));
      if (!data.sources.pageInfo.hasNextPage) break;
      after = data.sources.pageInfo.endCursor;
    }
    this.publicationDays = [...new Set(days)].sort();
    const today = Date.parse(isoDay(new Date()));
    const earliest = this.publicationDays[0] ? Date.parse(this.publicationDays[0]) : today;
    const kept = this.value();
    this.setRange(Math.min(earliest - 31 * DAY_MS, today - 31 * DAY_MS), today);
    this.slider.disabled = false;
    this.set(kept);
  }

  /** The day the slider is on, or null at its right end (everything known). */
  value(): string | null {
    if (this.slider.disabled && this.slider.dataset.asOf !== undefined) return this.slider.dataset.asOf || null;
    const i = Number(this.slider.value);
    return i >= Number(this.slider.max) ? null : isoDay(new Date(this.start + i * DAY_MS));
  }

  set(asOf: string | null): void {
    this.slider.dataset.asOf = asOf ?? '';
    if (asOf !== null) {
      const t = Date.parse(asOf);
      if (t < this.start) this.setRange(t - 31 * DAY_MS, this.start + Number(this.slider.max) * DAY_MS);
      this.slider.value = String(Math.round((t - this.start) / DAY_MS));
    } else {
      this.slider.value = this.slider.max;
    }
    this.showValue();
  }

  setWindow(from: string | null, to: string | null): void {
    this.from.value = from ?? '';
    this.to.value = to ?? '';
  }

  private setRange(start: number, end: number): void {
    this.start = start;
    const days = Math.max(1, Math.round((end - start) / DAY_MS));
    this.slider.min = '0';
    this.slider.max = String(days);
    this.slider.setAttribute('aria-valuemin', '0');
    this.ticks.replaceChildren(...this.publicationDays.map((d) => h('option', { value: String(Math.round((Date.parse(d) - start) / DAY_MS)), label: d })));
  }

  private showValue(): void {
    const value = this.value();
    const text = value ?? 'latest';
    this.output.value = text;
    this.output.textContent = text;
    this.slider.setAttribute('aria-valuetext', value ? `as of ${value}` : 'latest: everything known');
  }
}

/** The first day a partial date covers: "2024-12" → "2024-12-01". */
function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}
