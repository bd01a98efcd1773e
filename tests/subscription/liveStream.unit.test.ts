import { InProcessPublisher, type GraphChange } from '../../src/events';
import { liveStream } from '../../src/subscription';

/** The stream a subscription returns, over the in-process publisher, without a database. */
const change = (addedClaimIds: string[]): GraphChange => ({
  cause: 'CLAIMS_WRITTEN',
  addedClaimIds,
  changedClaimIds: [],
  entityIds: [],
  reviewQueueChanged: false,
  by: 'test',
  at: new Date(0).toISOString(),
});

describe('liveStream', () => {
  it('hands on the events of each change in publication order, skipping changes that make none', async () => {
    const publisher = new InProcessPublisher();
    const stream = liveStream(publisher, { expand: async (c) => c.addedClaimIds.filter((id) => id.startsWith('a')) });
    const first = stream.next();
    publisher.publish(change(['b1']));
    publisher.publish(change(['a1', 'b2', 'a2']));
    publisher.publish(change(['a3']));
    expect(await first).toEqual({ value: 'a1', done: false });
    expect(await stream.next()).toEqual({ value: 'a2', done: false });
    expect(await stream.next()).toEqual({ value: 'a3', done: false });
  });

  it('stops listening on return(), ending a waiting next()', async () => {
    const publisher = new InProcessPublisher();
    const stream = liveStream(publisher, { expand: async (c) => c.addedClaimIds });
    expect(publisher.listenerCount).toBe(1);
    const waiting = stream.next();
    await stream.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(publisher.listenerCount).toBe(0);
  });

  it('ends with an error when the subscriber leaves too many events unread, or an expansion fails', async () => {
    const publisher = new InProcessPublisher();
    const slow = liveStream(publisher, { expand: async (c) => c.addedClaimIds, maxUnread: 2 });
    publisher.publish(change(['a', 'b', 'c']));
    await expect(slow.next()).rejects.toThrow(/more than 2 events were waiting unread/);
    expect(publisher.listenerCount).toBe(0);

    const broken = liveStream(publisher, { expand: async () => Promise.reject(new Error('Neo4j is away')) });
    const waiting = broken.next();
    publisher.publish(change(['a']));
    await expect(waiting).rejects.toThrow('Neo4j is away');
  });

  it('calls beforeEach once per event handed on (fresh loaders for each)', async () => {
    const publisher = new InProcessPublisher();
    let calls = 0;
    const stream = liveStream(publisher, { expand: async (c) => c.addedClaimIds, beforeEach: () => calls++ });
    publisher.publish(change(['a', 'b']));
    await stream.next();
    await stream.next();
    expect(calls).toBe(2);
  });
});
