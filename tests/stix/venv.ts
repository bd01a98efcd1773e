import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/support';

/** The project's Python, with the OASIS tools installed (see the README and .ci/run). */
export const VENV_PYTHON = path.join(projectRoot, '.tools', 'venv', 'bin', 'python');

/**
 * Fails, with what to run, when the venv or the OASIS tools are missing: these tests check our
 * STIX with the standard's own tools, so they must not pass (or skip) without them.
 */
export function requireOasisTools(): string {
  if (!existsSync(VENV_PYTHON)) {
    throw new Error(
      'expected the Python venv .tools/venv with the OASIS STIX tools, but it is missing: run '
      + '`python3 -m venv .tools/venv && .tools/venv/bin/pip install stix2-validator==3.2.0 stix2==3.0.2 taxii2-client==2.3.0` (or .ci/run)',
    );
  }
  return VENV_PYTHON;
}
