import type { ConcurrencyGate } from './admission';

/** How often the controller looks at the lag it saw, in milliseconds. */
export const LAG_WINDOW_MS = 100;
/** The tick whose lateness measures the lag, in milliseconds. */
const TICK_MS = 10;

/**
 * Narrows the concurrency gate while the event loop lags and widens it when the loop is calm
 * (additive increase, multiplicative decrease, as TCP does with its window).
 *
 * Every request's parsing, validation, resolvers and JSON run on the one main thread, as does the
 * answer to /healthz. When too many run at once, a probe waits behind all of their work: the red
 * team saw 1–15 s. The lag of a 10 ms tick says how long anything just arrived had to wait; over
 * each 100 ms window, if its worst exceeded `targetLagMs`, the gate's limit halves, and if it
 * stayed under half of it while the gate was full, the limit grows by one. Requests beyond the
 * limit wait in the gate's queue, where they cost nothing.
 */
export class LagController {
  private timer: NodeJS.Timeout | null = null;
  private window: NodeJS.Timeout | null = null;
  private worst = 0;
  /** The worst lag of the last finished window, in milliseconds, for metrics and tests. */
  lastLagMs = 0;

  constructor(
    private readonly gate: ConcurrencyGate,
    readonly targetLagMs: number,
  ) {}

  start(): this {
    if (this.timer) return this;
    let expected = performance.now() + TICK_MS;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.worst = Math.max(this.worst, now - expected);
      expected = now + TICK_MS;
    }, TICK_MS).unref();
    this.window = setInterval(() => this.decide(), LAG_WINDOW_MS).unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.window) clearInterval(this.window);
    this.timer = this.window = null;
  }

  /** Ends a window: narrows on lag, widens when calm and requests are waiting. Public for tests. */
  decide(worstLagMs = this.worst): void {
    this.worst = 0;
    this.lastLagMs = worstLagMs;
    if (worstLagMs > this.targetLagMs) this.gate.narrow();
    else if (worstLagMs < this.targetLagMs / 2) {
      const { running, queued } = this.gate.load;
      if (queued > 0 || running >= this.gate.limit) this.gate.widen();
    }
  }
}
