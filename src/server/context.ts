import type { User } from '../auth';
import type { Database } from '../neo4j/database';
import { createLoaders, type Loaders } from './loaders';
import type { Logger, RequestLocals } from './logging';

/** What every resolver receives: the database, this request's loaders, and who is asking. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** From a verified bearer token; null for an anonymous request (which can only read). */
  user: User | null;
  /** This request's logger (with its request id); absent outside HTTP (tests' executeOperation). */
  log?: Logger;
  /** The HTTP response's locals, where the operation name is left for the access log. */
  locals?: RequestLocals;
}

export function createContext(db: Database, user: User | null = null): Context {
  return { db, loaders: createLoaders(db), user };
}
