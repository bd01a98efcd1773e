import { uuidV5 } from '../support';

/**
 * STIX ids of our objects: `<type>--<UUIDv5 of the STIX type and our id>`. Our ids are stable
 * (deterministic themselves), so a re-export gives every object the same STIX id. The namespace is
 * ours and must never change, or every exported id changes.
 */
const STIX_NAMESPACE = '8d0a6f3c-2b9e-5c1a-9e77-41c2f5b0d6a4';

export function stixId(type: string, ourId: string): string {
  return `${type}--${uuidV5(`${type}|${ourId}`, STIX_NAMESPACE)}`;
}

/** The STIX type of an id ("identity--…" → "identity"). */
export function typeOfId(id: string): string {
  return id.slice(0, Math.max(id.indexOf('--'), 0));
}
