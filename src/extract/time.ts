import { resolveMonthBefore, type PartialDate } from '../support';

/**
 * Time expressions of a sentence, resolved against the article's publication date with the
 * precision the words carry. A date is an event's time: the rules keep it apart from the time of
 * the report ("the ministry said on Monday"), which the attribution takes out first.
 *
 * - "on Monday", "last Monday": the latest Monday on or before publication (DAY); wire copy names the
 *   day of publication by its weekday too;
 * - "yesterday", "today": DAY;
 * - "on March 3", "3 March", "March 3, 2024": DAY, the latest such day on or before publication when
 *   no year is given;
 * - "this week", "earlier this week": its Monday to publication, DAY; "last week", "last month", "over the
 *   past month" pin nothing (the gold set's convention: too loose to be the fact's own time);
 * - "in October", "October": the latest October on or before publication (MONTH); "October 2024": MONTH;
 * - "this month", "earlier this month": MONTH;
 * - "this year", "last year", "in 2023": YEAR;
 * - "since December", "since 2022", "since last year": the start only (`since: true`).
 * Relative expressions need the publication date; absolute ones ("October 2024") do not.
 */
export interface FoundTime {
  start: number;
  end: number;
  from: PartialDate | null;
  to: PartialDate | null;
  /** "since …": a start with no end. */
  since: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

type Resolver = (m: RegExpExecArray, published: PartialDate | null) => Omit<FoundTime, 'start' | 'end'> | null;

const point = (d: PartialDate | null, since = false) => (d ? { from: d, to: since ? null : d, since } : null);
const span = (from: PartialDate, to: PartialDate) => ({ from, to, since: false });

/** The second day of a range written with one month: "July 25 to 27", "25 and 27 July" (not "25 and 2,000"). */
const DAY2 = String.raw`(?:to|and|through|until|-|–)\s?(?<day2>\d{1,2})(?:st|nd|rd|th)?(?![\d,.]\d)`;

const PATTERNS: Array<[RegExp, Resolver]> = [
  // "between July 25 and 27", "on December 14 to 16", "from 27 to 28 July": both days, one month.
  [new RegExp(String.raw`\b(?:(?:[Bb]etween|[Ff]rom|on) )?(?<month>${MONTH}) (?<day>\d{1,2})(?:st|nd|rd|th)? ?${DAY2}(?:,? (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => dayRange(m, p)],
  [new RegExp(String.raw`\b(?:(?:[Bb]etween|[Ff]rom|on) )?(?<day>\d{1,2})(?:st|nd|rd|th)? ?${DAY2} (?<month>${MONTH})(?: (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => dayRange(m, p)],
  // "since January 26", "since 26 January": the start, to the day.
  [new RegExp(String.raw`\b[Ss]ince (?<month>${MONTH}) (?<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => point(dayDate(m, p), true)],
  [new RegExp(String.raw`\b[Ss]ince (?<day>\d{1,2})(?:st|nd|rd|th)? (?<month>${MONTH})(?: (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => point(dayDate(m, p), true)],
  [new RegExp(String.raw`\b(?<since>[Ss]ince|[Ff]rom) (?:early |late |mid-?)?(?<month>${MONTH})(?: (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => point(monthDate(m, p), true)],
  [/\b[Ss]ince (?<year>(?:19|20)\d\d)\b/g, (m) => point(year(m.groups?.year), true)],
  [/\b[Ss]ince last year\b/g, (_m, p) => point(p ? yearOf(p, -1) : null, true)],
  [new RegExp(String.raw`\b(?:on )?(?:${WEEKDAY}, )?(?<month>${MONTH}) (?<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => point(dayDate(m, p))],
  [new RegExp(String.raw`\b(?:on )?(?<day>\d{1,2})(?:st|nd|rd|th)? (?<month>${MONTH})(?: (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => point(dayDate(m, p))],
  [new RegExp(String.raw`\b(?:(?:on|last|late on|early on) )?(?<weekday>${WEEKDAY})(?: (?:night|morning|evening|afternoon))?\b`, 'g'), (m, p) => point(p ? weekday(m.groups?.weekday ?? '', p) : null)],
  [/\byesterday\b/gi, (_m, p) => point(p ? addDays(p, -1) : null)],
  [/\btoday\b/gi, (_m, p) => point(p && p.precision === 'DAY' ? p : null)],
  [/\b(?:last|past|previous) (?:week|month|few (?:days|weeks|months))\b|\bover the (?:past|last) (?:\d+ |[a-z]+ )?(?:hours?|days?|weeks?|months?)\b/gi, () => null],
  [/\b(?:earlier )?this week\b/gi, (_m, p) => (p && p.precision === 'DAY' ? week(p, 0) : null)],
  [/\b(?:earlier |later )?this month\b/gi, (_m, p) => point(p && p.precision !== 'YEAR' ? { iso: p.iso.slice(0, 7), precision: 'MONTH' } : null)],
  [/\b(?:earlier )?this year\b/gi, (_m, p) => point(p ? yearOf(p, 0) : null)],
  [/\blast year\b/gi, (_m, p) => point(p ? yearOf(p, -1) : null)],
  [new RegExp(String.raw`\b(?:(?:in|during|by|of|early|late|mid-?|until) )?(?<month>${MONTH})(?: (?<year>(?:19|20)\d\d))?\b`, 'g'), (m, p) => (isMonthWord(m) ? point(monthDate(m, p)) : null)],
  [/\b(?:in|during|of) (?<year>(?:19|20)\d\d)\b/g, (m) => point(year(m.groups?.year))],
];

/** Every time expression of a sentence, left to right, without overlaps (the longest first). */
export function findTimes(sentence: string, published: PartialDate | null): FoundTime[] {
  const found: FoundTime[] = [];
  for (const [pattern, resolve] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const value = resolve(m as RegExpExecArray, published);
      found.push({ start, end, from: value?.from ?? null, to: value?.to ?? null, since: value?.since ?? /^(since|from)\b/i.test(m[0]) });
    }
  }
  return joinRanges(sentence, found.sort((a, b) => a.start - b.start));
}

/**
 * Two times written as one span: "between December 5 and January 10", "from October to December",
 * "on Friday and Saturday" (two days joined by "and" are a span only when both are days, or after
 * "between": "in October and December" stays two months). The span runs from the first's start to
 * the second's end, and covers the words "between"/"from" before it.
 */
function joinRanges(sentence: string, times: FoundTime[]): FoundTime[] {
  const out: FoundTime[] = [];
  for (const t of times) {
    const prev = out[out.length - 1];
    const gap = prev ? sentence.slice(prev.end, t.start) : '';
    const lead = prev ? /\b(?:[Bb]etween|[Ff]rom) $/.exec(sentence.slice(Math.max(0, prev.start - 8), prev.start)) : null;
    const between = Boolean(lead) && /^between/i.test(lead?.[0] ?? '');
    const startsFrom = prev ? /^[Ff]rom\b/.test(sentence.slice(prev.start, prev.end)) || /^from/i.test(lead?.[0] ?? '') : false;
    const joined = prev && prev.from && t.from && (t.to ?? t.from).iso >= prev.from.iso && (
      (/^ (?:and|to|through|until|till) (?:on )?$|^ ?[-–] ?$/.test(gap) && (/^ ?(?:to|through|until|till|[-–])/.test(gap) ? true : between || (prev.from.precision === 'DAY' && t.from.precision === 'DAY'))) ||
      (startsFrom && /^ (?:to|until|till) $/.test(gap))
    );
    if (prev && joined) {
      out[out.length - 1] = { start: lead ? prev.start - lead[0].length : prev.start, end: t.end, from: prev.from, to: t.to ?? t.from, since: false };
      continue;
    }
    out.push(t);
  }
  return out;
}

function dayRange(m: RegExpExecArray, p: PartialDate | null): Omit<FoundTime, 'start' | 'end'> | null {
  const from = dayDate(m, p);
  if (!from) return null;
  const day2 = Number(m.groups?.day2);
  const to = dayDate({ ...m, groups: { ...m.groups, day: String(day2) } } as unknown as RegExpExecArray, p);
  if (!to || to.iso < from.iso) return point(from);
  return span(from, to);
}

/** "May" is a month only when written as one: capitalised after "in", "since", "early"… or before a year. */
function isMonthWord(m: RegExpExecArray): boolean {
  const month = m.groups?.month ?? '';
  if (month !== 'May') return true;
  return m[0] !== 'May' || Boolean(m.groups?.year);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((name) => name.startsWith(w.slice(0, 3))) + 1;
}

function monthDate(m: RegExpExecArray, p: PartialDate | null): PartialDate | null {
  const month = monthIndex(m.groups?.month ?? '');
  if (month < 1) return null;
  if (m.groups?.year) return { iso: `${m.groups.year}-${pad(month)}`, precision: 'MONTH' };
  if (!p || p.precision === 'YEAR') return null;
  return resolveMonthBefore(month, p);
}

function dayDate(m: RegExpExecArray, p: PartialDate | null): PartialDate | null {
  const month = monthIndex(m.groups?.month ?? '');
  const day = Number(m.groups?.day);
  if (month < 1 || day < 1 || day > 31) return null;
  let y: number;
  if (m.groups?.year) y = Number(m.groups.year);
  else if (p && p.precision !== 'YEAR') {
    y = Number(p.iso.slice(0, 4));
    const candidate = `${y}-${pad(month)}-${pad(day)}`;
    if (candidate.slice(0, p.iso.length) > p.iso) y -= 1;
  } else return null;
  const iso = `${y}-${pad(month)}-${pad(day)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? { iso, precision: 'DAY' } : null;
}

function weekday(name: string, p: PartialDate): PartialDate | null {
  if (p.precision !== 'DAY') return null;
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = new Date(`${p.iso}T00:00:00Z`).getUTCDay();
  return addDays(p, -((today - target + 7) % 7));
}

function week(p: PartialDate, offset: number) {
  const today = new Date(`${p.iso}T00:00:00Z`).getUTCDay();
  const monday = addDays(p, -((today + 6) % 7) + 7 * offset) as PartialDate;
  const sunday = offset === 0 ? p : (addDays(monday, 6) as PartialDate);
  return span(monday, sunday);
}

function addDays(p: PartialDate, days: number): PartialDate | null {
  if (p.precision !== 'DAY') return null;
  const d = new Date(`${p.iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { iso: d.toISOString().slice(0, 10), precision: 'DAY' };
}

const yearOf = (p: PartialDate, by: number): PartialDate => ({ iso: String(Number(p.iso.slice(0, 4)) + by), precision: 'YEAR' });
const year = (y: string | undefined): PartialDate | null => (y ? { iso: y, precision: 'YEAR' } : null);
const pad = (n: number) => String(n).padStart(2, '0');
