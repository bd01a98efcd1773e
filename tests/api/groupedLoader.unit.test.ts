import { groupedLoader } from '../../src/api/groupedLoader';

interface PageArgs {
  first: number;
}

/**
 * A fetch that records each call and answers `${id}@first=${n}` for every id, except those listed in
 * `missing`. Its answers wait for `release()`, so a test can see which calls were in flight together.
 */
function recordingFetch(missing: readonly string[] = []) {
  const calls: Array<{ ids: string[]; args: PageArgs }> = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetch = async (ids: string[], args: PageArgs): Promise<Map<string, string>> => {
    calls.push({ ids: [...ids], args });
    await gate;
    return new Map(ids.filter((id) => !missing.includes(id)).map((id) => [id, `${id}@first=${args.first}`]));
  };
  return { calls, fetch, release };
}

/** Lets DataLoader dispatch the batch collected in this tick. */
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('groupedLoader', () => {
  it('fetches keys with equal arguments made in the same tick in one call with all their entity ids', async () => {
    const { calls, fetch, release } = recordingFetch();
    const loader = groupedLoader(fetch);
    release();

    const values = await Promise.all([
      loader.load({ entityId: 'e1', args: { first: 5 } }),
      loader.load({ entityId: 'e2', args: { first: 5 } }),
      loader.load({ entityId: 'e3', args: { first: 5 } }),
    ]);

    expect(calls).toEqual([{ ids: ['e1', 'e2', 'e3'], args: { first: 5 } }]);
    expect(values).toEqual(['e1@first=5', 'e2@first=5', 'e3@first=5']);
  });

  it('fetches keys with different arguments in one call per distinct arguments, all in flight in the same tick', async () => {
    const { calls, fetch, release } = recordingFetch();
    const loader = groupedLoader(fetch);

    const pending = Promise.all([
      loader.load({ entityId: 'e1', args: { first: 5 } }),
      loader.load({ entityId: 'e2', args: { first: 10 } }),
      loader.load({ entityId: 'e3', args: { first: 5 } }),
    ]);
    await nextTick();

    // Both calls have started before either has answered: one batch, not one after the other.
    expect(calls).toEqual([
      { ids: ['e1', 'e3'], args: { first: 5 } },
      { ids: ['e2'], args: { first: 10 } },
    ]);
    release();
    await pending;
    expect(calls).toHaveLength(2);
  });

  it('maps each result back to the key that asked for it', async () => {
    const { fetch, release } = recordingFetch();
    const loader = groupedLoader(fetch);
    release();

    const values = await Promise.all([
      loader.load({ entityId: 'e2', args: { first: 10 } }),
      loader.load({ entityId: 'e1', args: { first: 5 } }),
      loader.load({ entityId: 'e1', args: { first: 10 } }),
      loader.load({ entityId: 'e2', args: { first: 5 } }),
    ]);

    expect(values).toEqual(['e2@first=10', 'e1@first=5', 'e1@first=10', 'e2@first=5']);
  });

  it('fails only the key whose entity got no result, naming the entity', async () => {
    const { fetch, release } = recordingFetch(['e2']);
    const loader = groupedLoader(fetch);
    release();

    const [first, second, third] = await Promise.allSettled([
      loader.load({ entityId: 'e1', args: { first: 5 } }),
      loader.load({ entityId: 'e2', args: { first: 5 } }),
      loader.load({ entityId: 'e3', args: { first: 5 } }),
    ]);

    expect(first).toEqual({ status: 'fulfilled', value: 'e1@first=5' });
    expect(second).toEqual({ status: 'rejected', reason: new Error('expected a result for entity e2, but got none') });
    expect(third).toEqual({ status: 'fulfilled', value: 'e3@first=5' });
  });

  it('rejects load of a missing entity with a message naming it', async () => {
    const { fetch, release } = recordingFetch(['ghost']);
    const loader = groupedLoader(fetch);
    release();

    await expect(loader.load({ entityId: 'ghost', args: { first: 5 } })).rejects.toThrow(
      'expected a result for entity ghost, but got none',
    );
  });

  it('fetches an entity asked for twice with equal arguments only once', async () => {
    const { calls, fetch, release } = recordingFetch();
    const loader = groupedLoader(fetch);
    release();

    const values = await Promise.all([
      loader.load({ entityId: 'e1', args: { first: 5 } }),
      loader.load({ entityId: 'e1', args: { first: 5 } }),
      loader.load({ entityId: 'e2', args: { first: 5 } }),
    ]);

    expect(calls).toEqual([{ ids: ['e1', 'e2'], args: { first: 5 } }]);
    expect(values).toEqual(['e1@first=5', 'e1@first=5', 'e2@first=5']);
  });

  it('answers a key it has already loaded from its cache, without fetching again', async () => {
    const { calls, fetch, release } = recordingFetch();
    const loader = groupedLoader(fetch);
    release();

    await loader.load({ entityId: 'e1', args: { first: 5 } });
    const again = await loader.load({ entityId: 'e1', args: { first: 5 } });

    expect(again).toBe('e1@first=5');
    expect(calls).toHaveLength(1);
  });

  it('does not serve the same entity with other arguments from the cache', async () => {
    const { calls, fetch, release } = recordingFetch();
    const loader = groupedLoader(fetch);
    release();

    await loader.load({ entityId: 'e1', args: { first: 5 } });
    const other = await loader.load({ entityId: 'e1', args: { first: 10 } });

    expect(other).toBe('e1@first=10');
    expect(calls).toEqual([
      { ids: ['e1'], args: { first: 5 } },
      { ids: ['e1'], args: { first: 10 } },
    ]);
  });
});
