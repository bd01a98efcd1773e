import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../support';

/** The example operations in examples/*.graphql: shown in the IDE and run by the tests. */
export const EXAMPLES_DIR = path.join(projectRoot, 'examples');

export interface ExampleOperation {
  file: string;
  document: string;
}

export function readExamples(folder = EXAMPLES_DIR): ExampleOperation[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, document: readFileSync(path.join(folder, file), 'utf8') }));
}
