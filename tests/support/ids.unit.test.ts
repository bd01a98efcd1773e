import { canonicalUrl, claimId, entityId, factId, normalizeName, originId, parseOriginId, parseViewId, sourceId, viewId, type ClaimKey } from '../../src/support';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const claimKey = (overrides: Partial<ClaimKey> = {}): ClaimKey => ({
  sourceId: 'source-1',
  reportedById: null,
  attribution: 'SOURCE',
  subjectId: 'subject-1',
  predicate: 'DEPLOYED_TO',
  objectId: 'object-1',
  polarity: 'ASSERTED',
  quantity: null,
  validFrom: null,
  validTo: null,
  ...overrides,
});

describe('normalizeName', () => {
  it('lower-cases and collapses runs of spaces', () => {
    expect(normalizeName('  North   KOREA ')).toBe('north korea');
  });

  it('folds accents', () => {
    expect(normalizeName('Zürich Café')).toBe('zurich cafe');
  });

  it('drops straight and curly apostrophes without splitting the word', () => {
    expect(normalizeName("South Korea's intelligence agency")).toBe('south koreas intelligence agency');
    expect(normalizeName('South Korea’s intelligence agency')).toBe('south koreas intelligence agency');
  });

  it('turns other punctuation into single spaces', () => {
    expect(normalizeName('Russia-Ukraine (war), 2024!')).toBe('russia ukraine war 2024');
  });

  it('keeps letters of other scripts and digits', () => {
    expect(normalizeName('Курск 2024')).toBe('курск 2024');
  });

  it('gives an empty string for text without letters or digits', () => {
    expect(normalizeName(' ~*: ')).toBe('');
  });
});

describe('entityId', () => {
  it('is a UUIDv5', () => {
    expect(entityId('COUNTRY', 'North Korea')).toMatch(UUID_V5);
  });

  it('is the same for names that differ only in case, accents, spacing or punctuation', () => {
    const id = entityId('ORGANIZATION', "South Korea's intelligence agency");
    expect(entityId('ORGANIZATION', 'south korea’s   INTELLIGENCE agency')).toBe(id);
  });

  it('is stable across runs, so stored ids keep meaning the same thing', () => {
    expect(entityId('COUNTRY', 'North Korea')).toBe(entityId('COUNTRY', 'North Korea'));
  });

  it('differs between kinds with the same name', () => {
    expect(entityId('COUNTRY', 'Kursk')).not.toBe(entityId('LOCATION', 'Kursk'));
  });

  it('differs between different names', () => {
    expect(entityId('COUNTRY', 'North Korea')).not.toBe(entityId('COUNTRY', 'South Korea'));
  });
});

describe('sourceId', () => {
  it('is the same for URLs that differ only in host case, fragment or trailing slash', () => {
    const id = sourceId({ url: 'https://www.bbc.com/news/world-123' });
    expect(sourceId({ url: 'HTTPS://WWW.BBC.COM/news/world-123/#top' })).toBe(id);
  });

  it('differs between URLs with different paths', () => {
    expect(sourceId({ url: 'https://www.bbc.com/a' })).not.toBe(sourceId({ url: 'https://www.bbc.com/b' }));
  });

  it('keys a source without URL by its content hash', () => {
    const id = sourceId({ contentHash: 'abc123' });
    expect(id).toMatch(UUID_V5);
    expect(sourceId({ contentHash: 'abc123' })).toBe(id);
    expect(sourceId({ contentHash: 'def456' })).not.toBe(id);
  });

  it('never confuses a URL with a content hash of the same text', () => {
    expect(sourceId({ url: 'https://example.com/x' })).not.toBe(sourceId({ contentHash: 'https://example.com/x' }));
  });
});

describe('factId', () => {
  it('is deterministic for one (from, type, to) triple', () => {
    expect(factId('a', 'ALLIED_WITH', 'b')).toBe(factId('a', 'ALLIED_WITH', 'b'));
    expect(factId('a', 'ALLIED_WITH', 'b')).toMatch(UUID_V5);
  });

  it('depends on direction and type', () => {
    const id = factId('a', 'ALLIED_WITH', 'b');
    expect(factId('b', 'ALLIED_WITH', 'a')).not.toBe(id);
    expect(factId('a', 'SUPPORTS', 'b')).not.toBe(id);
  });
});

describe('claimId', () => {
  it('is the same for the same statement made twice', () => {
    expect(claimId(claimKey())).toBe(claimId(claimKey()));
    expect(claimId(claimKey())).toMatch(UUID_V5);
  });

  it('tells apart the article saying so from a reporter saying so', () => {
    expect(claimId(claimKey({ reportedById: 'nis', attribution: 'REPORTER' }))).not.toBe(claimId(claimKey()));
  });

  it('tells apart unattributed from source-attributed statements without a reporter', () => {
    expect(claimId(claimKey({ attribution: 'UNATTRIBUTED' }))).not.toBe(claimId(claimKey({ attribution: 'SOURCE' })));
  });

  it('changes with every part of the key', () => {
    const base = claimId(claimKey());
    const variants: Array<Partial<ClaimKey>> = [
      { sourceId: 'source-2' },
      { subjectId: 'subject-2' },
      { predicate: 'SUPPORTS' },
      { objectId: null },
      { polarity: 'DENIED' },
      { quantity: { value: 10000, unit: 'troops', qualifier: 'AT_LEAST' } },
      { validFrom: '2024-12' },
      { validTo: '2025-01' },
    ];
    const ids = variants.map((v) => claimId(claimKey(v)));
    expect(new Set([base, ...ids]).size).toBe(variants.length + 1);
  });

  it('tells apart quantities that differ in value, unit or qualifier', () => {
    const q = (value: number, unit: string | null, qualifier: string) => claimId(claimKey({ quantity: { value, unit, qualifier } }));
    const ids = [q(10000, 'troops', 'AT_LEAST'), q(3000, 'troops', 'AT_LEAST'), q(10000, null, 'AT_LEAST'), q(10000, 'troops', 'EXACTLY')];
    expect(new Set(ids).size).toBe(4);
  });

  it('tells a start date apart from an end date', () => {
    expect(claimId(claimKey({ validFrom: '2024-12' }))).not.toBe(claimId(claimKey({ validTo: '2024-12' })));
  });
});

describe('canonicalUrl', () => {
  it('lower-cases scheme and host but keeps the path as written', () => {
    expect(canonicalUrl('HTTPS://WWW.BBC.COM/News/Article')).toBe('https://www.bbc.com/News/Article');
  });

  it('drops the fragment', () => {
    expect(canonicalUrl('https://example.com/a#section-2')).toBe('https://example.com/a');
  });

  it('drops a trailing slash after a path', () => {
    expect(canonicalUrl('https://example.com/a/')).toBe('https://example.com/a');
  });

  it('keeps the slash of a bare host', () => {
    expect(canonicalUrl('https://example.com')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com/')).toBe('https://example.com/');
  });

  it('drops default ports and keeps others', () => {
    expect(canonicalUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(canonicalUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(canonicalUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
  });

  it('keeps the query string', () => {
    expect(canonicalUrl('https://example.com/a?id=7#x')).toBe('https://example.com/a?id=7');
  });

  it('drops tracking parameters, and keeps the others in their order and spelling', () => {
    expect(canonicalUrl('https://example.com/a?utm_source=x&utm_medium=social')).toBe('https://example.com/a');
    expect(canonicalUrl('https://www.bbc.com/news/articles/c1?at_medium=RSS&at_campaign=rss')).toBe('https://www.bbc.com/news/articles/c1');
    expect(canonicalUrl('https://example.com/a?id=7&fbclid=abc&q=two%20words&UTM_Campaign=y')).toBe('https://example.com/a?id=7&q=two%20words');
    expect(canonicalUrl('https://example.com/a?CMP=share_btn&smid=tw-share&page=2')).toBe('https://example.com/a?page=2');
    // Names that only start like one are kept, and an address with none is left as it was written.
    expect(canonicalUrl('https://example.com/a?utmost=1&atlas=2')).toBe('https://example.com/a?utmost=1&atlas=2');
    expect(canonicalUrl('https://example.com/a?b=1&&c=2&')).toBe('https://example.com/a?b=1&&c=2&');
  });

  it('gives the same text again for its own output', () => {
    for (const url of ['https://example.com/a?id=7&utm_source=x', 'https://example.com/a?q=a+b&gclid=1#top', 'https://example.com/?utm_id=3']) {
      expect(canonicalUrl(canonicalUrl(url))).toBe(canonicalUrl(url));
    }
    expect(canonicalUrl('https://example.com/?utm_id=3')).toBe('https://example.com/');
  });

  it('rejects text that is not a URL', () => {
    expect(() => canonicalUrl('not a url')).toThrow();
  });
});

describe('view ids (as-of views)', () => {
  const id = factId('a', 'DEPLOYED_TO', 'b');

  it('keep the stable id for today and add the knowledge date for a past view', () => {
    expect(viewId(id, null)).toBe(id);
    expect(viewId(id, '2024-12-31')).toBe(`${id}@2024-12-31`);
  });

  it('parse back to the stable id and the date', () => {
    expect(parseViewId(viewId(id, '2024-12-31'))).toEqual({ stableId: id, asOf: '2024-12-31' });
    expect(parseViewId(id)).toEqual({ stableId: id, asOf: null });
    expect(parseViewId(`${id}@last week`)).toEqual({ stableId: `${id}@last week`, asOf: null });
  });

  it('scope an origin to its fact, and parse it back', () => {
    const origin = originId(id, 'entity:nis');
    expect(parseOriginId(parseViewId(viewId(origin, '2024-12-31')).stableId)).toEqual({ factId: id, originKey: 'entity:nis' });
    expect(parseOriginId(id)).toBeNull();
  });
});
