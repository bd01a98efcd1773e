import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One named query read from a `.cypher` file. */
export interface NamedQuery {
  name: string;
  /** Path relative to the cypher folder, e.g. `entity/findEntitiesByIds.cypher`. */
  file: string;
  /** The query text without its header comments. */
  text: string;
}

/** Every named query, by name. */
export type QueryCatalog = ReadonlyMap<string, NamedQuery>;

const NAME_LINE = /^\/\/\s*@name\s+([A-Za-z][A-Za-z0-9]*)\s*$/m;

/**
 * Reads every `.cypher` file below `folder` once. Fails fast, naming the file, when a file has no
 * `// @name` header, when two files share a name, or when a file's name differs from its `@name`
 * (so a query is always found where its name says).
 *
 * @example const queries = loadQueries(path.join(projectRoot, 'cypher'));
 */
export function loadQueries(folder: string): QueryCatalog {
  const catalog = new Map<string, NamedQuery>();
  for (const file of listCypherFiles(folder)) {
    const source = readFileSync(path.join(folder, file), 'utf8');
    const match = NAME_LINE.exec(source);
    if (!match?.[1]) {
      throw new Error(`expected a "// @name <queryName>" header in cypher/${file}, but found none`);
    }
    const name = match[1];
    const existing = catalog.get(name);
    if (existing) {
      throw new Error(`expected query names to be unique, but "${name}" is in cypher/${existing.file} and cypher/${file}`);
    }
    if (path.basename(file, '.cypher') !== name && !file.startsWith(`schema${path.sep}`)) {
      throw new Error(`expected cypher/${file} to be named ${name}.cypher after its @name`);
    }
    catalog.set(name, { name, file, text: stripHeader(source) });
  }
  return catalog;
}

/** Looks a query up by name, failing with the names that do exist. */
export function getQuery(catalog: QueryCatalog, name: string): NamedQuery {
  const query = catalog.get(name);
  if (!query) {
    throw new Error(`expected a query named "${name}" in cypher/, but got none (known: ${[...catalog.keys()].sort().join(', ')})`);
  }
  return query;
}

/** Splits a schema file into its `;`-separated statements, without comments. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

function stripHeader(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .trim();
}

function listCypherFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher'))
    .sort();
}
