import type { Logger } from 'pino';
import type { User } from '../auth';
import type { Database } from '../neo4j';
import { createLoaders, type Loaders } from './loaders';
import { WholeListBudget } from './wholeLists';

/** What the HTTP layer leaves for GraphQL plugins: the operation's name, for the access log. */
export interface RequestLocals {
  requestId: string;
  log: Logger;
  /** Set by the GraphQL layer once the operation is known. */
  operationName?: string;
}

/** What every resolver receives: the database, this request's loaders, and who is asking. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** From a verified bearer token; null for an anonymous request (which can only read). */
  user: User | null;
  /** How this server lets callers in (for Query.viewer). */
  access: Access;
  /** This request's logger (with its request id); absent outside HTTP (tests' executeOperation). */
  log?: Logger;
  /** The HTTP response's locals, where the operation name is left for the access log. */
  locals?: RequestLocals;
  /**
   * Top-level reads whose selection one statement covers (an entity with its relationships, a
   * timeline page, a claims page) fetch it in one round trip (src/api/singleStatement.ts); false
   * leaves every field to the DataLoaders (SINGLE_STATEMENT_READS=false). The answers are the same.
   */
  singleStatementReads: boolean;
  /**
   * Of those, a timeline page and a claims page whose selection shows only fields that resolve from
   * the records read (src/api/projection.ts) read only the properties those fields need; false
   * reads whole records, as the DataLoaders would. The answers are the same (tests/reads/).
   */
  projectedReads: boolean;
  /** What this request may still take from lists returned whole (src/api/wholeLists.ts). */
  wholeLists: WholeListBudget;
}

/** How the GraphQL layer reads, from the configuration. */
export interface ReadOptions {
  /** See Context.singleStatementReads; true by default. */
  singleStatementReads?: boolean;
  /** See Context.projectedReads; true by default. */
  projectedReads?: boolean;
}

export interface Access {
  /** A secret or a JWKS address is configured, so tokens can be verified. */
  authenticationEnabled: boolean;
  /** Requests without a token may read. */
  anonymousRead: boolean;
}

/** A server without a secret: anyone reads, nobody writes through HTTP. */
const OPEN_READ_ONLY: Access = { authenticationEnabled: false, anonymousRead: true };

export function createContext(db: Database, user: User | null = null, access: Access = OPEN_READ_ONLY, reads: ReadOptions = {}): Context {
  return {
    db,
    loaders: createLoaders(db),
    user,
    access,
    singleStatementReads: reads.singleStatementReads ?? true,
    projectedReads: reads.projectedReads ?? true,
    wholeLists: new WholeListBudget(),
  };
}
