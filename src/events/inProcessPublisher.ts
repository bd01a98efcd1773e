import type { ChangeListener, GraphChange, Publisher } from './publisher';

/**
 * The publisher for one instance: listeners in this process hear what this process wrote, at once
 * and in commit order. A listener that throws stops no other: its error
 * goes to `onListenerError` (the log), since the write it reports has already committed.
 */
export class InProcessPublisher implements Publisher {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => undefined) {}

  publish(change: GraphChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Listeners now; for tests and metrics. */
  get listenerCount(): number {
    return this.listeners.size;
  }
}
