import path from 'node:path';
import madge from 'madge';
import { projectRoot } from '../../src/support';

/**
 * The layers of src/, lowest first: a folder may import its own files and folders of lower layers
 * only, so a request walks down from HTTP to Cypher and never steps back up. Type-only imports count
 * too. docs/architecture.md describes each layer.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['support', 'generated/types'],
  ['config', 'vocabulary', 'cypher', 'events'],
  ['neo4j'],
  ['entity', 'source'],
  ['claim'],
  ['graph'],
  ['auth', 'reads'],
  ['write'],
  ['extract'],
  ['feeds'],
  ['ingest', 'seed', 'transfer', 'evaluation', 'subscription'],
  ['stix'],
  ['api'],
  ['server'],
  ['main', 'apiThread'],
];

/**
 * "api/resolvers/entity.ts" → "api"; "generated/types.ts" → "generated/types"; "main.ts" → "main".
 * The resolver types (generated/graphql.ts) belong to the GraphQL layer: they name its context.
 */
function folderOf(file: string): string {
  if (file === 'generated/graphql.ts') return 'api';
  if (file.startsWith('generated/')) return file.replace(/\.ts$/, '');
  const [first] = file.split('/');
  return (first as string).replace(/\.ts$/, '');
}

const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

let graph: Record<string, string[]>;
let circles: string[][];

beforeAll(async () => {
  const result = await madge(path.join(projectRoot, 'src'), {
    fileExtensions: ['ts'],
    tsConfig: path.join(projectRoot, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  graph = result.obj();
  circles = result.circular();
}, 60_000);

describe('the layers of src/', () => {
  it('reads every source file', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(80);
  });

  it('has no import circle (madge --circular)', () => {
    expect(circles).toEqual([]);
  });

  it('puts every folder in a layer', () => {
    const unplaced = [...new Set(Object.keys(graph).map(folderOf))].filter((folder) => layerOf(folder) < 0);
    expect(unplaced).toEqual([]);
  });

  it('imports only downwards: no folder imports a folder of its own layer or above', () => {
    const upward: string[] = [];
    for (const [file, imports] of Object.entries(graph)) {
      const from = folderOf(file);
      for (const target of imports) {
        const to = folderOf(target);
        if (to !== from && layerOf(to) >= layerOf(from)) upward.push(`${file} → ${target}`);
      }
    }
    expect(Object.values(graph).flat().length).toBeGreaterThan(100);
    expect(upward).toEqual([]);
  });

  it('keeps the domain folders free of the GraphQL layer and the HTTP server', () => {
    const domains = ['entity', 'claim', 'source', 'graph'];
    const offending = Object.entries(graph)
      .filter(([file]) => domains.includes(folderOf(file)))
      .flatMap(([file, imports]) => imports.filter((t) => ['api', 'server'].includes(folderOf(t))).map((t) => `${file} → ${t}`));
    expect(offending).toEqual([]);
  });
});
