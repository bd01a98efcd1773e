import { createTestApi, errorCodes, seedIds, type TestApi } from '../helpers/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { score matched reason entity { __typename id name kind } }
}`;

describe('Query.entity', () => {
  it('returns an entity of its concrete type with aliases and their kinds', async () => {
    const result = await api.execute(
      `query($id: ID!) { entity(id: $id) { __typename id kind name aliases aliasDetails { name kind } description } }`,
      { id: seedIds.northKorea },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity).toMatchObject({ __typename: 'Country', kind: 'COUNTRY', name: 'North Korea' });
    expect(result.data?.entity.aliasDetails).toEqual(
      expect.arrayContaining([
        { name: 'DPRK', kind: 'ALIAS' },
        { name: 'Pyongyang', kind: 'METONYM' },
        { name: 'North Korean', kind: 'DEMONYM' },
      ]),
    );
  });

  it('answers an unknown id with null and a NOT_FOUND error naming the id', async () => {
    const result = await api.execute(`{ entity(id: "no-such-id") { id } }`);
    expect(result.data?.entity).toBeNull();
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0]?.message).toContain('"no-such-id"');
  });
});

describe('Query.search', () => {
  it.each([
    ['DPRK', seedIds.northKorea, 'EXACT_ALIAS'],
    ['Pyongyang', seedIds.northKorea, 'EXACT_ALIAS'],
    ['North Korean', seedIds.northKorea, 'EXACT_ALIAS'],
    ['north korea', seedIds.northKorea, 'EXACT_NAME'],
    ['Moscow', seedIds.russia, 'EXACT_ALIAS'],
    ['Ukrainian', seedIds.ukraine, 'EXACT_ALIAS'],
    ['NIS', seedIds.intelligenceAgency, 'EXACT_ALIAS'],
  ])('finds %s first', async (text, id, reason) => {
    const result = await api.execute(SEARCH, { text });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search[0]).toMatchObject({ reason, entity: { id } });
  });

  it('forgives a typo and a prefix', async () => {
    const typo = await api.execute(SEARCH, { text: 'Nort Korea' });
    expect(typo.data?.search[0].entity.id).toBe(seedIds.northKorea);
    const prefix = await api.execute(SEARCH, { text: 'Kur' });
    expect(prefix.data?.search[0].entity.id).toBe(seedIds.kursk);
  });

  it('filters by kind', async () => {
    const result = await api.execute(SEARCH, { text: 'North Korean', kinds: ['ARMED_FORCE'] });
    const kinds = result.data?.search.map((h: any) => h.entity.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['ARMED_FORCE']));
    expect(result.data?.search[0].entity.id).toBe(seedIds.northKoreanTroops);
  });

  it('takes full-text query syntax as plain words, never as an error', async () => {
    for (const text of ['"North Korea', 'Korea~', 'Kursk*', 'North AND', 'name:Russia', '(Ukraine', 'OR', '\\Korea', 'a/b']) {
      const result = await api.execute(SEARCH, { text });
      expect({ text, errors: result.errors }).toEqual({ text, errors: undefined });
    }
    const result = await api.execute(SEARCH, { text: 'name:Russia' });
    expect(result.data?.search[0].entity.id).toBe(seedIds.russia);
  });

  it('rejects empty text with BAD_USER_INPUT saying what it expected', async () => {
    for (const text of ['', '   ', '~*:']) {
      const result = await api.execute(SEARCH, { text });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toMatch(/expected "text" to contain at least one letter or digit, but got/);
    }
  });

  it('rejects first over the cap', async () => {
    const result = await api.execute(SEARCH, { text: 'Korea', first: 51 });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('expected "first" from 1 to 50, but got 51');
  });
});
