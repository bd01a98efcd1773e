import { GraphQLError } from 'graphql';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageOfList,
  pageParams,
  pageRequest,
  toPage,
  type PageRequest,
} from '../../src/support';
import { toConnection } from '../../src/api/connections';

const item = (id: string) => ({ id, name: `item ${id}` });
const items = (...ids: string[]) => ids.map(item);
const request = (size: number, afterId: string | null = null): PageRequest => ({ size, backward: false, afterId, afterKey: null, beforeId: null, beforeKey: null });
const backward = (size: number, beforeId: string | null = null, afterId: string | null = null): PageRequest => ({ size, backward: true, afterId, afterKey: null, beforeId, beforeKey: null });
/** What pageRequest gives for a forward page of `size` after an id, with no other bound. */
const forward = (size: number, afterId: string | null = null, afterKey: string | number | null = null) => ({ size, backward: false, afterId, afterKey, beforeId: null, beforeKey: null });

/** Runs `work`, expecting it to throw, and returns the error. */
const thrownBy = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but none was thrown');
};

const expectBadUserInput = (work: () => unknown, argument: string, message: string | RegExp) => {
  const error = thrownBy(work);
  expect(error).toBeInstanceOf(GraphQLError);
  const gqlError = error as GraphQLError;
  expect(gqlError.extensions.code).toBe('BAD_USER_INPUT');
  expect(gqlError.extensions.argument).toBe(argument);
  expect(gqlError.message).toMatch(message);
};

describe('cursors', () => {
  it('decodes a cursor back to the id it was made from', () => {
    const id = '5b1f0d3e-7c0a-4b8e-9a52-2f6f4c1d8e10';
    expect(decodeCursor(encodeCursor(id))).toBe(id);
  });

  it('round-trips ids with any characters', () => {
    for (const id of ['a', 'ü/+=?&', 'id:nested', '  spaced  ']) {
      expect(decodeCursor(encodeCursor(id))).toBe(id);
    }
  });

  it('makes opaque cursors that do not show the id', () => {
    const cursor = encodeCursor('north-korea');
    expect(cursor).not.toContain('north-korea');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('rejects a cursor it did not issue', () => {
    expectBadUserInput(() => decodeCursor('not-a-cursor'), 'after', /^expected "after" to be a cursor returned by this API, but got "not-a-cursor"$/);
  });

  it('rejects a base64 text without the id prefix', () => {
    const forged = Buffer.from('north-korea', 'utf8').toString('base64url');
    expectBadUserInput(() => decodeCursor(forged), 'after', JSON.stringify(forged));
  });

  it('rejects a cursor of an empty id', () => {
    expectBadUserInput(() => decodeCursor(encodeCursor('')), 'after', /cursor returned by this API/);
  });

  it('rejects an empty cursor', () => {
    expectBadUserInput(() => decodeCursor(''), 'after', /but got ""/);
  });
});

describe('pageRequest', () => {
  it('defaults to the first page of the default size', () => {
    expect(pageRequest({})).toEqual(forward(DEFAULT_PAGE_SIZE));
    expect(pageRequest({ first: null, after: null, last: null, before: null })).toEqual(forward(20));
  });

  it('accepts sizes from 1 up to the cap of 100', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageRequest({ first: 1 }).size).toBe(1);
    expect(pageRequest({ first: 100 }).size).toBe(100);
    expect(pageRequest({ last: 100 }).size).toBe(100);
  });

  it.each([0, -1, 101, 2.5])('rejects first = %p with BAD_USER_INPUT', (first) => {
    expectBadUserInput(() => pageRequest({ first }), 'first', `expected "first" from 1 to 100, but got ${first}`);
  });

  it.each([0, -1, -100, 101, 2.5])('rejects last = %p with BAD_USER_INPUT', (last) => {
    expectBadUserInput(() => pageRequest({ last }), 'last', `expected "last" from 1 to 100, but got ${last}`);
  });

  it('rejects first and last together', () => {
    expectBadUserInput(() => pageRequest({ first: 2, last: 2 }), 'last', 'expected either "first" (forward) or "last" (backward), but got both: first 2, last 2');
  });

  it('reads backward for last, or for before alone; forward otherwise', () => {
    expect(pageRequest({ last: 3 })).toEqual(backward(3));
    expect(pageRequest({ before: encodeCursor('m') })).toEqual(backward(20, 'm'));
    expect(pageRequest({ first: 3, before: encodeCursor('m') })).toMatchObject({ backward: false, size: 3, beforeId: 'm' });
    expect(pageRequest({ last: 3, after: encodeCursor('c'), before: encodeCursor('m') })).toEqual(backward(3, 'm', 'c'));
  });

  it('refuses an id-only cursor on a connection sorted by a key', () => {
    expectBadUserInput(() => pageRequest({ last: 3, before: encodeCursor('m') }, true), 'before', /cursor of this connection's order/);
    expect(pageRequest({ last: 3, before: encodeCursor('m', 0.5) }, true)).toMatchObject({ beforeId: 'm', beforeKey: 0.5 });
  });

  it('rejects a bad cursor as a bad "before" argument', () => {
    expectBadUserInput(() => pageRequest({ last: 2, before: 'garbage' }), 'before', /^expected "before" to be a cursor returned by this API, but got "garbage"$/);
  });

  it('turns a cursor into the id the page starts after', () => {
    expect(pageRequest({ first: 5, after: encodeCursor('abc') })).toEqual(forward(5, 'abc'));
  });

  it('rejects a bad cursor as a bad "after" argument', () => {
    expectBadUserInput(() => pageRequest({ first: 5, after: 'garbage' }), 'after', /"after"/);
  });
});

describe('toPage', () => {
  it('reports a next page when the query returned one row more than asked', () => {
    const page = toPage(items('a', 'b', 'c'), request(2));
    expect(page.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(true);
  });

  it('reports no next page when exactly the page size came back', () => {
    const page = toPage(items('a', 'b'), request(2));
    expect(page.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(false);
  });

  it('reports no next page when fewer rows came back', () => {
    expect(toPage(items('a'), request(2)).hasNextPage).toBe(false);
    expect(toPage([], request(2))).toEqual({ items: [], hasNextPage: false, hasPreviousPage: false });
  });

  it('reports a previous page only after a cursor', () => {
    expect(toPage(items('a'), request(2)).hasPreviousPage).toBe(false);
    expect(toPage(items('c'), request(2, 'b')).hasPreviousPage).toBe(true);
  });
});

describe('toPage backward', () => {
  it('takes the rows from the end, puts them back in order, and knows exactly whether more come before', () => {
    const page = toPage(items('e', 'd', 'c'), backward(2));
    expect(page).toEqual({ items: items('d', 'e'), hasPreviousPage: true, hasNextPage: false });
    expect(toPage(items('b', 'a'), backward(2))).toEqual({ items: items('a', 'b'), hasPreviousPage: false, hasNextPage: false });
  });

  it('has a next page when a before cursor bounds it (the cursor\'s item comes after)', () => {
    expect(toPage(items('b', 'a'), backward(2, 'c')).hasNextPage).toBe(true);
  });

  it('has a previous page when an after cursor bounds it, even with no extra row', () => {
    expect(toPage(items('d'), backward(2, null, 'c')).hasPreviousPage).toBe(true);
  });
});

describe('pageOfList', () => {
  const all = items('a', 'b', 'c', 'd', 'e');
  const ids = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id);

  it('pages forward and backward between cursors', () => {
    expect(ids(pageOfList(all, request(2, 'a'), (i) => i.id))).toEqual(['b', 'c']);
    expect(ids(pageOfList(all, backward(2), (i) => i.id))).toEqual(['d', 'e']);
    expect(ids(pageOfList(all, backward(2, 'd'), (i) => i.id))).toEqual(['b', 'c']);
    expect(pageOfList(all, backward(2, 'c'), (i) => i.id)).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });
});

describe('pageParams', () => {
  it('gives id-ordered queries empty keys and the row limit one above the page', () => {
    expect(pageParams(backward(3, 'm', 'c'), false)).toEqual({ afterId: 'c', afterKey: '', beforeId: 'm', beforeKey: '', backward: true, limit: 4 });
  });

  it('leaves the sort keys of a sorted connection as they are', () => {
    expect(pageParams({ ...backward(3, 'm'), beforeKey: 0.5 }, true)).toMatchObject({ beforeId: 'm', beforeKey: 0.5 });
  });

});

describe('toConnection', () => {
  it('gives every edge the cursor of its node', () => {
    const connection = toConnection(toPage(items('a', 'b', 'c'), request(2)));
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.edges.map((e) => decodeCursor(e.cursor))).toEqual(['a', 'b']);
  });

  it('reports the first and last cursors and both directions', () => {
    const connection = toConnection(toPage(items('b', 'c', 'd'), request(2, 'a')));
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor('b'),
      endCursor: encodeCursor('c'),
    });
  });

  it('gives null cursors for an empty page', () => {
    expect(toConnection(toPage([], request(2))).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('lets the end cursor start the next page where this one stopped', () => {
    const first = toConnection(toPage(items('a', 'b', 'c'), request(2)));
    expect(pageRequest({ first: 2, after: first.pageInfo.endCursor })).toEqual(forward(2, 'b'));
  });
});

describe('sorted cursors', () => {
  it('carry the sort key with the id, so a page sorted by time or confidence resumes exactly', () => {
    for (const key of ['2024-12-01', 0.75, null]) {
      const cursor = encodeCursor('claim-1', key);
      expect(pageRequest({ first: 10, after: cursor })).toEqual(forward(10, 'claim-1', key));
    }
  });

  it('rejects a sorted cursor whose content is not ours', () => {
    const forged = Buffer.from('k:{"not":"a pair"}', 'utf8').toString('base64url');
    expectBadUserInput(() => decodeCursor(forged), 'after', JSON.stringify(forged));
  });
});
