import { readFileSync } from 'node:fs';
import path from 'node:path';
import { timelineWithApollo } from '../../clients/examples/apollo';
import { timelineWithUrql } from '../../clients/examples/urql';
import type { Database } from '../../src/neo4j';
import { readExamples, type RunningServer } from '../../src/server';
import { projectRoot } from '../../src/support';
import { openDatabase, startTestServer } from '../helpers/testServer';

/**
 * The client examples of docs/clients.md are the files in clients/examples/, printed on the page
 * whole, and they work: each asks the real server for the troops' timeline and gets what a plain
 * POST of the same example operation gets.
 */
let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = openDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const page = read('docs/clients.md');
const codeBlocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

/** The timeline lines from a plain POST of examples/09, built the way the examples build them. */
async function timelineOverPlainHttp(): Promise<string[]> {
  const example = readExamples().find((e) => e.file === '09-timeline-of-the-troops.graphql');
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: example?.document }),
  });
  const { data } = (await response.json()) as { data: { timeline: { edges: Array<{ node: any }> } } };
  return data.timeline.edges.map(({ node }) => `${node.validFrom?.iso ?? 'undated'} ${node.predicate} ${node.object?.name ?? ''}`.trim());
}

describe('docs/clients.md', () => {
  it.each(['clients/examples/apollo.ts', 'clients/examples/urql.ts'])('prints %s whole', (file) => {
    expect(codeBlocks).toContain(read(file));
  });

  it('runs the Apollo Client and urql examples against the real server, with the same answer as plain HTTP', async () => {
    const expected = await timelineOverPlainHttp();
    expect(expected.length).toBeGreaterThan(0);
    expect(await timelineWithApollo(server.url)).toEqual(expected);
    expect(await timelineWithUrql(server.url)).toEqual(expected);
  });
});
