import http from 'node:http';
import type { Socket } from 'node:net';
import { ApiThreadHealth, compileTrust, forwardedHeaders, READINESS_MS, trustBehindFront } from '../../src/server/front';

/** The front's own decisions (src/server/front.ts); tests/server/npmStart.int.test.ts runs it for real. */
describe('ApiThreadHealth', () => {
  let clock = 0;
  const health = () => new ApiThreadHealth(30_000, () => clock);
  beforeEach(() => {
    clock = 1_000;
  });

  it('says ok while the API thread beats, and stalled once it has been silent longer than the limit', () => {
    const h = health();
    clock += 29_000;
    expect(h.liveness()).toEqual({ status: 200, body: { status: 'ok' } });
    h.record({ type: 'beat' });
    clock += 30_000;
    expect(h.liveness().status).toBe(200);
    clock += 1;
    expect(h.liveness()).toEqual({ status: 503, body: { status: 'stalled', apiThreadSilentMs: 30_001 } });
    h.record({ type: 'beat' });
    expect(h.liveness().status).toBe(200);
  });

  it('is ready only on a recent report that Neo4j answers, and not while stopping', () => {
    const h = health();
    expect(h.readiness()).toEqual({ status: 503, body: { status: 'starting' } });
    h.record({ type: 'readiness', neo4j: true, stopping: false });
    expect(h.readiness()).toEqual({ status: 200, body: { status: 'ready', neo4j: 'up' } });
    h.record({ type: 'readiness', neo4j: false, stopping: false });
    expect(h.readiness()).toEqual({ status: 503, body: { status: 'unavailable', neo4j: 'unreachable' } });
    h.record({ type: 'readiness', neo4j: true, stopping: false });
    // No report for five intervals: the API thread is too busy to say, so not ready.
    clock += 5 * READINESS_MS + 1;
    expect(h.readiness()).toEqual({ status: 503, body: { status: 'unavailable', apiThread: 'busy' } });
    h.record({ type: 'readiness', neo4j: true, stopping: false });
    h.markStopping();
    expect(h.readiness()).toEqual({ status: 503, body: { status: 'stopping' } });
  });
});

describe('the client address behind the front', () => {
  const request = (remoteAddress: string, headers: http.IncomingHttpHeaders) => ({ socket: { remoteAddress } as Socket, headers }) as http.IncomingMessage;

  it('drops forwarding headers from a client TRUST_PROXY does not believe, and adds its address', () => {
    const headers = forwardedHeaders(
      request('198.51.100.7', { 'x-forwarded-for': '10.0.0.1', 'x-forwarded-proto': 'https', forwarded: 'for=10.0.0.1', connection: 'keep-alive', expect: '100-continue', authorization: 'Bearer t' }),
      compileTrust(false),
    );
    expect(headers).toEqual({ 'x-forwarded-for': '198.51.100.7', authorization: 'Bearer t' });
  });

  it('keeps them from a believed proxy, its own address appended', () => {
    const trusted = compileTrust(['10.0.0.0/8']);
    const headers = forwardedHeaders(request('10.1.2.3', { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' }), trusted);
    expect(headers).toEqual({ 'x-forwarded-for': '198.51.100.7, 10.1.2.3', 'x-forwarded-proto': 'https' });
    expect(forwardedHeaders(request('192.0.2.1', { 'x-forwarded-for': '198.51.100.7' }), trusted)).toEqual({ 'x-forwarded-for': '192.0.2.1' });
  });

  it('keeps Upgrade and Connection only for a WebSocket upgrade', () => {
    const upgrade = request('127.0.0.1', { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-key': 'k' });
    expect(forwardedHeaders(upgrade, compileTrust(false), true)).toEqual({ connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-key': 'k', 'x-forwarded-for': '127.0.0.1' });
    expect(forwardedHeaders(upgrade, compileTrust(false))).toEqual({ 'sec-websocket-key': 'k', 'x-forwarded-for': '127.0.0.1' });
  });

  it('has the API thread believe the front, then TRUST_PROXY one hop further on', () => {
    const hops = trustBehindFront(1);
    expect([hops(undefined, 0), hops('203.0.113.9', 1), hops('203.0.113.8', 2)]).toEqual([true, true, false]);
    const none = trustBehindFront(false);
    expect([none(undefined, 0), none('203.0.113.9', 1)]).toEqual([true, false]);
    const listed = trustBehindFront(['10.0.0.0/8']);
    expect([listed('10.9.9.9', 1), listed('203.0.113.9', 1)]).toEqual([true, false]);
  });
});
