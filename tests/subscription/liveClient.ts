import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One result of a subscription, as the client receives it. */
export interface LiveResult {
  data?: Record<string, any> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** How a subscription ended: completed by the server, or failed (GraphQL errors, or the socket closed). */
export type Ending = { kind: 'complete' } | { kind: 'error'; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; closeCode?: number; closeReason?: string };

/**
 * One subscription of a real graphql-ws client, its results kept in order. `next()` waits for the
 * next result (an event, never a timer); `ended` settles when the subscription ends.
 */
export class LiveSubscription {
  readonly results: LiveResult[] = [];
  private read = 0;
  private waiters: Array<() => void> = [];
  private endedWith: Ending | null = null;
  readonly ended: Promise<Ending>;
  readonly dispose: () => void;

  constructor(client: Client, query: string, variables?: Record<string, unknown>) {
    let settle: (ending: Ending) => void = () => undefined;
    this.ended = new Promise((resolve) => {
      settle = resolve;
    });
    const finish = (ending: Ending) => {
      this.endedWith ??= ending;
      settle(this.endedWith);
      this.wake();
    };
    this.dispose = client.subscribe<Record<string, any>, unknown>(
      { query, variables },
      {
        next: (result) => {
          this.results.push(result);
          this.wake();
        },
        complete: () => finish({ kind: 'complete' }),
        error: (error: unknown) => {
          if (Array.isArray(error)) finish({ kind: 'error', errors: error });
          else if (error && typeof error === 'object' && 'code' in error) {
            const close = error as { code: number; reason: string };
            finish({ kind: 'error', closeCode: close.code, closeReason: close.reason });
          } else finish({ kind: 'error', errors: [{ message: String(error) }] });
        },
      },
    );
  }

  /** The next result not yet read; rejects if the subscription ends first. */
  async next(): Promise<LiveResult> {
    while (this.read >= this.results.length) {
      if (this.endedWith) throw new Error(`expected another result, but the subscription ended: ${JSON.stringify(this.endedWith)}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.results[this.read++] as LiveResult;
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** A graphql-ws client that connects at once and never retries, with the token (if any) in connection_init. */
export function liveClient(httpUrl: string, token?: string | null): { client: Client; closed: Promise<{ code: number; reason: string }>; connected: Promise<void> } {
  let onClosed: (event: { code: number; reason: string }) => void = () => undefined;
  let onConnected: () => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    onClosed = resolve;
  });
  const connected = new Promise<void>((resolve) => {
    onConnected = resolve;
  });
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }),
    },
  });
  return { client, closed, connected };
}
