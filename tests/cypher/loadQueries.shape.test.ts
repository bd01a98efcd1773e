import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getQuery, loadQueries, splitStatements, type QueryCatalog } from '../../src/cypher';
import { projectRoot } from '../../src/support';

const CYPHER_DIR = path.join(projectRoot, 'cypher');
const SRC_DIR = path.join(projectRoot, 'src');

/** The code of every .ts file under src/, without comments (so examples in doc comments do not count). */
const sourceCode = (): string =>
  readdirSync(SRC_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) =>
      readFileSync(path.join(SRC_DIR, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, ''),
    )
    .join('\n');

/** Query names that src/ passes to `.read`, `.write`, `.run` or `getQuery`. */
const queryNamesUsedInSrc = (): Set<string> => {
  const code = sourceCode();
  const names = new Set<string>();
  for (const m of code.matchAll(/\.(?:read|write|run)\(\s*'([A-Za-z][A-Za-z0-9]*)'/g)) names.add(m[1] as string);
  for (const m of code.matchAll(/getQuery\([^,()]+,\s*'([A-Za-z][A-Za-z0-9]*)'\)/g)) names.add(m[1] as string);
  return names;
};

describe('the cypher/ folder', () => {
  let catalog: QueryCatalog;
  beforeAll(() => {
    catalog = loadQueries(CYPHER_DIR);
  });

  it('loads, one query per .cypher file', () => {
    const files = readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cypher'));
    expect(catalog.size).toBe(files.length);
    expect([...catalog.values()].map((q) => q.file).sort()).toEqual([...files].sort());
  });

  it('has every query that src/ asks for by name', () => {
    const used = [...queryNamesUsedInSrc()].sort();
    expect(used.length).toBeGreaterThan(10);
    const missing = used.filter((name) => !catalog.has(name));
    expect(missing).toEqual([]);
  });

  it('has no query that src/ never uses, besides the schema', () => {
    const used = queryNamesUsedInSrc();
    const unused = [...catalog.keys()].filter((name) => name !== 'applySchema' && !used.has(name)).sort();
    expect(unused).toEqual([]);
  });

  it('strips the header comments from the query text', () => {
    expect(catalog.size).toBeGreaterThan(10);
    for (const q of catalog.values()) {
      expect(q.text).not.toMatch(/^\s*\/\//m);
      expect(q.text.length).toBeGreaterThan(0);
    }
  });

  it('has no JavaScript template placeholder in any query', () => {
    const withPlaceholder = [...catalog.values()].filter((q) => q.text.includes('${')).map((q) => q.file);
    expect(withPlaceholder).toEqual([]);
  });

  it('bounds every LIMIT by a literal or by a parameter through toInteger($...)', () => {
    const limits: Array<[string, string]> = [];
    for (const q of catalog.values()) {
      for (const m of q.text.matchAll(/(?<![$\w])limit\b\s*:?\s*([^\s,}]+)/gi)) limits.push([q.name, m[1] as string]);
    }
    expect(limits.length).toBeGreaterThan(0);
    const bad = limits.filter(([, expr]) => !/^(toInteger\(\$[A-Za-z][A-Za-z0-9]*\)|\d+)$/.test(expr));
    expect(bad).toEqual([]);
  });

  it('splits the schema file into one statement per CREATE', () => {
    const raw = readFileSync(path.join(CYPHER_DIR, 'schema', 'constraints.cypher'), 'utf8');
    const statements = splitStatements(raw);
    // Counted from the file, so adding an index needs no change here.
    const creates = raw.match(/^CREATE /gm) ?? [];
    expect(creates.length).toBeGreaterThan(0);
    expect(statements).toHaveLength(creates.length);
    expect(splitStatements(getQuery(catalog, 'applySchema').text)).toEqual(statements);
    for (const s of statements) {
      expect(s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS/);
      expect(s).not.toContain('//');
      expect(s.endsWith(';')).toBe(false);
    }
  });
});

describe('getQuery', () => {
  it('returns a query by name', () => {
    const catalog = loadQueries(CYPHER_DIR);
    expect(getQuery(catalog, 'countEntities')).toMatchObject({
      name: 'countEntities',
      file: path.join('seed', 'countEntities.cypher'),
    });
  });

  it('fails with the names that do exist', () => {
    const catalog = loadQueries(CYPHER_DIR);
    expect(() => getQuery(catalog, 'dropEverything')).toThrow(
      /expected a query named "dropEverything" in cypher\/, but got none \(known: .*countEntities.*\)/,
    );
  });
});

describe('loadQueries on a broken folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-cypher-test-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  it('loads a well-formed folder', () => {
    write('entity/findThings.cypher', '// @name findThings\n// @returns n\nMATCH (n) RETURN n\n');
    expect([...loadQueries(dir).values()]).toEqual([
      { name: 'findThings', file: path.join('entity', 'findThings.cypher'), text: 'MATCH (n) RETURN n' },
    ]);
  });

  it('fails fast on a file without a // @name header, naming the file', () => {
    write('entity/findThings.cypher', '// @name findThings\nMATCH (n) RETURN n\n');
    write('entity/anonymous.cypher', '// finds things\nMATCH (n) RETURN n\n');
    expect(() => loadQueries(dir)).toThrow(
      `expected a "// @name <queryName>" header in cypher/${path.join('entity', 'anonymous.cypher')}, but found none`,
    );
  });

  it('fails fast on two files with the same name, naming both', () => {
    write('a/findThings.cypher', '// @name findThings\nMATCH (n) RETURN n\n');
    write('b/findThings.cypher', '// @name findThings\nMATCH (m) RETURN m\n');
    expect(() => loadQueries(dir)).toThrow(
      `expected query names to be unique, but "findThings" is in cypher/${path.join('a', 'findThings.cypher')} and cypher/${path.join('b', 'findThings.cypher')}`,
    );
  });

  it('fails fast on a file named differently from its @name, naming the file', () => {
    write('entity/findStuff.cypher', '// @name findThings\nMATCH (n) RETURN n\n');
    expect(() => loadQueries(dir)).toThrow(`expected cypher/${path.join('entity', 'findStuff.cypher')} to be named findThings.cypher after its @name`);
  });

  it('ignores files that are not .cypher', () => {
    write('README.md', '# notes\n');
    write('entity/findThings.cypher', '// @name findThings\nMATCH (n) RETURN n\n');
    expect([...loadQueries(dir).keys()]).toEqual(['findThings']);
  });
});
