import path from 'node:path';
import { getQuery, loadQueries, splitStatements, type QueryCatalog } from '../../src/cypher';
import { projectRoot } from '../../src/support';
import { FACT_TYPES } from '../../src/vocabulary';

/**
 * The one-statement reads (src/api/singleStatement.ts) prime the DataLoaders with records they
 * project themselves, so each projection must stay the one the by-id query makes: a field added to
 * findClaimsByIds and forgotten here would be missing from the answer on one path only. And
 * findRelationshipsInIdOrder has one branch per fact type, which must be every fact type, alike.
 */
let catalog: QueryCatalog;
beforeAll(() => {
  catalog = loadQueries(path.join(projectRoot, 'cypher'));
});

/** The text of a query without comments, its whitespace collapsed. */
const flat = (name: string) =>
  getQuery(catalog, name).text.replace(/^\s*\/\/.*$/gm, '').replace(/\s+/g, ' ').replace(/([({\[]) /g, '$1').replace(/ ([)}\]])/g, '$1');

/** The map projection `variable { ... }` that a by-id query returns as `alias`. */
function projection(name: string, variable: string, alias: string): string {
  const text = flat(name);
  const start = text.indexOf(`${variable} {`);
  const end = text.indexOf(`} AS ${alias}`, start);
  expect({ name, found: start >= 0 && end > start }).toEqual({ name, found: true });
  return text.slice(start, end + 1);
}

const canonical = {
  claim: () => projection('findClaimsByIds', 'c', 'claim'),
  source: () => projection('findSourcesByIds', 's', 'source'),
  entity: () => projection('findEntitiesByIds', 'n', 'entity'),
};

describe.each([
  ['findEntityWithRelationships', ['claim', 'source', 'entity']],
  ['findEntityWithClaims', ['claim', 'source', 'entity']],
  ['findClaimPageInIdOrder', ['claim', 'source', 'entity']],
  ['findRelationshipsInIdOrder', ['entity']],
] as const)('%s', (name, records) => {
  it.each(records)('projects a %s as its by-id query does', (record) => {
    expect(flat(name)).toContain(canonical[record]());
  });
});

describe('findRelationshipsInIdOrder', () => {
  const branches = () => flat('findRelationshipsInIdOrder').split(' UNION ALL ');

  it('has one branch per fact type, in the vocabulary', () => {
    const types = branches().map((branch) => /\[r:([A-Z_]+)\]/.exec(branch)?.[1]);
    expect([...types].sort()).toEqual([...FACT_TYPES].sort());
  });

  it('filters alike in every branch, apart from the type', () => {
    const generic = branches().map((branch) => {
      const type = /\[r:([A-Z_]+)\]/.exec(branch)?.[1] as string;
      return branch.replaceAll(type, 'TYPE').replace(/^CALL \(\) \{/, '').replace(/\}.*$/s, '').trim();
    });
    expect(new Set(generic).size).toBe(1);
  });

  it('has an index on the id of each fact type', () => {
    const statements = splitStatements(getQuery(catalog, 'applySchema').text);
    for (const type of FACT_TYPES) {
      expect(statements).toContain(`CREATE INDEX fact_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`);
    }
  });
});
