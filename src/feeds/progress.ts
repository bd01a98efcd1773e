/** Where the importers write: standard output and error, swappable in tests (as src/transfer's Io). */
export interface FeedIo {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

/** At most one progress line per this many milliseconds, besides the last. */
const EVERY_MS = 1_000;

/**
 * Progress on standard error: lines read, events written, errors, and lines per second. On a
 * terminal it rewrites one line; elsewhere (a log, a test) it prints a line per second at most.
 */
export class ProgressLine {
  private readonly started = Date.now();
  private last = 0;
  private lastText = '';

  constructor(private readonly io: FeedIo, private readonly label: string) {}

  /** Progress of a first pass that only reads the files (`what` it reads them for). */
  reading(lines: number, what: string, final = false): void {
    const now = Date.now();
    if (!final && now - this.last < EVERY_MS) return;
    this.last = now;
    const text = `[${this.label}] reading the files for their ${what}: ${lines.toLocaleString('en-US')} lines, ${((now - this.started) / 1000).toFixed(1)} s`;
    this.io.err(this.io.isTTY ? `\r${text}${final ? '\n' : ''}` : `${text}\n`);
  }

  update(counts: { lines: number; events: number; errors: number }, final = false): void {
    const now = Date.now();
    if (!final && now - this.last < EVERY_MS) return;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(counts.lines / seconds);
    const text = `[${this.label}] ${counts.lines.toLocaleString('en-US')} lines, ${counts.events.toLocaleString('en-US')} written, ${counts.errors} errors, ${rate.toLocaleString('en-US')} lines/s, ${seconds.toFixed(1)} s`;
    const counted = text.replace(/, [\d,]+ lines\/s, [\d.]+ s$/, '');
    // The last line is printed once, even when the last batch has just printed the same counts.
    if (final && counted === this.lastText && !this.io.isTTY) return;
    this.last = now;
    this.lastText = counted;
    this.io.err(this.io.isTTY ? `\r${text}${final ? '\n' : ''}` : `${text}\n`);
  }
}
