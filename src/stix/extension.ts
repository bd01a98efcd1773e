import type { StixObject } from './model';
import { stixId } from './ids';
import { UNKNOWN_TIME } from './time';

/**
 * What does not fit STIX's standard properties travels in one property extension (STIX 2.1 §7.3),
 * defined by the extension-definition object below and carried under
 * `extensions["extension-definition--…"]` with `extension_type: "property-extension"`. Its
 * properties are documented in docs/stix.md ("The extension"). Every exported object has it, with
 * at least our id (`kg_id`), which is how an import tells our own bundles from others'.
 */
export const PRODUCER_ID = stixId('identity', 'conflict-knowledge-graph');
export const EXTENSION_ID = stixId('extension-definition', 'conflict-knowledge-graph/stix-extension/1.0');
export const EXTENSION_VERSION = '1.0';

/** The identity that creates the extension definition: this service, as a system. */
export function producerIdentity(): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: PRODUCER_ID,
    created: UNKNOWN_TIME,
    modified: UNKNOWN_TIME,
    name: 'Conflict knowledge graph',
    description: 'The service that exported this bundle: a knowledge graph of what sources report about conflicts.',
    identity_class: 'system',
  };
}

export function extensionDefinition(): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: EXTENSION_ID,
    created_by_ref: PRODUCER_ID,
    created: UNKNOWN_TIME,
    modified: UNKNOWN_TIME,
    name: 'Conflict knowledge graph properties',
    description:
      'What the conflict knowledge graph records beyond STIX standard properties: its own ids, entity kinds and aliases, '
      + 'partial dates with their precision, quantities, Admiralty credibility and reliability, attribution, polarity, '
      + 'claim status, retractions and fact summaries.',
    schema:
      'Plain-text definition: docs/stix.md of the conflict knowledge graph, section "The extension". Every property is '
      + 'optional but kg_id; names are snake_case; ids of other objects are STIX ids (the *_ref properties).',
    version: EXTENSION_VERSION,
    extension_types: ['property-extension'],
  };
}

/** Our extension's properties on one object, without nulls (STIX forbids null values). */
export function withExtension(object: StixObject, properties: Record<string, unknown>): StixObject {
  return { ...object, extensions: { [EXTENSION_ID]: { extension_type: 'property-extension', ...withoutNulls(properties) } } };
}

/** Drops null and undefined values and empty lists, at every depth. */
function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    kept[key] = typeof value === 'object' && !Array.isArray(value) ? withoutNulls(value as Record<string, unknown>) : value;
  }
  return kept;
}

/** Our extension's properties of an object, or null when it has none (another producer's object). */
export function extensionOf(object: StixObject): Record<string, unknown> | null {
  const extensions = object.extensions as Record<string, Record<string, unknown>> | undefined;
  return extensions?.[EXTENSION_ID] ?? null;
}
