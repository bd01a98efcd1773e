import type { ClaimDraft, RuleContext, RuleEntry, RuleMatch } from './types';
import { ADV, AUX, PASSIVE } from './types';

/**
 * Captures of people and forces: CAPTURED_BY, subject the captive, object the captor (a country
 * stands for its national force). A single unnamed captive becomes "Captured <Demonym> soldier"; an
 * injured or wounded one is also WOUNDED. Places taken are SEIZED (control.ts), not captured.
 */
function captured(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  const g = match.groups;
  const captive = ctx.mention(g.captive);
  const captor = g.captor ? ctx.force(g.captor) : null;
  if (!g.captive && !g.qty) {
    // "took them prisoner": the captives the article named last.
    const them = ctx.lastCaptive();
    return them && captor ? [{ subject: them, predicate: 'CAPTURED_BY', object: captor }] : [];
  }
  if (!g.captive) {
    const counted = ctx.countedBefore(g.qty);
    return counted ? [{ subject: counted, predicate: 'CAPTURED_BY', object: captor, quantity: ctx.quantity(g.qty, 'soldiers') }] : [];
  }
  if (!captive?.entity) return [];
  if (captive.letter === 'P') {
    const person = captive.coreferent || !captive.entity.description?.startsWith('an unnamed')
      ? captive.entity
      : { ...captive.entity, name: `Captured ${captive.entity.name}` };
    ctx.rename(captive.entity, person);
    const claims: ClaimDraft[] = [{ subject: person, predicate: 'CAPTURED_BY', object: captor }];
    if (captive.wounded) claims.push({ subject: person, predicate: 'WOUNDED', object: null });
    return claims;
  }
  const subject = ctx.force(g.captive);
  if (!subject) return [];
  return [{ subject, predicate: 'CAPTURED_BY', object: captor, quantity: ctx.quantity(g.qty, captive.head ?? null) }];
}

export const CAPTURE_RULES: RuleEntry[] = [
  {
    name: 'capture',
    predicates: ['CAPTURED_BY', 'WOUNDED'],
    matches: 'a country or force that captured, detained or took prisoner a person or (a number of) a force',
    builds: 'CAPTURED_BY from the captive to the captor; WOUNDED too when the captive is said to be injured or wounded',
    examples: [
      { text: 'Ukrainian forces captured an injured North Korean soldier.', claims: ['Captured North Korean soldier CAPTURED_BY Ukrainian troops', 'Captured North Korean soldier WOUNDED -'] },
      { text: 'The Rapid Support Forces have detained 30 Sudanese soldiers.', claims: ['Sudanese troops CAPTURED_BY Rapid Support Forces [EXACTLY 30 soldiers]'] },
      { text: 'The Arakan Army overran the base and took 120 Myanmar soldiers prisoner.', claims: ['Burmese troops CAPTURED_BY Arakan Army [EXACTLY 120 soldiers]'] },
      { text: 'Two Russian soldiers were captured near Vovchansk. Ukrainian marines took them prisoner on Monday.', claims: ['Russian troops CAPTURED_BY Ukrainian marines'] },
    ],
    pattern: [
      // Not "seized the army's 22nd Division headquarters": a place named after a force is no captive.
      String.raw`{SIDE:captor} ${ADV}${AUX}${ADV}(?:captured|detained|took prisoner|taken prisoner|seized) (?:{QTY:qty} )?{CAPTIVE:captive}(?! (?:headquarters|base|bases|positions?|garrison|barracks|camp|airport|depot)\b)`,
      // "took 40 Sudanese soldiers prisoner", "and took several hundred government troops captive".
      String.raw`{SIDE:captor}[^;«]{0,60}? (?:took|taken|take) (?:{QTY:qty} )?(?:{CAPTIVE:captive}|them) (?:prisoner|prisoners|captive)\b`,
    ],
    build: captured,
  },
  {
    name: 'capture (passive)',
    predicates: ['CAPTURED_BY', 'WOUNDED'],
    matches: 'a person or (a number of) a force that was captured or taken prisoner, by a country or force when the sentence says so',
    builds: 'CAPTURED_BY from the captive to the captor, or to nothing when the captor is not named',
    examples: [
      { text: 'Two North Korean soldiers were captured by Ukrainian troops in Kursk.', claims: ['North Korean troops CAPTURED_BY Ukrainian troops [EXACTLY 2 soldiers]'] },
      { text: 'A wounded Congolese soldier was taken prisoner by M23.', claims: ['Captured Congolese soldier CAPTURED_BY M23', 'Captured Congolese soldier WOUNDED -'] },
      { text: 'The three Russian soldiers captured by Ukrainian forces in Kursk are in a camp near Lviv.', claims: ['Russian troops CAPTURED_BY Ukrainian troops [EXACTLY 3 soldiers]'] },
      { text: 'Ukrainian troops captured three Russian soldiers near Vovchansk. The three soldiers captured by Ukraine are being questioned.', claims: ['Russian troops CAPTURED_BY Ukrainian troops [EXACTLY 3 soldiers]'] },
    ],
    pattern: [
      String.raw`(?:{QTY:qty} )?{CAPTIVE:captive} ${ADV}${PASSIVE} ${ADV}(?:captured|taken prisoner|taken captive|detained)(?: (?:in|near|at) (?:the )?{WHERE})?(?: by (?:the )?{SIDE:captor})?`,
      // "the two soldiers captured by Ukraine in January": a participle after its noun, the captor named.
      String.raw`(?:{QTY:qty} )?{CAPTIVE:captive} (?:who were |that were )?(?:captured|taken prisoner|detained) by (?:the )?{SIDE:captor}`,
      // "the two soldiers captured by Ukraine": the number counted before, named again.
      String.raw`\bthe {QTY:qty} (?:soldiers|men|troops|fighters|prisoners|servicemen) (?:who were |that were |were |had been |have been )?(?:captured|taken prisoner) by (?:the )?{SIDE:captor}`,
    ],
    build: captured,
  },
  {
    name: 'capture (noun)',
    predicates: ['CAPTURED_BY', 'WOUNDED'],
    matches: '"the capture of" a person or force "by" a country or force',
    builds: 'CAPTURED_BY from the captive to the captor',
    examples: [{ text: 'The capture of a North Korean soldier by Ukrainian forces was confirmed.', claims: ['Captured North Korean soldier CAPTURED_BY Ukrainian troops'] }],
    pattern: String.raw`capture of (?:{QTY:qty} )?{CAPTIVE:captive} by (?:the )?{SIDE:captor}`,
    build: captured,
  },
];
