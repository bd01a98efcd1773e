/**
 * The API's controlled vocabularies (entity kinds, relationship types, …), read from the schema's
 * SDL when the workbench is built, so the controls and the legend follow schema/*.graphql without
 * needing introspection (which production servers may turn off).
 */
import authSdl from '../../schema/auth.graphql?raw';
import commonSdl from '../../schema/common.graphql?raw';
import entitySdl from '../../schema/entity.graphql?raw';
// The service's own declaration of what each relationship type means (src/vocabulary/), bundled in.
import { RELATIONSHIP_TYPE_ATTRIBUTES } from '../../src/vocabulary/relationshipTypes';

export interface EnumValue {
  name: string;
  description: string;
}

/** The values of `enum <name> { … }` in the SDL, with their descriptions, in schema order. */
export function enumValues(sdl: string, name: string): EnumValue[] {
  const start = sdl.search(new RegExp(`\\benum\\s+${name}\\s*\\{`));
  if (start < 0) throw new Error(`expected the schema to declare enum ${name}, but it does not`);
  const body = sdl.slice(sdl.indexOf('{', start) + 1, sdl.indexOf('}', start));
  const values: EnumValue[] = [];
  const token = /"""([\s\S]*?)"""|"((?:[^"\\]|\\.)*)"|#[^\n]*|([_A-Za-z][_0-9A-Za-z]*)/g;
  let description = '';
  for (let match = token.exec(body); match; match = token.exec(body)) {
    if (match[1] !== undefined || match[2] !== undefined) {
      description = (match[1] ?? match[2] ?? '').trim().replace(/\\"/g, '"');
    } else if (match[3] !== undefined) {
      values.push({ name: match[3], description });
      description = '';
    }
  }
  return values;
}

export const ENTITY_KINDS = enumValues(entitySdl, 'EntityKind');
export const RELATIONSHIP_TYPES = enumValues(commonSdl, 'RelationshipType');
/** The types that make facts between entities; the provenance-only ones (REPORTED_BY, PUBLISHED_BY) never do. */
export const FACT_TYPES = RELATIONSHIP_TYPES.filter(
  (t) => RELATIONSHIP_TYPE_ATTRIBUTES[t.name as keyof typeof RELATIONSHIP_TYPE_ATTRIBUTES]?.role === 'FACT',
);
/** What a caller may do; which of these a caller holds comes from `viewer.permissions` alone. */
export const PERMISSIONS = enumValues(authSdl, 'Permission');

/** "ARMED_FORCE" → "Armed force". */
export function humanize(name: string): string {
  const words = name.toLowerCase().split('_');
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}
