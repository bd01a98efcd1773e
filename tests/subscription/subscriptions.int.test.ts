import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { signDevToken } from '../../src/auth';
import { DEFAULT_LIMITS, type Config } from '../../src/config';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { InProcessPublisher, publisher } from '../../src/events';
import { LiveSubscription, liveClient } from './liveClient';

/**
 * Subscriptions end to end, on a Neo4j of the suite's own: a real graphql-ws client subscribes on a
 * real server, writes go through the HTTP API (mutations and ingestArticle), and each event is waited
 * for, never slept on. Every entity and source here has a name unique to this run, so the suite may
 * run again on the same database beside other suites.
 */
const AUTH: Config['auth'] = { jwtSecret: 'subscription-test-secret-of-32-characters!', jwksUrl: null, issuer: null, audience: null, anonymousRead: false };
const run = randomUUID().slice(0, 8);

let scratch: ScratchNeo4j | undefined;
let db: Database;
let server: RunningServer;
let analystToken: string;
let viewerToken: string;
const open: Array<{ dispose: () => void | Promise<void> }> = [];

// The shared databases serve several suites at once; a write may wait its turn.
jest.setTimeout(300_000);
const LIMITS = { ...DEFAULT_LIMITS, rateLimitPerMinute: 0, requestTimeoutMs: 120_000 };

beforeAll(async () => {
  // Writes go to a Neo4j of this suite's own: the shared seed database must stay as the article says.
  scratch = await startScratchNeo4j('subscriptions');
  db = openDatabase(scratch.uri);
  server = await startTestServer(db, { auth: AUTH, limits: LIMITS, subscriptions: { enabled: true, maxConnections: 20, maxPerConnection: 4 } });
  analystToken = await signDevToken(AUTH, { role: 'analyst', subject: `live-analyst-${run}` });
  viewerToken = await signDevToken(AUTH, { role: 'viewer', subject: `live-viewer-${run}` });
});

afterAll(async () => {
  for (const item of open) await item.dispose();
  await server?.stop();
  await db?.close();
  await scratch?.stop();
});

/** A client of the shared server, closed after the suite. */
function connect(token: string | null) {
  const live = liveClient(server.url, token);
  open.push({ dispose: () => live.client.dispose() });
  return live;
}

async function post(query: string, variables: Record<string, unknown> = {}, token: string | null = analystToken) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

async function write(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { body } = await post(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const UPSERT = 'mutation U($input: EntityInput!) { upsertEntity(input: $input) { id name } }';
const SOURCE = 'mutation S($input: SourceInput!) { recordSource(input: $input) { id } }';
const ASSERT = 'mutation A($input: ClaimInput!) { assertClaim(input: $input) { id predicate polarity subject { id } object { id } } }';

async function entity(kind: string, name: string): Promise<string> {
  return (await write(UPSERT, { input: { kind, name: `${name} ${run}` } })).upsertEntity.id;
}

async function source(slug: string): Promise<string> {
  return (await write(SOURCE, { input: { url: `https://live-test.example/${run}/${slug}`, title: `Live test ${slug}` } })).recordSource.id;
}

async function assertClaim(input: Record<string, unknown>): Promise<Record<string, any>> {
  return (await write(ASSERT, { input: { credibility: 2, ...input } })).assertClaim;
}

const CLAIM_ADDED = `subscription C($filter: ClaimFilter) {
  claimAdded(filter: $filter) { id predicate polarity text subject { id name } object { id name } source { id } review { status } }
}`;

describe('subscriptions over graphql-ws', () => {
  it('sends a claim asserted through the API to a subscribed reader, with its fields, and filters by entity', async () => {
    const [brigade, otherBrigade, town] = await Promise.all([entity('ARMED_FORCE', 'Live brigade'), entity('ARMED_FORCE', 'Other brigade'), entity('LOCATION', 'Live town')]);
    const sourceId = await source('assert');
    const { client, connected } = connect(viewerToken);
    await connected;
    const before = listenerCount();
    const mine = new LiveSubscription(client, CLAIM_ADDED, { filter: { entityId: brigade } });
    const others = new LiveSubscription(client, CLAIM_ADDED, { filter: { entityId: otherBrigade } });
    open.push(mine, others);
    await waitFor(() => listenerCount() >= before + 2);

    // The other brigade's claim is written first: the first event `mine` sees must still be its own.
    const other = await assertClaim({ sourceId, subjectId: otherBrigade, predicate: 'DEPLOYED_TO', objectId: town, excerpt: `The other brigade moved to the town (${run}).` });
    const claim = await assertClaim({ sourceId, subjectId: brigade, predicate: 'DEPLOYED_TO', objectId: town, excerpt: `The brigade moved to the town (${run}).` });

    const event = await mine.next();
    expect(event.errors).toBeUndefined();
    expect(event.data?.claimAdded).toEqual({
      id: claim.id,
      predicate: 'DEPLOYED_TO',
      polarity: 'ASSERTED',
      text: `The brigade moved to the town (${run}).`,
      subject: { id: brigade, name: `Live brigade ${run}` },
      object: { id: town, name: `Live town ${run}` },
      source: { id: sourceId },
      review: { status: 'ACCEPTED' },
    });
    expect((await others.next()).data?.claimAdded.id).toBe(other.id);

    // Asserting the same claim again adds nothing new: only the next new claim arrives.
    await assertClaim({ sourceId, subjectId: brigade, predicate: 'DEPLOYED_TO', objectId: town, excerpt: `The brigade moved to the town (${run}).` });
    const denial = await assertClaim({ sourceId, subjectId: brigade, predicate: 'DEPLOYED_TO', objectId: town, polarity: 'DENIED', excerpt: `The brigade never went to the town (${run}).` });
    expect((await mine.next()).data?.claimAdded).toMatchObject({ id: denial.id, polarity: 'DENIED' });
  });

  it('tells factChanged and disputeOpened subscribers about the entity a claim touches', async () => {
    const [force, place] = await Promise.all([entity('ARMED_FORCE', 'Disputed force'), entity('LOCATION', 'Disputed place')]);
    const sourceId = await source('dispute');
    const { client, connected } = connect(viewerToken);
    await connected;
    const before = listenerCount();
    const facts = new LiveSubscription(client, 'subscription F($id: ID) { factChanged(entityId: $id) { entity { id name } cause claims { id } at } }', { id: place });
    const disputes = new LiveSubscription(client, 'subscription D($id: ID) { disputeOpened(entityId: $id) { id kind claims { id polarity } } }', { id: force });
    open.push(facts, disputes);
    await waitFor(() => listenerCount() >= before + 2);

    const asserted = await assertClaim({ sourceId, subjectId: force, predicate: 'DEPLOYED_TO', objectId: place, excerpt: `The force is at the place (${run}).` });
    const fact = (await facts.next()).data?.factChanged;
    expect(fact).toMatchObject({ entity: { id: place, name: `Disputed place ${run}` }, cause: 'CLAIMS_WRITTEN', claims: [{ id: asserted.id }] });
    expect(Date.parse(fact.at)).not.toBeNaN();

    const denied = await assertClaim({ sourceId, subjectId: force, predicate: 'DEPLOYED_TO', objectId: place, polarity: 'DENIED', excerpt: `The force is not at the place (${run}).` });
    const dispute = (await disputes.next()).data?.disputeOpened;
    expect(dispute.kind).toBe('POLARITY');
    expect(dispute.claims.map((c: { id: string }) => c.id).sort()).toEqual([asserted.id, denied.id].sort());
    expect((await facts.next()).data?.factChanged.claims).toEqual([{ id: denied.id }]);
  });

  it('sends the claims of an ingested article, PENDING, and the review queue change', async () => {
    const url = `https://live-test.example/${run}/article`;
    const { client, connected } = connect(viewerToken);
    await connected;
    const before = listenerCount();
    const claims = new LiveSubscription(client, CLAIM_ADDED, { filter: { predicates: ['CAPTURED_BY'], reviewStatuses: ['PENDING'] } });
    const queue = new LiveSubscription(client, 'subscription { reviewQueueChanged { cause pendingCount claims { id source { url } } } }');
    open.push(claims, queue);
    await waitFor(() => listenerCount() >= before + 2);

    const { body } = await post(
      'mutation I($input: ArticleInput!) { ingestArticle(input: $input) { source { id } claims { id predicate review { status } } } }',
      { input: { url, publishedAt: '2025-03-02', text: `Ukrainian forces captured two North Korean soldiers in the Kursk region on Saturday, Ukraine's security service said. (Report ${run}.)` } },
    );
    expect(body.errors).toBeUndefined();
    const written = body.data?.ingestArticle.claims as Array<{ id: string; predicate: string }>;
    const captures = written.filter((c) => c.predicate === 'CAPTURED_BY').map((c) => c.id);
    expect(captures.length).toBeGreaterThan(0);

    const received: string[] = [];
    while (received.length < captures.length) {
      const event = await claims.next();
      expect(event.data?.claimAdded).toMatchObject({ predicate: 'CAPTURED_BY', review: { status: 'PENDING' }, source: { id: body.data?.ingestArticle.source.id } });
      received.push(event.data?.claimAdded.id);
    }
    expect(received.sort()).toEqual([...captures].sort());

    const change = (await queue.next()).data?.reviewQueueChanged;
    expect(change.cause).toBe('CLAIMS_WRITTEN');
    expect(change.pendingCount).toBeGreaterThanOrEqual(written.length);
    expect(change.claims.map((c: { id: string }) => c.id).sort()).toEqual(written.map((c) => c.id).sort());
    expect(change.claims[0].source.url).toBe(url);
  });

  it('closes a connection without a token, or with a bad one, before it can subscribe: it receives nothing', async () => {
    for (const token of [null, 'not-a-token', await signDevToken({ ...AUTH, jwtSecret: 'another-secret-that-is-32-characters-long' }, { role: 'admin' })]) {
      const { client, closed } = connect(token);
      const attempt = new LiveSubscription(client, CLAIM_ADDED);
      const ending = await attempt.ended;
      expect(ending).toMatchObject({ kind: 'error', closeCode: 4401 });
      expect((ending as { closeReason: string }).closeReason).toMatch(token ? /expected a valid bearer token|Bearer/ : /expected a bearer token in the connection_init payload/);
      expect((await closed).code).toBe(4401);
      expect(attempt.results).toEqual([]);
    }
  });

  it('refuses one subscription more than the limit per connection, with SUBSCRIPTION_LIMIT, and keeps the others', async () => {
    const { client, connected } = connect(viewerToken);
    await connected;
    const before = listenerCount();
    const four = [0, 1, 2, 3].map(() => new LiveSubscription(client, 'subscription { reviewQueueChanged { pendingCount } }'));
    open.push(...four);
    await waitFor(() => listenerCount() >= before + 4);
    const fifth = new LiveSubscription(client, 'subscription { reviewQueueChanged { pendingCount } }');
    const ending = await fifth.ended;
    expect(ending).toMatchObject({ kind: 'error', errors: [{ extensions: { code: 'SUBSCRIPTION_LIMIT', maxPerConnection: 4 } }] });
    expect((ending as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/expected at most 4 subscriptions at once on one connection/);
    // Completing one of the four leaves room for another.
    four[0]?.dispose();
    await waitFor(() => listenerCount() === before + 3);
    const again = new LiveSubscription(client, 'subscription { reviewQueueChanged { pendingCount } }');
    open.push(again);
    await waitFor(() => listenerCount() === before + 4);
    expect(again.results).toEqual([]);
  });

  it('refuses a subscription whose selection costs more than LIMIT_MAX_COST, with its variables, as a request would be', async () => {
    const { client, connected } = connect(viewerToken);
    await connected;
    // Each event runs this selection again: 100 facts × 100 claims × 100 facts is a request's 1,010,301.
    const wide = `subscription W($n: Int) {
      claimAdded { subject { relationships(first: $n) { edges { node { claims(first: $n) { subject { relationships(first: $n) { totalCount } } } } } } } }
    }`;
    const refused = new LiveSubscription(client, wide, { n: 100 });
    const ending = await refused.ended;
    expect(ending).toMatchObject({ kind: 'error', errors: [{ extensions: { code: 'COST_LIMIT_EXCEEDED', maxCost: LIMITS.maxCost } }] });
    expect((ending as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/^The operation costs \d+, over the limit of 100000/);
    const overHttp = await post(
      `query W($n: Int) { entity(id: "x") { relationships(first: $n) { edges { node { claims(first: $n) { subject { relationships(first: $n) { totalCount } } } } } } } }`,
      { n: 100 },
      viewerToken,
    );
    expect(overHttp.body.errors?.[0]?.extensions.code).toBe('COST_LIMIT_EXCEEDED');
    // The same document with small pages is within the limit and stays subscribed.
    const before = listenerCount();
    const narrow = new LiveSubscription(client, wide, { n: 5 });
    open.push(narrow);
    await waitFor(() => listenerCount() >= before + 1);
    expect(narrow.results).toEqual([]);
  });

  it('runs only subscriptions over WebSocket, and refuses a subscription over HTTP with a pointer to it', async () => {
    const { client, connected } = connect(viewerToken);
    await connected;
    const query = new LiveSubscription(client, '{ __typename }');
    expect(await query.ended).toMatchObject({ kind: 'error', errors: [{ extensions: { code: 'OPERATION_NOT_SUPPORTED' } }] });
    const overHttp = await post('subscription { reviewQueueChanged { pendingCount } }', {}, viewerToken);
    expect(overHttp.status).toBe(400);
    expect(overHttp.body.errors?.[0]?.extensions.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(overHttp.body.errors?.[0]?.message).toMatch(/subscriptions are served over WebSocket .* at the same path, \/graphql/);
  });

  it('closes a connection with 4401 when its token expires: it does not outlive what let it in', async () => {
    const shortLived = await signDevToken(AUTH, { role: 'viewer', subject: `live-short-${run}`, expiresIn: '2s' });
    const { client, connected } = connect(shortLived);
    await connected;
    const subscription = new LiveSubscription(client, 'subscription { reviewQueueChanged { pendingCount } }');
    // Settled by the close event, at the token's exp.
    expect(await subscription.ended).toMatchObject({ kind: 'error', closeCode: 4401, closeReason: 'the token has expired: connect again with a new one' });
  });

  it('says what is wrong with a subscription without suggesting names, and with introspection off names only what it was sent', async () => {
    const typo = 'subscription { claimAdded { sourc { id } } }';
    const { client, connected } = connect(viewerToken);
    await connected;
    const open = (await new LiveSubscription(client, typo).ended) as { errors: Array<{ message: string }> };
    expect(open.errors[0]?.message).toBe('Cannot query field "sourc" on type "Claim".');
    const closed = await startTestServer(db, { auth: AUTH, limits: LIMITS, enableIntrospection: false, subscriptions: { enabled: true, maxConnections: 2, maxPerConnection: 1 } });
    const live = liveClient(closed.url, viewerToken);
    try {
      await live.connected;
      const ending = (await new LiveSubscription(live.client, typo).ended) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
      expect(ending.errors[0]).toMatchObject({ message: 'Cannot query field "sourc" on type [hidden].', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    } finally {
      await live.client.dispose();
      await closed.stop();
    }
  });

  it('counts subscribe messages against RATE_LIMIT_PER_MINUTE per connection, refused ones too, before reading their documents', async () => {
    const limited = await startTestServer(db, { auth: AUTH, limits: { ...LIMITS, rateLimitPerMinute: 3 }, subscriptions: { enabled: true, maxConnections: 2, maxPerConnection: 1 } });
    const live = liveClient(limited.url, viewerToken);
    try {
      await live.connected;
      const codes: unknown[] = [];
      for (let i = 0; i < 4; i += 1) {
        const ending = (await new LiveSubscription(live.client, `subscription { claimAdded { nothing${i} } }`).ended) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
        codes.push(ending.errors?.[0]?.extensions?.code);
        if (i === 3) expect(ending.errors?.[0]?.message).toMatch(/^expected at most 3 subscribe messages a minute on one connection, but got more; retry after \d+ s$/);
      }
      expect(codes).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_REQUESTS']);
    } finally {
      await live.client.dispose();
      await limited.stop();
    }
  });

  it('refuses a connection over SUBSCRIPTION_MAX_PER_CLIENT from one address at the upgrade, with 429, and takes one again when one closes', async () => {
    const small = await startTestServer(db, { auth: AUTH, limits: LIMITS, subscriptions: { enabled: true, maxConnections: 10, maxPerConnection: 1, maxPerClient: 2 } });
    const open = [liveClient(small.url, viewerToken), liveClient(small.url, viewerToken)];
    try {
      for (const live of open) await live.connected;
      expect(await refusedUpgrade(small.url)).toBe(429);
      await open[0]!.client.dispose();
      // The server counts it closed when its side of the socket closes, a turn or two after the client's.
      await waitFor(() => small.subscriptions?.connections() === 1);
      const again = liveClient(small.url, viewerToken);
      open.push(again);
      await again.connected;
    } finally {
      for (const live of open) await live.client.dispose();
      await small.stop();
    }
  });

  it('refuses a connection over SUBSCRIPTION_MAX_CONNECTIONS at the upgrade, with 503, and closes connections when the server stops', async () => {
    const small = await startTestServer(db, { auth: AUTH, limits: LIMITS, subscriptions: { enabled: true, maxConnections: 1, maxPerConnection: 1 } });
    const first = liveClient(small.url, viewerToken);
    try {
      await first.connected;
      expect(await refusedUpgrade(small.url)).toBe(503);
      // Stopping the server closes the open connection as "going away", and stop() returns.
      const stopped = small.stop();
      expect((await first.closed).code).toBe(1001);
      await stopped;
    } finally {
      await first.client.dispose();
      await small.stop();
    }
  });
});

/** The HTTP status a WebSocket upgrade to `url` is refused with (it fails the test if it opens). */
function refusedUpgrade(url: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    socket.on('error', () => undefined);
    socket.on('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    socket.on('open', () => reject(new Error('expected the connection to be refused, but it opened')));
  });
}

/** Listeners of the in-process publisher now: one per running subscription of this process. */
function listenerCount(): number {
  const current = publisher();
  if (!(current instanceof InProcessPublisher)) throw new Error('expected the in-process publisher');
  return current.listenerCount;
}

/**
 * Resolves once `condition` holds, checking on each turn of the event loop: the server subscribes
 * its listener a few I/O turns after the client's subscribe message, and says so to nobody else.
 */
async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
