// Article ingestion: extraction (src/extract/) written through the bundle writer (src/write/).
export { ingestArticle, ARTICLE_LIMITS } from './ingestArticle';
export type { IngestResultRecord } from './ingestArticle';
