import { GraphQLError } from 'graphql';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageRequest,
  toPage,
  type PageRequest,
} from '../../src/support';
import { toConnection } from '../../src/api/connections';

const item = (id: string) => ({ id, name: `item ${id}` });
const items = (...ids: string[]) => ids.map(item);
const request = (first: number, afterId: string | null = null): PageRequest => ({ first, afterId, afterKey: null });

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
    expect(pageRequest(undefined, undefined)).toEqual({ first: DEFAULT_PAGE_SIZE, afterId: null, afterKey: null });
    expect(pageRequest(null, null)).toEqual({ first: 20, afterId: null, afterKey: null });
  });

  it('accepts sizes from 1 up to the cap of 100', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageRequest(1, null).first).toBe(1);
    expect(pageRequest(100, null).first).toBe(100);
  });

  it.each([0, -1, 101, 2.5])('rejects first = %p with BAD_USER_INPUT', (first) => {
    expectBadUserInput(() => pageRequest(first, null), 'first', `expected "first" from 1 to 100, but got ${first}`);
  });

  it('turns a cursor into the id the page starts after', () => {
    expect(pageRequest(5, encodeCursor('abc'))).toEqual({ first: 5, afterId: 'abc', afterKey: null });
  });

  it('rejects a bad cursor as a bad "after" argument', () => {
    expectBadUserInput(() => pageRequest(5, 'garbage'), 'after', /"after"/);
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
    expect(pageRequest(2, first.pageInfo.endCursor)).toEqual({ first: 2, afterId: 'b', afterKey: null });
  });
});

describe('sorted cursors', () => {
  it('carry the sort key with the id, so a page sorted by time or confidence resumes exactly', () => {
    for (const key of ['2024-12-01', 0.75, null]) {
      const cursor = encodeCursor('claim-1', key);
      expect(pageRequest(10, cursor)).toEqual({ first: 10, afterId: 'claim-1', afterKey: key });
    }
  });

  it('rejects a sorted cursor whose content is not ours', () => {
    const forged = Buffer.from('k:{"not":"a pair"}', 'utf8').toString('base64url');
    expectBadUserInput(() => decodeCursor(forged), 'after', JSON.stringify(forged));
  });
});
