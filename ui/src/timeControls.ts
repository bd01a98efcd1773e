/**
 * The time controls. The "as of" axis ("what did we know then": only claims from sources published
 * by that day count) spans the claims' publication dates (Query.publicationDates), a week before the
 * first to the last, then "latest"; a histogram of claims per publication day sits on it. Date
 * input, previous and next publication, and playback move along it. "What changed" lists the claims
 * learned between two dates. Two partial-date fields set the valid-time window, which keeps facts
 * with no valid time unless asked otherwise.
 */
import type { ApiClient } from './api';
import { byId, debounce, h } from './dom';
import { isoDay, lastDay } from './format';
import { capabilities, PUBLICATION_DATES, SOURCES } from './queries';
import type { Connection, DateCount, PartialDate } from './types';
import { isPartialDate } from './urlState';

const DAY_MS = 86_400_000;
/** Days shown before the first publication: the view before anything was known. */
const LEAD_DAYS = 7;
/** Without Query.publicationDates, enough sources to place the histogram (see docs). */
const MAX_SOURCE_PAGES = 10;
/** How long playback stays on each publication date. */
export const PLAY_STEP_MS = 1_500;

export interface TimeHandlers {
  onAsOf(date: string | null): void;
  onWindow(from: string | null, to: string | null, undated: boolean): void;
  onChanges(after: string, by: string): void;
}

const SVG = 'http://www.w3.org/2000/svg';

export class TimeControls {
  private readonly slider = byId<HTMLInputElement>('as-of');
  private readonly output = byId<HTMLOutputElement>('as-of-out');
  private readonly dateInput = byId<HTMLInputElement>('as-of-date');
  private readonly histogram = byId('as-of-histogram');
  private readonly scale = byId('as-of-scale');
  private readonly play = byId<HTMLButtonElement>('as-of-play');
  private readonly from = byId<HTMLInputElement>('valid-from');
  private readonly to = byId<HTMLInputElement>('valid-to');
  private readonly undated = byId<HTMLInputElement>('window-undated');
  private readonly changesFrom = byId<HTMLInputElement>('changes-from');
  private readonly changesTo = byId<HTMLInputElement>('changes-to');
  /** The first day of the axis; position i is start + i days, and max is "latest". */
  private start = Date.UTC(2000, 0, 1);
  private dates: DateCount[] = [];
  private timer: number | undefined;

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
    this.dateInput.addEventListener('change', () => {
      const v = this.dateInput.value;
      if (!v) return;
      this.set(v);
      this.handlers.onAsOf(this.value());
    });
    byId('as-of-latest').addEventListener('click', () => this.go(null));
    byId('as-of-prev').addEventListener('click', () => this.go(this.step(-1), true));
    byId('as-of-next').addEventListener('click', () => this.go(this.step(1), true));
    this.play.addEventListener('click', () => (this.timer === undefined ? this.startPlay() : this.stopPlay()));
    const windowChanged = () => {
      const from = this.from.value.trim();
      const to = this.to.value.trim();
      const bad = [this.from, this.to].filter((f) => f.value.trim() !== '' && !isPartialDate(f.value.trim()));
      [this.from, this.to].forEach((f) => f.setAttribute('aria-invalid', String(bad.includes(f))));
      if (bad.length) return;
      this.handlers.onWindow(from || null, to || null, this.undated.checked);
    };
    this.from.addEventListener('change', windowChanged);
    this.to.addEventListener('change', windowChanged);
    this.undated.addEventListener('change', windowChanged);
    byId('window-clear').addEventListener('click', () => {
      this.from.value = '';
      this.to.value = '';
      windowChanged();
    });
    byId('changes-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const after = this.changesFrom.value;
      const by = this.changesTo.value;
      const bad = !after || !by || after > by;
      this.changesFrom.setAttribute('aria-invalid', String(!after || bad));
      this.changesTo.setAttribute('aria-invalid', String(!by || bad));
      if (bad) return;
      this.handlers.onChanges(after, by);
    });
  }

  /** Reads the publication dates with their claim counts (unless given, as read already), which set the axis and the histogram. */
  async loadDomain(known?: DateCount[]): Promise<void> {
    let dates: DateCount[];
    if (capabilities.trust) {
      const publicationDates = known ?? (await this.api.request<{ publicationDates: DateCount[] }>(PUBLICATION_DATES)).publicationDates;
      dates = publicationDates.map((d) => ({ date: lastDay(d.date), claimCount: d.claimCount }));
    } else {
      // An older API: the sources' dates and claim counts, up to MAX_SOURCE_PAGES pages.
      const counts = new Map<string, number>();
      let after: string | null = null;
      for (let page = 0; page < MAX_SOURCE_PAGES; page++) {
        const data: { sources: Connection<{ publishedAt: PartialDate | null; claimCount?: number }> } = await this.api.request(SOURCES, { first: 100, after });
        for (const edge of data.sources.edges) {
          if (!edge.node.publishedAt) continue;
          const day = lastDay(edge.node.publishedAt.iso);
          counts.set(day, (counts.get(day) ?? 0) + (edge.node.claimCount ?? 1));
        }
        if (!data.sources.pageInfo.hasNextPage) break;
        after = data.sources.pageInfo.endCursor;
      }
      dates = [...counts].map(([date, claimCount]) => ({ date, claimCount }));
    }
    // A source dated to a month or a year counts as known from its last day, as the API counts it
    // (Source.knownAt): placed there, it fills its bar and is a step of the axis when `asOf` takes it in.
    // Several partial dates can fall on one last day.
    const merged = new Map<string, number>();
    for (const d of dates) merged.set(d.date, (merged.get(d.date) ?? 0) + d.claimCount);
    this.dates = [...merged].map(([date, claimCount]) => ({ date, claimCount })).sort((a, b) => a.date.localeCompare(b.date));
    const kept = this.value();
    const today = Date.parse(isoDay(new Date()));
    const first = this.dates[0] ? Date.parse(this.dates[0].date) : today - 30 * DAY_MS;
    const last = this.dates.at(-1) ? Date.parse(this.dates.at(-1)!.date) : today;
    this.setRange(first - LEAD_DAYS * DAY_MS, last);
    this.slider.disabled = false;
    this.set(kept);
  }

  /** The publication days, oldest first. */
  publicationDays(): string[] {
    return this.dates.map((d) => d.date);
  }

  /** The day the axis is on, or null at its right end (everything known). */
  value(): string | null {
    if (this.slider.disabled && this.slider.dataset.asOf !== undefined) return this.slider.dataset.asOf || null;
    const i = Number(this.slider.value);
    return i >= Number(this.slider.max) ? null : isoDay(new Date(this.start + i * DAY_MS));
  }

  set(asOf: string | null): void {
    this.slider.dataset.asOf = asOf ?? '';
    if (asOf !== null) {
      const t = Date.parse(asOf);
      const end = this.start + (Number(this.slider.max) - 1) * DAY_MS;
      if (t < this.start || t > end) this.setRange(Math.min(t, this.start), Math.max(t, end));
      this.slider.value = String(Math.round((t - this.start) / DAY_MS));
    } else {
      this.slider.value = this.slider.max;
    }
    this.showValue();
  }

  setWindow(from: string | null, to: string | null, undated: boolean): void {
    this.from.value = from ?? '';
    this.to.value = to ?? '';
    this.undated.checked = undated;
  }

  /** The publication date before (-1) or after (+1) the day on the axis; null past the last. */
  private step(direction: -1 | 1): string | null {
    const days = this.publicationDays();
    const current = this.value();
    if (direction < 0) {
      const before = current === null ? days : days.filter((d) => d < current);
      return before.at(-1) ?? days[0] ?? null;
    }
    if (current === null) return null;
    return days.find((d) => d > current) ?? null;
  }

  private go(asOf: string | null, keepFocus = false): void {
    if (!keepFocus) this.stopPlay();
    this.set(asOf);
    this.handlers.onAsOf(asOf);
  }

  /** Plays the publications in order, one every PLAY_STEP_MS, from the first when at "latest". */
  private startPlay(): void {
    const days = this.publicationDays();
    if (days.length === 0) return;
    if (this.value() === null) this.go(days[0]!, true);
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = window.setInterval(() => {
      // A slow answer holds the playback: each date is drawn before the next.
      if (document.body.dataset.view === 'loading') return;
      const next = this.step(1);
      this.go(next, true);
      if (next === null) this.stopPlay();
    }, PLAY_STEP_MS);
  }

  private stopPlay(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }

  /** The axis runs from `start` to `end` (days), then one more step: "latest". */
  private setRange(start: number, end: number): void {
    this.start = start;
    const days = Math.max(1, Math.round((end - start) / DAY_MS)) + 1;
    this.slider.min = '0';
    this.slider.max = String(days);
    const first = isoDay(new Date(start));
    const last = isoDay(new Date(end));
    this.dateInput.min = first;
    this.dateInput.max = last;
    this.changesFrom.min = this.changesTo.min = first;
    this.changesFrom.max = this.changesTo.max = last;
    this.drawHistogram(days);
  }

  /** One bar per publication day, as tall as its share of the claims, on the slider's scale. */
  private drawHistogram(positions: number): void {
    const width = 1000;
    const height = 40;
    const most = Math.max(1, ...this.dates.map((d) => d.claimCount));
    const svg = this.histogram;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    const bars = this.dates.map((d) => {
      const i = Math.round((Date.parse(d.date) - this.start) / DAY_MS);
      const x = (i / positions) * width;
      const barHeight = Math.max(8, Math.sqrt(d.claimCount / most) * (height - 2));
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(x - 3));
      rect.setAttribute('y', String(height - barHeight));
      rect.setAttribute('width', '6');
      rect.setAttribute('height', String(barHeight));
      rect.setAttribute('class', 'bar');
      rect.setAttribute('data-date', d.date);
      rect.setAttribute('data-count', String(d.claimCount));
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${d.date}: ${d.claimCount} claim${d.claimCount === 1 ? '' : 's'}`;
      rect.append(title);
      return rect;
    });
    svg.replaceChildren(...bars);
    const first = this.dates[0]?.date ?? '';
    const last = this.dates.at(-1)?.date ?? '';
    this.scale.replaceChildren(
      h('span', {}, isoDay(new Date(this.start))),
      h('span', { class: 'scale-mid' }, this.dates.length ? `${this.dates.length} publication date${this.dates.length === 1 ? '' : 's'}, ${first}${last !== first ? ` to ${last}` : ''}` : 'no publication dates'),
      h('span', {}, 'latest'),
    );
  }

  private showValue(): void {
    const value = this.value();
    const text = value ?? 'latest';
    this.output.value = text;
    this.output.textContent = text;
    this.dateInput.value = value ?? '';
    this.slider.setAttribute('aria-valuetext', value ? `as of ${value}` : 'latest: everything known');
    const known = value === null ? this.dates.reduce((n, d) => n + d.claimCount, 0) : this.dates.filter((d) => d.date <= value).reduce((n, d) => n + d.claimCount, 0);
    byId('as-of-known').textContent = `${known} claim${known === 1 ? '' : 's'} published by then`;
    for (const bar of this.histogram.querySelectorAll('rect')) bar.classList.toggle('known', value === null || (bar.getAttribute('data-date') ?? '') <= value);
    if (value) {
      const previous = this.publicationDays().filter((d) => d < value).at(-1);
      if (!this.changesTo.value) this.changesTo.value = value;
      if (!this.changesFrom.value && previous) this.changesFrom.value = previous;
    }
  }
}

/** The first day a partial date covers: "2024-12" → "2024-12-01". */
export function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}
