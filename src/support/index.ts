// Small helpers shared by every domain.
export { invariant } from './invariant';
export { BadUserInputError, NotFoundError, RequestTimeoutError, ServiceUnavailableError } from './errors';
export { projectRoot } from './projectRoot';
export { SEED_ACTOR, IMPORT_ACTOR, SERVICE_ACTORS } from './actors';
export * from './ids';
export * from './partialDate';
export * from './pagination';
export { perEntity } from './perEntity';
export { groupBy } from './groupBy';
export * as validate from './validate';
export { residentBytes, stopChildProcess } from './childProcess';
