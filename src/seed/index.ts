// Seed data: files in data/seed/ written through the normal write code.
export { readSeedFile } from './seedFile';
export type { SeedPlan } from './seedFile';
export { writeSeed, loadSeedIfEmpty, DEFAULT_SEED_FILE } from './loadSeed';
export type { SeedResult } from './loadSeed';
