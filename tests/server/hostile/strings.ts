/**
 * Hostile text for string arguments: injection attempts against Cypher and Lucene's query syntax,
 * odd Unicode, sizes at and past the limits, and values that look like other types. Every entry is
 * a plain JS string; the documents put it either into a GraphQL literal or into the variables.
 */

/** Attempts to break out of a Cypher string, splice a clause in, or name a parameter. */
export const CYPHER_INJECTIONS: readonly string[] = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "x' }) WITH 1 AS x MATCH (m) SET m.pwned = true RETURN m //",
  '`) DETACH DELETE n //',
  '`Entity`',
  '``',
  '$param',
  '$ids',
  '{id: $id}',
  '; MATCH (n) DETACH DELETE n',
  '*/ MATCH (n) DETACH DELETE n /*',
  "CALL db.labels() YIELD label RETURN label",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  '\\u0027) RETURN 1 //',
  "') DETACH DELETE n //",
];

/** Lucene query syntax, which the full-text search must take as plain words. */
export const LUCENE_SYNTAX: readonly string[] = [
  '*',
  '?',
  '~',
  'north~2',
  'AND OR NOT',
  'a AND',
  'OR',
  '"',
  '"unterminated',
  '\\',
  '\\\\',
  'field:',
  'name:north*',
  '*:*',
  '(',
  ')',
  '[a TO z]',
  '{a TO z}',
  'korea^100',
  '+-&&||!(){}[]^"~*?:\\/',
  '/regex.*/',
];

/** Surrogates, direction marks, invisible and control characters, emoji, combining marks. */
export const ODD_UNICODE: readonly string[] = [
  '\uD800',
  '\uDC00',
  '\uDC00\uD800',
  'North\uD800Korea',
  '\u202Eaerok htron',
  'كوريا الشمالية',
  'צפון קוריאה',
  '\u200B\u200C\u200D\uFEFF',
  'North\u200BKorea',
  '\u0000',
  'Kursk\u0000 OR 1=1',
  '\u0001\u0008\u001F\u007F',
  '🇰🇵💥👩‍👩‍👧‍👦',
  'Z̤̈͠a̴l̶g̸o̵',
  '\uFFFF\uFFFE',
  '北朝鲜',
  'Ｎｏｒｔｈ　Ｋｏｒｅａ',
  'İı ß ﬁ',
  'line\u2028separator\u2029',
  '\r\n\t',
];

/** Values that look like something else, or sit at the edges of the accepted formats. */
export const ODD_VALUES: readonly string[] = [
  '',
  ' ',
  '2024-13-45',
  '2024-02-30',
  '0000',
  '-2024',
  '99999-01',
  '2024-12-27T00:00:00Z',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '%s%s%n',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://',
  'http://[::1',
  'query { __schema { types { name } } }',
  '"}}]}',
];

/** Cursors this API never issued, including well-encoded ones that carry hostile ids or keys. */
export const FORGED_CURSORS: readonly string[] = [
  'not-a-cursor',
  '%%%',
  b64('id:'),
  b64("id:' OR 1=1 //"),
  b64('id:"}) MATCH (n) DETACH DELETE n //'),
  b64('k:'),
  b64('k:[1e308,"x"]'),
  b64('k:[{},"x"]'),
  b64('k:["a"]'),
  b64('k:[null,"\\u0000"]'),
  b64('k:["2024-12","$param"]'),
  b64('k:[-1,"*"]'),
  b64('k:{"__proto__":1}'),
];

/** All of the above: what random documents draw their strings from. */
export const HOSTILE_STRINGS: readonly string[] = [...CYPHER_INJECTIONS, ...LUCENE_SYNTAX, ...ODD_UNICODE, ...ODD_VALUES];

/** Odd values every string argument gets in the coverage pass (the rest are sampled per argument). */
export const ALWAYS_ODD: readonly string[] = [
  '',
  ' ',
  '\uD800',
  'North\uD800Korea',
  '\u202Eaerok htron',
  'North\u200BKorea',
  'Kursk\u0000 OR 1=1',
  '🇰🇵💥👩‍👩‍👧‍👦',
  // Search once failed on these: too many Lucene clauses, and a prefix automaton too large.
  Array.from({ length: 800 }, (_, i) => `w${i}`).join(' '),
  'x'.repeat(5_001),
];

/**
 * The strings one argument gets in the coverage pass: every injection and every piece of Lucene
 * syntax, the odd values above, and `sampled` more drawn from the rest (sizes included).
 */
export function coverageStrings(pick: (items: readonly string[], count: number) => string[], sampled: number): string[] {
  const rest = [...ODD_UNICODE, ...ODD_VALUES, ...sizedStrings()].filter((s) => !ALWAYS_ODD.includes(s));
  return [...CYPHER_INJECTIONS, ...LUCENE_SYNTAX, ...ALWAYS_ODD, ...pick(rest, sampled)];
}

/** Texts that stress sizes: many words (each becomes Lucene clauses), long words, big bodies. */
export function sizedStrings(): string[] {
  return [
    'A'.repeat(201),
    'x'.repeat(5_001),
    Array.from({ length: 800 }, (_, i) => `w${i}`).join(' '),
    Array.from({ length: 400 }, () => 'korea').join(' '),
    'kursk~ '.repeat(300),
    `${'n'.repeat(300)}`,
    '\uD800'.repeat(1_000),
    '🇰🇵'.repeat(2_000),
    'ﬃ'.repeat(400),
  ];
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
