// STIX 2.1 export and import, and the TAXII 2.1 collection's logic (docs/stix.md).
export type { StixObject, StixBundle, GraphSlice } from './model';
export { stixId } from './ids';
export { toStixConfidence, credibilityFromStix } from './confidence';
export { EXTENSION_ID, PRODUCER_ID, extensionDefinition } from './extension';
export { stixRelationshipType, ourRelationshipType, FOREIGN_RELATIONSHIP_TYPES, countryCode } from './vocabulary';
export { toStixObjects, toBundle } from './toStix';
export { readBundle } from './fromStix';
export type { BundleReading } from './fromStix';
export { readWholeGraph, readSelection, SELECTION_FACT_LIMIT } from './readSlice';
export type { StixSelection } from './readSlice';
export { exportStixBundle, exportStixSelection, importStixBundle } from './bundles';
export type { StixImportReport } from './bundles';
export { runStixExport, runStixImport } from './cli';
export {
  TAXII_MEDIA_TYPE, STIX_MEDIA_TYPE, COLLECTION_ID, TAXII_PAGE, collectionResource, collectObjects, readCollection,
  parseTaxiiQuery, selectPage, manifestEntry,
} from './taxii';
export type { TaxiiQuery, TaxiiPage } from './taxii';
export type { CollectedObject } from './model';
