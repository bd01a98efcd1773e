// The graph of facts: neighbourhoods, paths, relationship pages and "as of" views of facts.
export * from './model';
export * from './repository';
export { applyFactView, factViewParams } from './view';
export type { FactView } from './view';
