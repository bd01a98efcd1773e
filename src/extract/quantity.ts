import type { QuantityQualifier } from '../generated/types';

/**
 * Numbers as news writes them, found in a sentence with their qualifier and range:
 * digits with separators ("10,000", "1.5 million"), words ("two", "twenty-five", "four-thousand"),
 * mixed ("35-hundred", "some four-thousand"), vague amounts ("a dozen", "dozens", "hundreds",
 * "thousands", "tens of thousands") and ranges ("10,000 to 12,000", "10,000-12,000", "between 10,000
 * and 12,000"). Spelled-out numbers are read by compromise's number parser.
 *
 * Qualifiers: "more than", "over", "at least", "upwards of", "in excess of", "no fewer than" → AT_LEAST;
 * "about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated", "close to"
 * → APPROXIMATELY; "up to", "at most", "fewer than", "less than", "as many as", "under" → AT_MOST;
 * none → EXACTLY. A vague plural counts at least two of its unit: "dozens" is AT_LEAST 24, "hundreds"
 * AT_LEAST 200 (as is "several hundred"), "thousands" AT_LEAST 2,000, "tens of thousands" AT_LEAST 20,000. "A dozen" is
 * APPROXIMATELY 12. Years ("in 2024"), ordinals ("155th"), percentages and numbers that are part of a
 * name ("M23") are not quantities.
 */
export interface FoundQuantity {
  start: number;
  end: number;
  value: number;
  upper: number | null;
  qualifier: QuantityQualifier;
}

const QUALIFIERS: Array<[string, QuantityQualifier]> = [
  ['more than', 'AT_LEAST'], ['over', 'AT_LEAST'], ['at least', 'AT_LEAST'], ['upwards of', 'AT_LEAST'], ['in excess of', 'AT_LEAST'],
  ['no fewer than', 'AT_LEAST'], ['no less than', 'AT_LEAST'],
  ['about', 'APPROXIMATELY'], ['around', 'APPROXIMATELY'], ['approximately', 'APPROXIMATELY'], ['roughly', 'APPROXIMATELY'], ['some', 'APPROXIMATELY'],
  ['nearly', 'APPROXIMATELY'], ['almost', 'APPROXIMATELY'], ['an estimated', 'APPROXIMATELY'], ['estimated', 'APPROXIMATELY'], ['close to', 'APPROXIMATELY'],
  ['up to', 'AT_MOST'], ['at most', 'AT_MOST'], ['fewer than', 'AT_MOST'], ['less than', 'AT_MOST'], ['as many as', 'AT_MOST'], ['under', 'AT_MOST'],
];
const QUALIFIER_BY_WORD = new Map(QUALIFIERS);

const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALES = 'hundred|thousand|million|billion';
const WORD = `(?:${UNIT_WORDS}|${TENS}|${SCALES})`;
const WORDS = `${WORD}(?:(?:[ -]|-?and )${WORD})*`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER = String.raw`(?:(?:${DIGITS})(?:[ -](?:${SCALES}))?|(?:a )?${WORDS})`;
const VAGUE = String.raw`tens of thousands|hundreds of thousands|several dozen|several hundred|several thousand|dozens|hundreds|thousands|a dozen`;
const QUALIFIER = QUALIFIERS.map(([w]) => w).sort((a, b) => b.length - a.length).join('|');

const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,-])(?:(?<qualifier>${QUALIFIER}) )?(?:(?<vague>${VAGUE})|between (?<blow>${NUMBER}) and (?<bhigh>${NUMBER})|(?<low>${NUMBER})(?:(?: ?- ?| to )(?<high>${NUMBER}))?)(?![\p{L}\p{N}]|,\d|%| ?per ?cent| percent)`,
  'giu',
);

const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const NOT_COUNTED_AFTER = /^ ?(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres|kilometers|miles|metres|meters|am|pm|a\.m\.|p\.m\.|GMT|BST)\b/i;

/** Every quantity in a sentence, left to right, as offsets into it. */
export function findQuantities(sentence: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const m of sentence.matchAll(PATTERN)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = sentence.slice(end);
    const before = sentence.slice(0, start);
    if (MONTH_BEFORE.test(before) || NOT_COUNTED_AFTER.test(after)) continue;
    if (g.low && YEAR.test(g.low) && !g.high) continue;
    if (g.low && g.high && YEAR.test(g.low) && YEAR.test(g.high)) continue;
    // "some" and "about" before a word that is no number: not a qualifier of anything here.
    let qualifier: QuantityQualifier = g.qualifier ? (QUALIFIER_BY_WORD.get(g.qualifier.toLowerCase()) ?? 'EXACTLY') : 'EXACTLY';
    let value: number | null;
    let upper: number | null = null;
    if (g.vague) {
      const vague = vagueAmount(g.vague.toLowerCase());
      value = vague.value;
      if (!g.qualifier) qualifier = vague.qualifier;
    } else {
      const low = g.low ?? g.blow ?? '';
      const high = g.high ?? g.bhigh;
      // "a" alone is no number; "one" is one too often in "one of", "one side".
      if (/^(?:a|one)$/i.test(low.trim()) && !g.qualifier) continue;
      value = numberValue(low);
      upper = high ? numberValue(high) : null;
    }
    if (value === null || Number.isNaN(value)) continue;
    if (upper !== null && (Number.isNaN(upper) || upper <= value)) upper = null;
    found.push({ start, end, value, upper, qualifier });
  }
  return found;
}

function vagueAmount(word: string): { value: number; qualifier: QuantityQualifier } {
  switch (word) {
    case 'a dozen':
      return { value: 12, qualifier: 'APPROXIMATELY' };
    case 'dozens':
    case 'several dozen':
      return { value: 24, qualifier: 'AT_LEAST' };
    case 'hundreds':
    case 'several hundred':
      return { value: 200, qualifier: 'AT_LEAST' };
    case 'thousands':
    case 'several thousand':
      return { value: 2000, qualifier: 'AT_LEAST' };
    case 'tens of thousands':
      return { value: 20000, qualifier: 'AT_LEAST' };
    default:
      return { value: 200000, qualifier: 'AT_LEAST' };
  }
}

const SCALE_VALUE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

/** The value of one number as written: digits, digits with a scale word, or words (by compromise). */
export function numberValue(text: string): number | null {
  const t = text.trim().toLowerCase();
  const digits = /^([\d,]+(?:\.\d+)?)(?:[ -](hundred|thousand|million|billion))?$/.exec(t);
  if (digits) {
    const base = Number((digits[1] ?? '').replace(/,/g, ''));
    return digits[2] ? Math.round(base * (SCALE_VALUE[digits[2]] ?? 1)) : base;
  }
  const cached = spelled.get(t);
  if (cached !== undefined) return cached;
  const parsed = compromise()(t.replace(/^a /, 'one ')).numbers().get() as unknown[];
  const first = parsed[0];
  const value = typeof first === 'number' ? first : null;
  if (spelled.size < 10_000) spelled.set(t, value);
  return value;
}

/** Spelled-out numbers already read: few phrases ("two", "a dozen", "twenty-five") come back again and again. */
const spelled = new Map<string, number | null>();

type Compromise = typeof import('compromise');
let loaded: Compromise | null = null;

/** compromise, loaded on the first spelled-out number (it takes a quarter of a second to load). */
function compromise(): Compromise {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('compromise') as Compromise;
  return loaded;
}
