import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { ConcurrencyGate } from '../../src/server/admission';

/** A response just real enough for the gate: close events, and a recorded refusal. */
function fakeResponse() {
  const res = new EventEmitter() as EventEmitter & { refused?: { status: number; body: unknown; retryAfter?: string }; destroyed: boolean; writableEnded: boolean };
  let status = 200;
  let retryAfter: string | undefined;
  Object.assign(res, {
    destroyed: false,
    writableEnded: false,
    set(name: string, value: string) {
      if (name === 'Retry-After') retryAfter = value;
      return res;
    },
    status(code: number) {
      status = code;
      return res;
    },
    json(body: unknown) {
      res.refused = { status, body, retryAfter };
      return res;
    },
  });
  return res;
}

describe('ConcurrencyGate', () => {
  it('runs up to its cap, queues up to its bound in arrival order, and refuses the rest with 429 and Retry-After', () => {
    const gate = new ConcurrencyGate(2, 1);
    const started: number[] = [];
    const responses = [0, 1, 2, 3].map(() => fakeResponse());
    responses.forEach((res, i) => gate.middleware({} as Request, res as unknown as Response, (() => started.push(i)) as NextFunction));
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, queued: 1 });
    expect(responses[3]!.refused).toMatchObject({ status: 429, retryAfter: '1', body: { errors: [{ extensions: { code: 'TOO_MANY_REQUESTS' } }] } });
    responses[0]!.emit('close');
    expect(started).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ running: 2, queued: 0 });
    responses[1]!.emit('close');
    responses[2]!.emit('close');
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });

  it('drops a queued request whose client hung up', () => {
    const gate = new ConcurrencyGate(1, 5);
    const started: number[] = [];
    const responses = [0, 1, 2].map(() => fakeResponse());
    responses.forEach((res, i) => gate.middleware({} as Request, res as unknown as Response, (() => started.push(i)) as NextFunction));
    expect(gate.load).toEqual({ running: 1, queued: 2 });
    responses[1]!.emit('close');
    expect(gate.load).toEqual({ running: 1, queued: 1 });
    responses[0]!.emit('close');
    expect(started).toEqual([0, 2]);
  });

  it('lets the least-served client go first when a slot frees, and arrival order decide among equals', async () => {
    const keys = new Map<unknown, string>();
    const gate = new ConcurrencyGate(1, 10, { keyOf: (_req, res) => keys.get(res) ?? '?' });
    const started: string[] = [];
    const send = (key: string) => {
      const res = fakeResponse();
      keys.set(res, key);
      gate.middleware({} as Request, res as unknown as Response, (() => started.push(key)) as NextFunction);
      return res;
    };
    // A heavy reader holds the only slot for a while, so it has used the gate.
    const first = send('heavy');
    await new Promise((resolve) => setImmediate(resolve));
    const spin = performance.now() + 5;
    while (performance.now() < spin);
    const queuedHeavy = [send('heavy'), send('heavy')];
    const analyst = send('analyst');
    const other = send('other');
    first.emit('close');
    // The analyst and the other client have used nothing: they go before the heavy reader's queue,
    // in the order they came, though both arrived after it.
    expect(started).toEqual(['heavy', 'analyst']);
    analyst.emit('close');
    expect(started).toEqual(['heavy', 'analyst', 'other']);
    other.emit('close');
    expect(started).toEqual(['heavy', 'analyst', 'other', 'heavy']);
    queuedHeavy.forEach((res) => res.emit('close'));
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });

  it('takes no slot for a client that hung up while its key was read', async () => {
    let resolveKey: (key: string) => void = () => undefined;
    const gate = new ConcurrencyGate(1, 5, { keyOf: () => new Promise<string>((resolve) => (resolveKey = resolve)) });
    const res = fakeResponse();
    const started: number[] = [];
    gate.middleware({} as Request, res as unknown as Response, (() => started.push(1)) as NextFunction);
    res.destroyed = true;
    res.emit('close');
    resolveKey('gone');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([]);
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });
});
