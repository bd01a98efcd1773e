import type { EntityRecord } from '../../src/entity/model';
import {
  buildLuceneQuery,
  checkSearchText,
  EXACT_ALIAS_BONUS,
  EXACT_NAME_BONUS,
  rankHits,
  searchWords,
  SEARCH_LIMITS,
} from '../../src/entity/searchQuery';

const entity = (name: string, aliases: string[] = [], kind: EntityRecord['kind'] = 'COUNTRY'): EntityRecord => ({
  id: `id-${name}`,
  kind,
  name,
  aliases,
  aliasKinds: aliases.map(() => 'ALIAS'),
  description: null,
  reliability: null,
  createdAt: null,
  updatedAt: null,
  createdBy: null,
});

/** One clause per word: `(word^3 OR word* OR word~N)`, the last two only for longer words. */
const CLAUSE = /^\(([\p{Ll}\p{N}]+)\^3(?: OR \1\*(?: OR \1~[12])?)?\)$/u;

const clausesOf = (query: string): string[] => query.match(/\([^()]*\)/g) ?? [];

describe('buildLuceneQuery', () => {
  it('matches each word exactly (boosted), as a prefix, or with a typo', () => {
    expect(buildLuceneQuery('Nort Korea')).toBe('(nort^3 OR nort* OR nort~1) (korea^3 OR korea* OR korea~1)');
  });

  it('needs every word with the builder\'s own AND between the words, when asked to', () => {
    expect(buildLuceneQuery('Nort Korea', 'every')).toBe('(nort^3 OR nort* OR nort~1) AND (korea^3 OR korea* OR korea~1)');
    expect(buildLuceneQuery('Korea', 'every')).toBe(buildLuceneQuery('Korea', 'any'));
    // A typed "and" stays a lower-case word, never the operator.
    expect(buildLuceneQuery('north and korea', 'every')).toBe('(north^3 OR north* OR north~1) AND (and^3 OR and*) AND (korea^3 OR korea* OR korea~1)');
  });

  it('allows two typos only in words of seven letters or more', () => {
    expect(buildLuceneQuery('Ukraine')).toBe('(ukraine^3 OR ukraine* OR ukraine~2)');
    expect(buildLuceneQuery('Russia')).toBe('(russia^3 OR russia* OR russia~1)');
  });

  it('drops typo matching for words under four letters and prefix matching for single letters', () => {
    expect(buildLuceneQuery('NIS')).toBe('(nis^3 OR nis*)');
    expect(buildLuceneQuery('x')).toBe('(x^3)');
  });

  it('folds case and accents the way names are normalised', () => {
    expect(buildLuceneQuery('KÜRSK')).toBe('(kursk^3 OR kursk* OR kursk~1)');
  });

  it('never lets Lucene syntax through', () => {
    const query = buildLuceneQuery('"North" AND Korea~ * : (x) [y] \\ /');
    expect(query).not.toBeNull();
    const text = query as string;
    for (const forbidden of ['"', ':', '[', ']', '{', '}', '\\', '/', '&&', '||', '!', '+', '-']) {
      expect(text).not.toContain(forbidden);
    }
    // The only operator is the builder's own ` OR ` between the alternatives of one word.
    const clauses = clausesOf(text);
    expect(clauses.join(' ')).toBe(text);
    expect(clauses.length).toBeGreaterThan(0);
    for (const clause of clauses) expect(clause).toMatch(CLAUSE);
    const withoutOwnOr = clauses.map((c) => c.replace(/ OR /g, ' ')).join(' ');
    expect(withoutOwnOr).not.toMatch(/\b(AND|OR|NOT)\b/);
    // "AND" typed by the user became a plain, lower-case word.
    expect(clauses).toContain('(and^3 OR and*)');
    expect(clauses.map((c) => CLAUSE.exec(c)?.[1])).toEqual(['north', 'and', 'korea', 'x', 'y']);
  });

  it('turns typed operators into plain words', () => {
    const query = buildLuceneQuery('NOT Russia OR Ukraine') as string;
    expect(clausesOf(query).map((c) => CLAUSE.exec(c)?.[1])).toEqual(['not', 'russia', 'or', 'ukraine']);
    expect(clausesOf(query).map((c) => c.replace(/ OR /g, ' ')).join(' ')).not.toMatch(/\b(AND|OR|NOT)\b/);
  });

  it.each(['', '   ', '  ~*: ', '"()[]{}\\/', '—…'])('returns null for text with no letter or digit (%j)', (text) => {
    expect(buildLuceneQuery(text)).toBeNull();
  });
});

describe('checkSearchText', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('accepts a text within the bounds', () => {
    expect(() => checkSearchText(words(SEARCH_LIMITS.words))).not.toThrow();
    expect(() => checkSearchText('x'.repeat(SEARCH_LIMITS.wordLength))).not.toThrow();
  });

  it.each([
    ['too many characters', 'k'.repeat(SEARCH_LIMITS.characters + 1), 'expected "text" of at most 500 characters, but got 501'],
    // 300 words made 1,200 Lucene clauses: Neo4j failed with TooManyClauses, a 500 to the client.
    ['too many words', words(SEARCH_LIMITS.words + 1), 'expected "text" of at most 32 words, but got 33'],
    ['a word too long', 'x'.repeat(SEARCH_LIMITS.wordLength + 1), 'expected the words of "text" to have at most 100 characters, but one has 101'],
    // Normalisation lengthens "ﬃ" to "ffi": 60 characters become a word of 180.
    ['a word that normalisation lengthens', 'ﬃ'.repeat(60), 'expected the words of "text" to have at most 100 characters, but one has 180'],
  ])('refuses %s with BAD_USER_INPUT', (_what, text, message) => {
    expect(() => checkSearchText(text)).toThrow(message);
    try {
      checkSearchText(text);
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps every accepted query within Lucene\'s 1,024 clauses', () => {
    const query = buildLuceneQuery(Array.from({ length: SEARCH_LIMITS.words }, () => 'ukraine').join(' ')) as string;
    const clauses = (query.match(/\^3| OR /g) ?? []).length + clausesOf(query).length;
    expect(clauses).toBeLessThan(1_024);
  });
});

describe('searchWords', () => {
  it('splits text into normalised words', () => {
    expect(searchWords("  South Korea's  NIS! ")).toEqual(['south', 'koreas', 'nis']);
  });
});

describe('rankHits', () => {
  const northKorea = entity('North Korea', ['DPRK', 'Pyongyang']);
  const dprkInstitute = entity('DPRK Institute', [], 'ORGANIZATION');
  const koreaDprk = entity('Korea DPRK Studies', ['Studies of the DPRK'], 'ORGANIZATION');

  it('puts an exact name above an exact alias above a text hit, even against Lucene\'s order', () => {
    const exactName = entity('DPRK', [], 'ORGANIZATION');
    const ranked = rankHits('dprk', [
      { entity: dprkInstitute, score: 9 },
      { entity: northKorea, score: 5 },
      { entity: exactName, score: 1 },
    ]);
    expect(ranked.map((h) => [h.entity.name, h.reason])).toEqual([
      ['DPRK', 'EXACT_NAME'],
      ['North Korea', 'EXACT_ALIAS'],
      ['DPRK Institute', 'TEXT'],
    ]);
  });

  it('adds the bonus of its reason to the Lucene score', () => {
    const exactName = entity('DPRK', [], 'ORGANIZATION');
    const ranked = rankHits('DPRK', [
      { entity: dprkInstitute, score: 9 },
      { entity: northKorea, score: 5 },
      { entity: exactName, score: 1 },
    ]);
    expect(ranked.map((h) => h.score)).toEqual([1 + EXACT_NAME_BONUS, 5 + EXACT_ALIAS_BONUS, 9]);
  });

  it('reports the alias that matched, so a front-end can show "DPRK → North Korea"', () => {
    const [hit] = rankHits('dprk', [{ entity: northKorea, score: 2 }]);
    expect(hit).toMatchObject({ matched: 'DPRK', reason: 'EXACT_ALIAS' });
  });

  it('matches a name exactly regardless of case, accents and punctuation', () => {
    const agency = entity("South Korea's intelligence agency", ['NIS'], 'ORGANIZATION');
    const [hit] = rankHits('south korea’s INTELLIGENCE agency', [{ entity: agency, score: 1 }]);
    expect(hit).toMatchObject({ matched: "South Korea's intelligence agency", reason: 'EXACT_NAME' });
  });

  it('reports, for a text hit, the name or alias sharing the most words with the text', () => {
    const troops = entity('North Korean troops', ['North Korean soldiers', 'North Korean forces'], 'ARMED_FORCE');
    const [hit] = rankHits('north korean sold', [{ entity: troops, score: 3 }]);
    expect(hit).toMatchObject({ matched: 'North Korean soldiers', reason: 'TEXT', score: 3 });
  });

  it('reports the name for a text hit when no alias fits better', () => {
    const [hit] = rankHits('north', [{ entity: northKorea, score: 3 }]);
    expect(hit).toMatchObject({ matched: 'North Korea', reason: 'TEXT' });
  });

  it('orders text hits by Lucene score, then by name', () => {
    const ranked = rankHits('studies', [
      { entity: entity('Zeta Studies'), score: 2 },
      { entity: koreaDprk, score: 4 },
      { entity: entity('Alpha Studies'), score: 2 },
    ]);
    expect(ranked.map((h) => h.entity.name)).toEqual(['Korea DPRK Studies', 'Alpha Studies', 'Zeta Studies']);
  });

  it('returns nothing for no hits', () => {
    expect(rankHits('dprk', [])).toEqual([]);
  });
});
