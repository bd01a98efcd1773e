import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readExamples } from '../../src/server';
import { projectRoot } from '../../src/support';
import { operationName, writeSchemaSdl } from './support';

/**
 * Every example operation (examples/*.graphql) goes through the compilers front-ends use: Relay's
 * (relay-compiler, which is stricter than graphql-js: it refuses a required variable with a default
 * value) and graphql-codegen's client preset. Both run as child processes over a temporary folder
 * holding the schema SDL printed from the executable schema.
 */
const bin = (pkg: string, file: string) => path.join(projectRoot, 'node_modules', pkg, file);
const examples = readExamples();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kg-compilers-'));
  writeSchemaSdl(path.join(dir, 'schema.graphql'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a compiler as a child process. */
function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Fails with the compiler's own words when it did not succeed. */
function expectSuccess({ status, output }: { status: number | null; output: string }): void {
  if (status !== 0) throw new Error(`expected the compiler to succeed, but it exited with ${status}:\n${output}`);
}

describe('the example operations through real compilers', () => {
  it('compile with relay-compiler', () => {
    const relay = path.join(dir, 'relay');
    mkdirSync(path.join(relay, 'src'), { recursive: true });
    mkdirSync(path.join(relay, '__generated__'));
    // Relay reads operations from graphql`…` tags in source files: one file per example. It reads
    // the tag's raw text, so a backtick (only ever in a comment of ours) becomes a quote.
    for (const { document } of examples) {
      const tagged = document.replace(/`/g, "'");
      writeFileSync(path.join(relay, 'src', `${operationName(document)}.ts`), `import { graphql } from 'relay-runtime';\nexport default graphql\`\n${tagged}\`;\n`);
    }
    writeFileSync(
      path.join(relay, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: '../schema.graphql', language: 'typescript', artifactDirectory: './__generated__' }),
    );
    expectSuccess(run([bin('relay-compiler', 'cli.js')], relay));
    const artifacts = readdirSync(path.join(relay, '__generated__')).sort();
    expect(artifacts).toEqual(examples.map((e) => `${operationName(e.document)}.graphql.ts`).sort());
  });

  it('validate and generate with the graphql-codegen client preset', () => {
    const out = path.join(dir, 'codegen');
    const config = {
      schema: path.join(dir, 'schema.graphql'),
      documents: path.join(projectRoot, 'examples', '*.graphql'),
      generates: { [`${out}/`]: { preset: 'client' } },
      silent: true,
    };
    writeFileSync(path.join(dir, 'codegen.json'), JSON.stringify(config));
    expectSuccess(run([bin('@graphql-codegen/cli', 'cjs/bin.js'), '--config', path.join(dir, 'codegen.json')], projectRoot));
    const types = readFileSync(path.join(out, 'graphql.ts'), 'utf8');
    for (const { document } of examples) expect(types).toContain(`export const ${operationName(document)}Document`);
  });

  it('relay-compiler refuses what it should: a required variable with a default value', () => {
    const relay = path.join(dir, 'relay-refuses');
    mkdirSync(path.join(relay, 'src'), { recursive: true });
    mkdirSync(path.join(relay, '__generated__'));
    writeFileSync(
      path.join(relay, 'src', 'Refused.ts'),
      "import { graphql } from 'relay-runtime';\nexport default graphql`query RefusedQuery($id: ID! = \"x\") { entity(id: $id) { name } }`;\n",
    );
    writeFileSync(
      path.join(relay, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: '../schema.graphql', language: 'typescript', artifactDirectory: './__generated__' }),
    );
    const { status, output } = run([bin('relay-compiler', 'cli.js')], relay);
    expect(status).not.toBe(0);
    expect(output).toContain("Non-nullable variable 'id' has a default value");
  });
});
