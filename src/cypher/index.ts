// Named Cypher queries, loaded from the cypher/ folder.
export { loadQueries, getQuery, splitStatements } from './loadQueries';
export type { NamedQuery, QueryCatalog } from './loadQueries';
