// The article extractor: rule entries over wink-nlp sentences, with lexicons built once per process.
export { extractClaims } from './extractClaims';
export { EXTRACTOR_VERSION } from './version';
export { splitSentences, type Sentence } from './splitSentences';
export { RULES } from './rules';
export type { RuleEntry } from './rules';
export type { CasualtyFigure, ExtractedClaim, ExtractedEntity, ExtractedQuantity, Extraction, ExtractionWarning } from './model';
