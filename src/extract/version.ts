/** The extractor's version, recorded on every claim: bump it when a rule or lexicon changes what comes out. */
export const EXTRACTOR_VERSION = 'extract-2.6.0';
