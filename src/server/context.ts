import type { Database } from '../neo4j/database';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders, and who is asking. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** Recorded as createdBy and in history. "anonymous" until authentication identifies the caller. */
  actor: string;
}

export function createContext(db: Database, actor = 'anonymous'): Context {
  return { db, loaders: createLoaders(db), actor };
}
