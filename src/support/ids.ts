import { hash } from 'node:crypto';

/**
 * Deterministic ids: a UUIDv5 of a normalised natural key, as OpenCTI does for STIX ids. The same
 * thing described twice gets the same id, so concurrent writers converge through MERGE.
 */

/** Our own namespace for UUIDv5; never change it, or every id changes. */
const NAMESPACE = '5b1f0d3e-7c0a-4b8e-9a52-2f6f4c1d8e10';

const namespaceBytes = new Map<string, Buffer>();

/**
 * The UUIDv5 (RFC 9562, 5.5) of `name` in `namespace`: the same ids as the `uuid` package's v5
 * (tests/support/uuidV5.unit.test.ts compares them), written here because a load computes one or
 * two per claim, and that package parses the namespace and encodes the name byte by byte on every
 * call: it was a tenth of Node's time loading the large benchmark graph.
 */
export function uuidV5(name: string, namespace: string): string {
  let space = namespaceBytes.get(namespace);
  if (!space) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(namespace)) throw new TypeError(`expected a UUID as the namespace, got "${namespace}"`);
    space = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    namespaceBytes.set(namespace, space);
  }
  // The one-shot hash (Node 20.12 and later, inside `engines`) is cheaper than a Hash object: 342
  // against 424 ms for 240,000 claim keys, warm, in a scratch comparison.
  const digest = hash('sha1', Buffer.concat([space, Buffer.from(name, 'utf8')]), 'buffer');
  digest[6] = (digest[6]! & 0x0f) | 0x50; // version 5
  digest[8] = (digest[8]! & 0x3f) | 0x80; // the RFC's variant
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Lower case, accents folded, punctuation and runs of spaces collapsed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function entityId(kind: string, name: string): string {
  return uuidV5(`entity|${kind}|${normalizeName(name)}`, NAMESPACE);
}

/** A source is keyed by its canonical URL, or by its content hash when it has none. */
export function sourceId(key: { url: string } | { contentHash: string }): string {
  return 'url' in key
    ? uuidV5(`source|url|${canonicalUrl(key.url)}`, NAMESPACE)
    : uuidV5(`source|sha256|${key.contentHash}`, NAMESPACE);
}

/** A fact is one (from, type, to) triple. */
export function factId(fromId: string, type: string, toId: string): string {
  return uuidV5(`fact|${fromId}|${type}|${toId}`, NAMESPACE);
}

export interface ClaimKey {
  sourceId: string;
  reportedById: string | null;
  attribution: string;
  subjectId: string;
  predicate: string;
  objectId: string | null;
  polarity: string;
  quantity: { value: number; upper?: number | null; unit: string | null; qualifier: string } | null;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * A claim's key: source, reporter, subject, predicate, object, polarity, quantity and time. The
 * reporter is part of it because "X says so" and "the article says so" are two statements.
 */
export function claimId(key: ClaimKey): string {
  const q = key.quantity;
  const parts = [
    'claim',
    key.sourceId,
    key.reportedById ?? `(${key.attribution})`,
    key.subjectId,
    key.predicate,
    key.objectId ?? '',
    key.polarity,
    // A range adds its upper bound; a single number keeps the key it always had.
    q ? `${q.qualifier}:${q.value}${q.upper != null ? `-${q.upper}` : ''}:${q.unit ?? ''}` : '',
    key.validFrom ?? '',
    key.validTo ?? '',
  ];
  return uuidV5(parts.join('|'), NAMESPACE);
}

/**
 * Query parameters that say how a reader came to a document, not which document it is: campaign
 * tags (`utm_*`; `at_*` and `xtor` of AT Internet, as the BBC's feeds add them), click ids
 * (`fbclid`, `gclid`, ...) and outlets' own share tags (`smid`, `CMP`, `ocid`, `itid`). One article
 * shared on two platforms is one source.
 */
const TRACKING_PREFIXES = ['utm_', 'at_'];
const TRACKING_NAMES = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'xtor', 'smid', 'smtyp', 'cmp', 'ocid', 'itid',
]);

function isTracking(parameter: string): boolean {
  const name = decodeURIComponentSafe(parameter.split('=')[0] ?? '').toLowerCase();
  return TRACKING_NAMES.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Lower-cases scheme and host, drops the fragment, tracking parameters (the others keep their order
 * and spelling), a trailing slash and default ports.
 */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  if (u.search) {
    // Rewritten only when it has one: every other address keeps the key it always had.
    const parameters = u.search.slice(1).split('&');
    if (parameters.some(isTracking)) {
      const kept = parameters.filter((parameter) => parameter !== '' && !isTracking(parameter));
      u.search = kept.length > 0 ? `?${kept.join('&')}` : '';
    }
  }
  let text = u.toString();
  if (text.endsWith('/') && u.pathname !== '/') text = text.slice(0, -1);
  return text;
}

/** A dispute is its kind and the set of claims in it. */
export function disputeId(kind: string, claimIds: readonly string[]): string {
  return uuidV5(`dispute|${kind}|${[...claimIds].sort().join(',')}`, NAMESPACE);
}

/**
 * The id of an object as read at a knowledge date (`asOf`): the stable id, then `@` and the date
 * (YYYY-MM-DD, the last day `asOf` covers). Today's view keeps the stable id. Two views of one
 * fact have different values, so a normalising client cache must see two objects (docs/api.md,
 * "Identity"). Stable ids never contain `@`.
 */
export function viewId(stableId: string, asOf: string | null | undefined): string {
  return asOf ? `${stableId}@${asOf}` : stableId;
}

/** The stable id and the knowledge date inside an id made by `viewId`. */
export function parseViewId(id: string): { stableId: string; asOf: string | null } {
  const match = /^(.+)@(\d{4}-\d{2}-\d{2})$/.exec(id);
  return match ? { stableId: match[1] as string, asOf: match[2] as string } : { stableId: id, asOf: null };
}

/**
 * An independent origin belongs to one fact (its claim count and sources are the fact's), so its id
 * is the fact's id, `/`, and the origin's key (`entity:<id>`, `source:<id>`).
 */
export function originId(factId: string, originKey: string): string {
  return `${factId}/${originKey}`;
}

/** The fact id and origin key inside an id made by `originId`, or null for any other id. */
export function parseOriginId(id: string): { factId: string; originKey: string } | null {
  const slash = id.indexOf('/');
  return slash > 0 ? { factId: id.slice(0, slash), originKey: id.slice(slash + 1) } : null;
}
