import path from 'node:path';
import madge from 'madge';
import { projectRoot } from '../../src/support';

/**
 * The front (the main thread of `npm start`, src/main.ts) only proxies to the API thread and
 * answers the probes. What it imports is loaded into its own V8 isolate, beside the API thread's:
 * had it imported the ./server index, the process would carry Apollo, the schema, the driver and
 * the extraction gazetteer twice (about 100 MiB more resident memory). Type-only imports are
 * erased at run time, so they are left out here.
 */
let loaded: string[];

beforeAll(async () => {
  const result = await madge(path.join(projectRoot, 'src', 'main.ts'), {
    baseDir: path.join(projectRoot, 'src'),
    fileExtensions: ['ts'],
    tsConfig: path.join(projectRoot, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: true } },
  });
  loaded = Object.keys(result.obj());
}, 60_000);

describe("the front's module graph", () => {
  it('reads main.ts and the front', () => {
    expect(loaded).toEqual(expect.arrayContaining(['main.ts', 'server/front.ts']));
  });

  it('leaves the API, the database and extraction to the API thread', () => {
    const heavy = loaded.filter((file) => /^(api|extract|neo4j|graph|claim|write|feeds|ingest|stix|generated)\//.test(file) || file === 'server/createServer.ts' || file === 'server/index.ts' || file === 'apiThread.ts');
    expect(heavy).toEqual([]);
  });
});
