import { parsePartialDate } from '../support';
import { ENTITY_KINDS, POLARITIES, QUANTITY_QUALIFIERS, RELATIONSHIP_TYPES } from '../vocabulary';
import {
  ARTICLE_STYLES, type ArticleStyle, type EntityKind, type GoldArticle, type GoldFact, type GoldQuantity, type Polarity,
  type QuantityQualifier, type RelationshipType,
} from './goldArticle';

/** Predicates a gold fact may have: every relationship type but the two provenance ones. */
export const FACT_PREDICATES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter((p) => p !== 'REPORTED_BY' && p !== 'PUBLISHED_BY');

export interface GoldValidation {
  /** The article, or null when it has any error. */
  article: GoldArticle | null;
  /** Every problem found, each "field: expected ..., but got ...". */
  errors: string[];
}

const ARTICLE_KEYS = ['$comment', 'id', 'outlet', 'style', 'conflict', 'title', 'publisher', 'publishedAt', 'url', 'text', 'facts', 'noClaim'];
const FACT_KEYS = [
  '$comment', 'subject', 'subjectKind', 'predicate', 'object', 'objectKind', 'polarity', 'quantity',
  'validFrom', 'validTo', 'reporter', 'intermediary', 'hedged', 'excerpt',
];
const QUANTITY_KEYS = ['value', 'upper', 'qualifier'];

/**
 * Checks a parsed gold file completely: every field present with the right type and enum value,
 * excerpts and noClaim sentences verbatim in the text, and no noClaim sentence overlapping a fact's
 * excerpt. `expectedId` (the file name without .json) must equal the id when given.
 *
 * @example validateGoldArticle({ id: '01-x', facts: [{ predicate: 'KILLS' }] }).errors
 * // ['facts[0].predicate: expected one of DEPLOYED_TO, ..., but got "KILLS"', ...]
 */
export function validateGoldArticle(value: unknown, expectedId?: string): GoldValidation {
  const errors: string[] = [];
  const check = new Checker(errors);
  if (!isObject(value)) return { article: null, errors: [`expected a JSON object, but got ${describe(value)}`] };
  check.knownKeys('', value, ARTICLE_KEYS);
  const id = check.string('id', value.id);
  if (id !== null && !/^[0-9]{2,3}-[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) errors.push(`id: expected "NN-slug" (digits, a dash, lower-case words), but got ${describe(id)}`);
  if (id !== null && expectedId !== undefined && id !== expectedId) errors.push(`id: expected ${describe(expectedId)} (the file name), but got ${describe(id)}`);
  const outlet = check.string('outlet', value.outlet);
  const style = check.oneOf<ArticleStyle>('style', value.style, ARTICLE_STYLES);
  const conflict = check.string('conflict', value.conflict);
  if (conflict !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(conflict)) errors.push(`conflict: expected a kebab-case label such as "russia-ukraine", but got ${describe(conflict)}`);
  const title = check.string('title', value.title);
  const publisher = check.string('publisher', value.publisher);
  const publishedAt = check.date('publishedAt', value.publishedAt);
  const url = value.url === null ? null : check.string('url', value.url);
  const text = check.string('text', value.text);
  const facts = check.array('facts', value.facts).map((fact, i) => readFact(check, `facts[${i}]`, fact, text));
  const noClaim = check.array('noClaim', value.noClaim).map((sentence, i) => {
    const s = check.string(`noClaim[${i}]`, sentence);
    if (s !== null && text !== null && !text.includes(s)) errors.push(`noClaim[${i}]: expected a verbatim substring of text, but got ${describe(s)}`);
    return s;
  });
  if (text !== null) checkNoOverlap(errors, text, facts, noClaim);
  if (errors.length > 0) return { article: null, errors };
  return {
    article: {
      id: id!, outlet: outlet!, style: style!, conflict: conflict!, title: title!, publisher: publisher!,
      publishedAt: publishedAt === undefined ? null : publishedAt, url, text: text!,
      facts: facts as GoldFact[], noClaim: noClaim as string[],
    },
    errors,
  };
}

function readFact(check: Checker, at: string, value: unknown, text: string | null): GoldFact | null {
  if (!isObject(value)) {
    check.errors.push(`${at}: expected an object, but got ${describe(value)}`);
    return null;
  }
  check.knownKeys(`${at}.`, value, FACT_KEYS);
  const subject = check.names(`${at}.subject`, value.subject);
  const subjectKind = check.oneOf<EntityKind>(`${at}.subjectKind`, value.subjectKind, ENTITY_KINDS);
  const predicate = check.oneOf<RelationshipType>(`${at}.predicate`, value.predicate, FACT_PREDICATES);
  const object = value.object === null ? null : check.names(`${at}.object`, value.object);
  const objectKind = value.objectKind === null ? null : check.oneOf<EntityKind>(`${at}.objectKind`, value.objectKind, ENTITY_KINDS);
  if ((value.object === null) !== (value.objectKind === null)) {
    check.errors.push(`${at}.objectKind: expected null exactly when object is null, but got object ${describe(value.object)} and objectKind ${describe(value.objectKind)}`);
  }
  const polarity = check.oneOf<Polarity>(`${at}.polarity`, value.polarity, POLARITIES);
  const quantity = value.quantity === null ? null : readQuantity(check, `${at}.quantity`, value.quantity);
  const validFrom = check.date(`${at}.validFrom`, value.validFrom);
  const validTo = check.date(`${at}.validTo`, value.validTo);
  if (validFrom && validTo && validTo < validFrom) check.errors.push(`${at}.validTo: expected a date on or after validFrom ${validFrom}, but got ${validTo}`);
  const reporter = value.reporter === null ? null : check.names(`${at}.reporter`, value.reporter);
  const intermediary = value.intermediary === null ? null : check.names(`${at}.intermediary`, value.intermediary);
  if (value.intermediary !== null && value.reporter === null) check.errors.push(`${at}.intermediary: expected null when reporter is null (an intermediary relays a reporter), but got ${describe(value.intermediary)}`);
  if (typeof value.hedged !== 'boolean') check.errors.push(`${at}.hedged: expected true or false, but got ${describe(value.hedged)}`);
  const excerpt = check.string(`${at}.excerpt`, value.excerpt);
  if (excerpt !== null && text !== null && !text.includes(excerpt)) check.errors.push(`${at}.excerpt: expected a verbatim substring of text, but got ${describe(excerpt)}`);
  if (!subject || !subjectKind || !predicate || !polarity || excerpt === null || validFrom === undefined || validTo === undefined) return null;
  return {
    subject, subjectKind, predicate, object: object ?? null, objectKind: objectKind ?? null, polarity,
    quantity: quantity ?? null, validFrom, validTo, reporter: reporter ?? null, intermediary: intermediary ?? null,
    hedged: value.hedged === true, excerpt,
  };
}

function readQuantity(check: Checker, at: string, value: unknown): GoldQuantity | null {
  if (!isObject(value)) {
    check.errors.push(`${at}: expected null or { value, upper, qualifier }, but got ${describe(value)}`);
    return null;
  }
  check.knownKeys(`${at}.`, value, QUANTITY_KEYS);
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!ok(value.value)) check.errors.push(`${at}.value: expected a number of 0 or more, but got ${describe(value.value)}`);
  if (value.upper !== null && !(ok(value.upper) && ok(value.value) && value.upper > value.value)) {
    check.errors.push(`${at}.upper: expected null or a number above value, but got ${describe(value.upper)}`);
  }
  const qualifier = check.oneOf<QuantityQualifier>(`${at}.qualifier`, value.qualifier, QUANTITY_QUALIFIERS);
  if (!ok(value.value) || !qualifier) return null;
  return { value: value.value, upper: ok(value.upper) ? value.upper : null, qualifier };
}

/** A noClaim sentence may not share characters with any fact's excerpt (a claim there would count both ways). */
function checkNoOverlap(errors: string[], text: string, facts: Array<GoldFact | null>, noClaim: Array<string | null>): void {
  noClaim.forEach((sentence, i) => {
    if (!sentence) return;
    for (const [s0, s1] of occurrences(text, sentence)) {
      facts.forEach((fact, j) => {
        if (!fact) return;
        if (occurrences(text, fact.excerpt).some(([e0, e1]) => e0 < s1 && s0 < e1)) errors.push(`noClaim[${i}]: expected no overlap with facts[${j}].excerpt, but got ${describe(sentence)}`);
      });
    }
  });
}

/** Every [start, end) at which `part` occurs in `text`. */
export function occurrences(text: string, part: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (part === '') return found;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) found.push([i, i + part.length]);
  return found;
}

class Checker {
  constructor(readonly errors: string[]) {}

  knownKeys(prefix: string, value: Record<string, unknown>, keys: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.errors.push(`${prefix}${key}: expected one of the fields ${keys.filter((k) => k !== '$comment').join(', ')}, but got an unknown field`);
    }
    for (const key of keys) {
      if (key !== '$comment' && !(key in value)) this.errors.push(`${prefix}${key}: expected a value (null where allowed), but got nothing`);
    }
  }

  string(field: string, value: unknown): string | null {
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (value !== undefined) this.errors.push(`${field}: expected a non-empty string, but got ${describe(value)}`);
    return null;
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | null {
    if (typeof value === 'string' && allowed.includes(value as T)) return value as T;
    if (value !== undefined) this.errors.push(`${field}: expected one of ${allowed.join(', ')}, but got ${describe(value)}`);
    return null;
  }

  /** A date or null; undefined when invalid. */
  date(field: string, value: unknown): string | null | undefined {
    if (value === null) return null;
    if (typeof value === 'string') {
      try {
        return parsePartialDate(value).iso;
      } catch (error) {
        this.errors.push(`${field}: ${(error as Error).message}`);
        return undefined;
      }
    }
    if (value !== undefined) this.errors.push(`${field}: expected null or a date as YYYY, YYYY-MM or YYYY-MM-DD, but got ${describe(value)}`);
    return undefined;
  }

  array(field: string, value: unknown): unknown[] {
    if (Array.isArray(value)) return value;
    if (value !== undefined) this.errors.push(`${field}: expected an array, but got ${describe(value)}`);
    return [];
  }

  /** A non-empty array of non-empty strings. */
  names(field: string, value: unknown): string[] | null {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== '')) return value as string[];
    if (value !== undefined) this.errors.push(`${field}: expected a non-empty array of names, but got ${describe(value)}`);
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
