import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder that holds package.json. The same code runs from `src/` (tests) and `dist/src/`
 * (npm start), so paths to `schema/`, `cypher/` and `data/` are resolved from here.
 */
export const projectRoot: string = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`expected a package.json above ${start}, but found none`);
    }
    dir = parent;
  }
  return dir;
}
