import type { RelationshipType } from '../../generated/types';
import type { Mention } from '../mentions';
import type { ExtractedEntity, ExtractedQuantity } from '../model';

/**
 * A rule entry: one named way of saying one kind of thing, with its words described for people and
 * its examples, which the tests run (tests/extract/rules.unit.test.ts) and docs/extraction.md lists.
 * A new rule is one new entry in a family file, registered in rules/index.ts, and its examples.
 */
export interface RuleEntry {
  /** Unique; recorded on every claim the rule makes. */
  name: string;
  predicates: RelationshipType[];
  /** What it matches, in words. */
  matches: string;
  /** What it builds, in words. */
  builds: string;
  /** Sentences and the claims each yields from this rule, as "subject PREDICATE object [qualifier value unit]". */
  examples: Array<{ text: string; claims: string[] }>;
  /**
   * The pattern over the masked sentence (see mask.ts), with slots such as {FORCE:subject}; read
   * case-insensitively. Several patterns are several phrasings of the same thing.
   */
  pattern: string | string[];
  /**
   * Also read over the whole sentence, speaker included, in the source's own voice: for what a noun
   * phrase states whoever speaks ("The Sudanese army's 6th Infantry Division said …").
   */
  speakerToo?: boolean;
  /**
   * What the outlet adds whoever speaks (where a town lies: "the town of Kurakhove in the Donetsk
   * region"): the claim is in the outlet's own voice and asserted, even inside a report or a denial.
   */
  outletVoice?: boolean;
  /** A cheap test the text must pass before the patterns run (their words), for speed. */
  needs?: RegExp;
  build(match: RuleMatch, context: RuleContext): ClaimDraft[];
}

export interface RuleMatch {
  groups: Record<string, string | undefined>;
  /** Where the match stands in the content, and the whole content. */
  index: number;
  text: string;
}

export interface ClaimDraft {
  subject: ExtractedEntity;
  predicate: RelationshipType;
  object: ExtractedEntity | null;
  quantity?: ExtractedQuantity | null;
}

/** What a rule's build function may ask about the sentence. */
export interface RuleContext {
  /** The content the rules read: the masked sentence less its reporting clause. */
  content: string;
  mention(placeholder: string | undefined): Mention | undefined;
  /** A country, organisation or force as itself. */
  actor(placeholder: string | undefined): ExtractedEntity | null;
  /** A force as itself; a country as its national force ("Ukraine captured" → Ukrainian troops). */
  force(placeholder: string | undefined): ExtractedEntity | null;
  /** A place as itself; a country (or demonym) as the country. */
  place(placeholder: string | undefined): ExtractedEntity | null;
  /** A quantity placeholder as a quantity counting `unit`. */
  quantity(placeholder: string | undefined, unit: string | null): ExtractedQuantity | null;
  /** The place a claim at `index` is about: "in|near|at <place>" after it in its clause, else anywhere in the content. */
  placeAround(index: number): ExtractedEntity | null;
  /** Tells the article that an entity is now known by another (the unnamed soldier, once captured, is "Captured …"). */
  rename(from: ExtractedEntity, to: ExtractedEntity): void;
  /** Who did it, for an event the text names again ("the attack had also hit …", "denied that Goma had fallen"): the last attacker, or the last force that seized the place. */
  lastActor(predicate: 'ATTACKED' | 'SEIZED', place?: ExtractedEntity | null): ExtractedEntity | null;
  /**
   * The side a plural noun stands for in a figure: "the attackers" (the side of the attack named
   * before `index` in the sentence, else the article's last attacker), "rebels", "militants",
   * "insurgents" (the group named with that noun, else the last non-state group named).
   */
  sideNamedBy(noun: string, index: number): ExtractedEntity | null;
  /** The force the article last counted with this number: "the two men" after "captured two North Korean soldiers". */
  countedBefore(placeholder: string | undefined): ExtractedEntity | null;
  /** The captives of the article's last capture: "took them prisoner". */
  lastCaptive(): ExtractedEntity | null;
  /** The place of the last attack the article recorded: "claimed responsibility for the assault". */
  lastAttackPlace(): ExtractedEntity | null;
  /** State kept across the matches of one sentence: the group the last casualty figure counted. */
  state: { casualtyGroup?: ExtractedEntity | null; casualtyWhat?: string };
}

/** Common fragments of patterns. */
export const AUX = String.raw`(?:(?:is|are|was|were) (?:believed|thought|said|reported|understood|alleged|suspected|estimated) to (?:have )?)?(?:(?:has|have|had)(?: (?:also|now|already|reportedly|allegedly|apparently|recently))* )?`;
export const ADV = String.raw`(?:(?:reportedly|allegedly|also|now|already|recently|apparently|successfully|earlier|later|then|further|secretly|quietly|meanwhile|since|itself|themselves|«T\d+»),? )*`;
export const PASSIVE = String.raw`(?:(?:has|have|had) been|was|were|is|are|being|been)`;
export const MORE = String.raw`(?:(?:more|additional|extra|further|new|fresh|elite|combat|ground|regular|its|their|own) )*`;
export const TROOPS = String.raw`(?:troops|soldiers|forces|servicemen|personnel|fighters|military personnel|combat troops|units|mercenaries|paratroopers|special forces|marines|commandos|peacekeepers)`;
/** Bare nouns that name a unit of the sender's force rather than the force itself. */
export const UNIT_NOUNS = /^(?:paratroopers|special forces|marines|commandos)$/i;
/** Direction adjectives before a destination: "to eastern Congo". */
export const REGION_ADJECTIVES = String.raw`(?:(?:eastern|western|northern|southern|north-eastern|northeastern|south-eastern|southeastern|north-western|northwestern|south-western|southwestern|central|occupied) )*`;
export const PLACE_WORDS = String.raw`(?:(?:eastern|western|northern|southern|central|strategic|key|border|frontline|besieged|[a-z]+-held|mining|port|garrison|capital|largest|second-largest|main|[a-z]+-[a-z]+) )*(?:(?:«C\d+» )?(?:[a-z]+ )??(?:city|cities|town|towns|village|villages|region|area|areas|base|airport|airbase|settlement|settlements|capital|garrison|headquarters|province|districts?|camp|hub|stronghold|centre|center|outskirts|heart|port|suburbs?|streets|markets?|hospitals?|positions|outposts?|side|part|half) (?:of|in|around|near) (?:the )?)?`;
/**
 * A site named by a common noun before the place that holds it: "a military base in", "an army
 * post near", "a police station outside". The place is the object ("attacked a military base near
 * Binyamina" is an attack on Binyamina, as the gold set records it).
 */
export const FACILITY = String.raw`(?:(?:an?|the|its|their|one) (?:[a-z-]+ ){0,2}(?:base|camp|barracks|post|posts|outpost|checkpoint|garrison|airport|airbase|market|school|hospital|position|police station|station|compound|prison|depot|mosque|church|bus station|village|town|convoy|patrol|column|vehicle|bus) (?:in|near|at|outside|on the outskirts of) (?:the )?)?`;
