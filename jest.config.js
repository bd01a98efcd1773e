/**
 * Four tiers, told apart by file name: `*.unit.test.ts` (pure code), `*.shape.test.ts` (query
 * loading and Cypher text, no database), `*.int.test.ts` (through the API against the real Neo4j
 * that globalSetup starts once on a free port with a throw-away data folder) and `*.e2e.test.ts`
 * (the workbench in a real Chromium against the real service; slow, under tests/workbench/).
 * Helpers shared by the suites live in tests/helpers/; tests/support/ holds the tests of src/support.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // ES-module TypeScript (ui/) names its imports with .js, as tsc requires; jest finds the .ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  testTimeout: 60_000,
  // npm test runs node with --experimental-vm-modules: the IDE package loads its assets with import().
  // Two cores here: more workers only contend with Neo4j.
  maxWorkers: 2,
};
