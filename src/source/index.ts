// Sources: the documents claims are cited in.
export * from './model';
export * from './repository';
export { siteOf } from './site';
