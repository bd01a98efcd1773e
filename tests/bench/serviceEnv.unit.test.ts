import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVICE_ENV } from '../../bench/processes';
import { projectRoot } from '../../src/support';

/**
 * The benchmark runs our API with the environment the service is started with (bench/processes.ts
 * SERVICE_ENV): `npm start` and the image must set the same, or the benchmark measures a service
 * nobody runs.
 */
const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

describe.each(Object.entries(SERVICE_ENV))('%s', (name, value) => {
  it('is set by npm start, unless the environment sets it', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(`${name}=\${${name}:-${value}} node dist/src/main.js`);
  });

  it('is set by the image', () => {
    expect(read('Dockerfile').split('\n')).toContain(`ENV ${name}=${value}`);
  });
});
