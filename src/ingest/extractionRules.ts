import type { AliasKind, Attribution, EntityKind, Polarity, QuantityQualifier, RelationshipType } from '../generated/types';
import { resolveMonthBefore, type PartialDate } from '../support';
import { countryGazetteer, type CountryEntry } from './gazetteer';

/**
 * The rules that turn an article into claims. Rule-based on purpose: no model, no network, and every
 * claim traceable to the rule and the sentence that made it. Precision first: a sentence that names
 * two actors but matches no rule becomes a warning, never a guessed claim.
 *
 * Entities
 * - countries from the gazetteer (names, other spellings, demonyms, capitals as metonyms);
 * - armed forces: "<demonym> forces" (named so) and "<demonym> troops|soldiers|military personnel"
 *   (named "<demonym> troops");
 * - organisations: "<country>'s intelligence agency|defence ministry|..." and whoever a sentence is
 *   attributed to ("according to X", "X said", "X denied");
 * - locations: "the <Name> area|region|oblast|province";
 * - the captured person: "Captured <demonym> soldier".
 *
 * Claims (one per rule match, with the sentence as excerpt and its character offsets)
 * - CAPTURED_BY: "<force> captured a[n] [injured|wounded] <demonym> soldier", "the capture of a <demonym>
 *   soldier by <force>"; an injured or wounded captive also gives WOUNDED;
 * - DEPLOYED_TO: "<country> has sent|dispatched|deployed|committed [qty] troops|soldiers to [assist|support|aid]
 *   <country|demonym>", and "<qty> <demonym> troops have been deployed|sent to <country>";
 * - SUPPORTS: "<qty> <demonym> troops have contributed to|supported|aided <country>";
 * - CASUALTIES_IN: "<qty> <demonym> troops have suffered casualties|been killed|been wounded … in the <place> area",
 *   also FIGHTS_IN when it says "fighting in"; "casualties among <demonym> troops|soldiers" without a place;
 * - ALLIED_WITH: "collaboration|partnership|alliance|cooperation between <country> and <country>";
 * - AT_WAR_WITH: "the <country>-<country> conflict|war".
 * Symmetric relations (ALLIED_WITH, AT_WAR_WITH) are stored with their two sides in name order.
 *
 * Attribution, per sentence: "according to X" and "X said" make X the reporter (REPORTER); "reports
 * suggest", "reportedly", "is reported to" make it UNATTRIBUTED; otherwise the source's own voice.
 * "X denied that …" makes every claim of the sentence DENIED, reported by X.
 * Quantities: "over", "more than", "at least" → AT_LEAST; "about", "around", "approximately",
 * "nearly", "some" → APPROXIMATELY; "up to", "at most" → AT_MOST; a bare number → EXACTLY.
 * Time: "since <Month>" is resolved against the publication date, keeping MONTH precision.
 * Credibility: 2 (probably true) for the source's voice or a named reporter, 3 for unattributed reports.
 */

export interface ExtractedEntity {
  kind: EntityKind;
  name: string;
  aliases: Array<{ name: string; kind: AliasKind }>;
}

export interface ExtractedClaim {
  subject: ExtractedEntity;
  predicate: RelationshipType;
  object: ExtractedEntity | null;
  polarity: Polarity;
  quantity: { value: number; unit: string; qualifier: QuantityQualifier } | null;
  validFrom: PartialDate | null;
  reporter: ExtractedEntity | null;
  attribution: Attribution;
  credibility: number;
  /** The sentence, verbatim, and where it stands in the text. */
  excerpt: string;
  start: number;
  end: number;
  /** Which rule made it. */
  rule: string;
}

export interface Extraction {
  claims: ExtractedClaim[];
  warnings: string[];
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Splits text into sentences, keeping each one's offsets into the text. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = (match.index ?? 0) + lead;
    sentences.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return sentences;
}

const SYMMETRIC: ReadonlySet<RelationshipType> = new Set(['ALLIED_WITH', 'AT_WAR_WITH']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const QUALIFIERS: Array<[RegExp, QuantityQualifier]> = [
  [/^(over|more than|at least|upwards of)$/i, 'AT_LEAST'],
  [/^(about|around|approximately|nearly|some|roughly)$/i, 'APPROXIMATELY'],
  [/^(up to|at most|fewer than|less than)$/i, 'AT_MOST'],
];
const QTY = String.raw`(?:(over|more than|at least|upwards of|about|around|approximately|nearly|some|roughly|up to|at most|fewer than|less than)\s+)?(\d{1,3}(?:,\d{3})+|\d+)`;
const TROOP_WORDS = String.raw`(?:troops|soldiers|forces|military personnel)`;
const ORG_WORDS = String.raw`(?:intelligence agency|intelligence service|defence ministry|defense ministry|foreign ministry|military|army|government|officials)`;

export function parseQuantity(qualifierWord: string | undefined, digits: string, unit: string): ExtractedClaim['quantity'] {
  const value = Number(digits.replace(/,/g, ''));
  const qualifier = QUALIFIERS.find(([pattern]) => qualifierWord && pattern.test(qualifierWord))?.[1] ?? 'EXACTLY';
  return { value, unit, qualifier };
}

/** The rules, applied to one article. `publishedAt` resolves "since December". */
export function extractClaims(text: string, publishedAt: PartialDate | null): Extraction {
  const lexicon = new Lexicon(countryGazetteer());
  const claims: ExtractedClaim[] = [];
  const warnings: string[] = [];
  for (const sentence of splitSentences(text.replace(/[’]/g, "'"))) {
    const found = extractSentence(sentence, lexicon, publishedAt, warnings);
    // Offsets and excerpts refer to the text as given (curly apostrophes and all).
    const excerpt = text.slice(sentence.start, sentence.end);
    claims.push(...found.map((c) => ({ ...c, excerpt })));
    if (found.length === 0) {
      const actors = lexicon.countriesIn(sentence.text);
      if (actors.length >= 2) {
        warnings.push(
          `sentence at ${sentence.start}-${sentence.end} names ${actors.map((a) => a.name).join(' and ')} but matches no rule; nothing extracted: "${excerpt}"`,
        );
      }
    }
  }
  return { claims, warnings };
}

/**
 * Rules are written for words inside a sentence ("over 3,000", "collaboration between"); a sentence
 * that starts with such a word is read a second time with it in lower case, and duplicates dropped.
 */
function extractSentence(sentence: Sentence, lexicon: Lexicon, publishedAt: PartialDate | null, warnings: string[]): ExtractedClaim[] {
  const lowered = sentence.text.charAt(0).toLowerCase() + sentence.text.slice(1);
  if (lowered === sentence.text) return applyRules(sentence, sentence.text, lexicon, publishedAt, warnings);
  // The lower-case reading first: "Over 3,000" must keep its qualifier when both readings match.
  const claims = applyRules(sentence, lowered, lexicon, publishedAt, []);
  const seen = new Set(claims.map(claimKey));
  for (const claim of applyRules(sentence, sentence.text, lexicon, publishedAt, warnings)) {
    if (!seen.has(claimKey(claim))) {
      seen.add(claimKey(claim));
      claims.push(claim);
    }
  }
  return claims;
}

const claimKey = (c: ExtractedClaim) => `${c.subject.name}|${c.predicate}|${c.object?.name ?? ''}|${c.polarity}`;

function applyRules(sentence: Sentence, s: string, lexicon: Lexicon, publishedAt: PartialDate | null, warnings: string[]): ExtractedClaim[] {
  // Who speaks and when are read from the sentence as written; only the relation rules see `s`.
  const voice = attributionOf(sentence.text, lexicon);
  const since = /\bsince\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(sentence.text);
  let validFrom: PartialDate | null = null;
  if (since?.[1]) {
    const month = MONTHS.indexOf(since[1].toLowerCase()) + 1;
    if (publishedAt && publishedAt.precision !== 'YEAR') validFrom = resolveMonthBefore(month, publishedAt);
    else warnings.push(`"since ${since[1]}" at ${sentence.start} not resolved: the article's publication date is unknown or only a year`);
  }
  const claims: Array<Omit<ExtractedClaim, 'excerpt'>> = [];
  const make = (rule: string, first: ExtractedEntity, predicate: RelationshipType, second: ExtractedEntity | null, extra: Partial<ExtractedClaim> = {}) => {
    // Symmetric relations are stored one way round, by name, so "Moscow and Pyongyang" and
    // "North Korea and Russia" support one fact.
    const swap = second !== null && SYMMETRIC.has(predicate) && second.name.localeCompare(first.name) < 0;
    const [subject, object] = swap ? [second, first] : [first, second];
    claims.push({
      subject,
      predicate,
      object,
      polarity: voice.polarity,
      quantity: null,
      validFrom: null,
      reporter: voice.reporter,
      attribution: voice.attribution,
      credibility: voice.attribution === 'UNATTRIBUTED' ? 3 : 2,
      start: sentence.start,
      end: sentence.end,
      rule,
      ...extra,
    });
  };

  // CAPTURED_BY (and WOUNDED)
  const d = lexicon.demonymPattern;
  for (const m of s.matchAll(new RegExp(String.raw`\b(${d}) (forces|troops) captured an? (injured |wounded )?(${d}) soldier`, 'g'))) {
    const captive = lexicon.captive(m[4] as string);
    make('capture', captive, 'CAPTURED_BY', lexicon.force(m[1] as string, m[2] as string));
    if (m[3]) make('capture (injured)', captive, 'WOUNDED', null);
  }
  for (const m of s.matchAll(new RegExp(String.raw`\bcapture of an? (injured |wounded )?(${d}) soldier by (${d}) (forces|troops)`, 'gi'))) {
    const captive = lexicon.captive(m[2] as string);
    make('capture of', captive, 'CAPTURED_BY', lexicon.force(m[3] as string, m[4] as string));
    if (m[1]) make('capture of (injured)', captive, 'WOUNDED', null);
  }

  // DEPLOYED_TO
  const c = lexicon.countryPattern;
  for (const m of s.matchAll(new RegExp(String.raw`\b(${c}) (?:has |had |have )?(?:sent|dispatched|deployed|committed) (?:${QTY} )?(troops|soldiers) to (?:(?:assist|support|aid|help) )?(${c}|${d})`, 'g'))) {
    const country = lexicon.country(m[1] as string);
    const target = lexicon.countryOrDemonym(m[5] as string);
    if (!country?.demonym || !target) continue;
    make('deployment', lexicon.force(country.demonym, 'troops'), 'DEPLOYED_TO', lexicon.countryEntity(target), {
      quantity: m[3] ? parseQuantity(m[2], m[3], m[4] as string) : null,
      validFrom,
    });
  }
  for (const m of s.matchAll(new RegExp(String.raw`${QTY} (${d}) (troops|soldiers) (?:have |had )?been (?:deployed|sent|dispatched) to (${c})`, 'gi'))) {
    const target = lexicon.country(m[5] as string);
    if (!target) continue;
    make('deployment (passive)', lexicon.force(m[3] as string, 'troops'), 'DEPLOYED_TO', lexicon.countryEntity(target), {
      quantity: parseQuantity(m[1], m[2] as string, m[4] as string),
      validFrom,
    });
  }

  // SUPPORTS
  for (const m of s.matchAll(new RegExp(String.raw`${QTY} (${d}) (troops|soldiers) (?:have |had )?(?:contributed to|supported|aided|assisted) (${c})`, 'gi'))) {
    const target = lexicon.country(m[5] as string);
    if (!target) continue;
    make('support', lexicon.force(m[3] as string, 'troops'), 'SUPPORTS', lexicon.countryEntity(target), {
      quantity: parseQuantity(m[1], m[2] as string, m[4] as string),
    });
  }

  // CASUALTIES_IN (and FIGHTS_IN)
  for (const m of s.matchAll(new RegExp(String.raw`${QTY} (${d}) (${TROOP_WORDS}) (?:have |had )?(?:suffered casualties|become casualties|been killed|been wounded|been killed or wounded)[^.]*?\bin (?:the )?([A-Z][\p{L}-]+)(?: (area|region|oblast|province))?`, 'gu'))) {
    const force = lexicon.force(m[3] as string, m[4] as string);
    const place: ExtractedEntity = { kind: 'LOCATION', name: m[5] as string, aliases: m[6] ? [{ name: `${m[5]} ${m[6]}`, kind: 'ALIAS' }] : [] };
    make('casualties', force, 'CASUALTIES_IN', place, { quantity: parseQuantity(m[1], m[2] as string, 'casualties') });
    if (new RegExp(String.raw`\bfighting in (?:the )?${m[5]}\b`).test(s)) make('casualties (fighting in)', force, 'FIGHTS_IN', place);
  }
  if (claims.every((claim) => claim.predicate !== 'CASUALTIES_IN')) {
    for (const m of s.matchAll(new RegExp(String.raw`\bcasualties among (${d}) (troops|soldiers|forces)`, 'g'))) {
      make('casualties (no place)', lexicon.force(m[1] as string, m[2] as string), 'CASUALTIES_IN', null);
    }
  }

  // ALLIED_WITH
  for (const m of s.matchAll(new RegExp(String.raw`\b(?:collaboration|partnership|alliance|cooperation) between (${c}) and (${c})`, 'g'))) {
    const [a, b] = [lexicon.country(m[1] as string), lexicon.country(m[2] as string)];
    if (a && b && a !== b) make('alliance', lexicon.countryEntity(a), 'ALLIED_WITH', lexicon.countryEntity(b));
  }

  // AT_WAR_WITH
  for (const m of s.matchAll(new RegExp(String.raw`\b(${c})-(${c}) (?:conflict|war)\b`, 'g'))) {
    const [a, b] = [lexicon.country(m[1] as string), lexicon.country(m[2] as string)];
    if (a && b && a !== b) make('war', lexicon.countryEntity(a), 'AT_WAR_WITH', lexicon.countryEntity(b));
  }

  return claims.map((claim) => ({ ...claim, excerpt: sentence.text }));
}

interface Voice {
  attribution: Attribution;
  reporter: ExtractedEntity | null;
  polarity: Polarity;
}

/** Who a sentence speaks for, and whether it denies. */
function attributionOf(s: string, lexicon: Lexicon): Voice {
  const reporterName = String.raw`((?:(?:[A-Z][\p{L}]+ )*[A-Z][\p{L}]*'s )?(?:the )?(?:[A-Z][\p{L}]+ )*(?:${ORG_WORDS}|[A-Z][\p{L}]+))`;
  const denied = new RegExp(String.raw`${reporterName} (?:has |had )?denied\b`, 'u').exec(s);
  if (denied?.[1]) return { attribution: 'REPORTER', reporter: lexicon.organization(denied[1]), polarity: 'DENIED' };
  const according = new RegExp(String.raw`\baccording to ${reporterName}`, 'u').exec(s);
  if (according?.[1]) return { attribution: 'REPORTER', reporter: lexicon.organization(according[1]), polarity: 'ASSERTED' };
  const said = new RegExp(String.raw`${reporterName} (?:said|says|stated|reported|confirmed)\b`, 'u').exec(s);
  if (said?.[1] && !/^(Reports|This|It|The)$/.test(said[1])) return { attribution: 'REPORTER', reporter: lexicon.organization(said[1]), polarity: 'ASSERTED' };
  if (/\b(reports suggest|reportedly|is reported to|are reported to|it is reported)\b/i.test(s)) {
    return { attribution: 'UNATTRIBUTED', reporter: null, polarity: 'ASSERTED' };
  }
  return { attribution: 'SOURCE', reporter: null, polarity: 'ASSERTED' };
}

/** The names the rules recognise, and the entities they stand for. */
class Lexicon {
  readonly countryPattern: string;
  readonly demonymPattern: string;
  private readonly byName = new Map<string, CountryEntry>();
  private readonly byDemonym = new Map<string, CountryEntry>();

  constructor(private readonly gazetteer: CountryEntry[]) {
    for (const entry of gazetteer) {
      this.byName.set(entry.name, entry);
      for (const alias of entry.aliases) {
        if (alias.kind === 'DEMONYM') this.byDemonym.set(alias.name, entry);
        else if (!this.byName.has(alias.name)) this.byName.set(alias.name, entry);
      }
    }
    const alternation = (names: Iterable<string>) =>
      [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    this.countryPattern = `(?:${alternation(this.byName.keys())})`;
    this.demonymPattern = `(?:${alternation(this.byDemonym.keys())})`;
  }

  country(name: string): CountryEntry | undefined {
    return this.byName.get(name);
  }

  countryOrDemonym(name: string): CountryEntry | undefined {
    return this.byName.get(name) ?? this.byDemonym.get(name);
  }

  countryEntity(entry: CountryEntry): ExtractedEntity {
    return { kind: 'COUNTRY', name: entry.name, aliases: entry.aliases };
  }

  /** "<demonym> forces" keeps its word; troops, soldiers and personnel are "<demonym> troops". */
  force(demonym: string, word: string): ExtractedEntity {
    const name = `${demonym} ${word === 'forces' ? 'forces' : 'troops'}`;
    return { kind: 'ARMED_FORCE', name, aliases: [] };
  }

  captive(demonym: string): ExtractedEntity {
    return { kind: 'PERSON', name: `Captured ${demonym} soldier`, aliases: [] };
  }

  /** A reporter: a country's agency keeps its full name ("South Korea's intelligence agency"). */
  organization(name: string): ExtractedEntity {
    const trimmed = name.replace(/^the /i, '').trim();
    const country = this.byName.get(trimmed);
    if (country) return this.countryEntity(country);
    return { kind: 'ORGANIZATION', name: trimmed, aliases: [] };
  }

  countriesIn(sentence: string): CountryEntry[] {
    const found = new Set<CountryEntry>();
    for (const m of sentence.matchAll(new RegExp(String.raw`\b(${this.countryPattern}|${this.demonymPattern})\b`, 'g'))) {
      const entry = this.countryOrDemonym(m[1] as string);
      if (entry) found.add(entry);
    }
    return [...found];
  }
}
