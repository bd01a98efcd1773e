/**
 * Three tiers, told apart by file name: `*.unit.test.ts` (pure code), `*.shape.test.ts` (query
 * loading and Cypher text, no database) and `*.int.test.ts` (through the API against the real
 * Neo4j that globalSetup starts once on a free port with a throw-away data folder).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // ES-module TypeScript (ui/) names its imports with .js, as tsc requires; jest finds the .ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  testTimeout: 60_000,
  // npm test runs node with --experimental-vm-modules: the IDE package loads its assets with import().
  // Two cores here: more workers only contend with Neo4j.
  maxWorkers: 2,
};
