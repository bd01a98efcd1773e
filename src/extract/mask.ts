import type { Mention, MentionLetter } from './mentions';

/**
 * The sentence as the rules read it: every mention replaced by «<letter><index>», so a rule says
 * "a force captured a person" once, for every country's forces and every way of naming them.
 *
 * @example mask('Ukrainian forces captured a North Korean soldier.', mentions) // "«F0» captured «P1»."
 */
export function mask(sentence: string, mentions: Mention[]): string {
  let out = '';
  let at = 0;
  mentions.forEach((m, i) => {
    out += sentence.slice(at, m.start) + `«${m.letter}${i}»`;
    at = m.end;
  });
  return out + sentence.slice(at);
}

/**
 * Slots a rule's pattern may use, each standing for a placeholder of these kinds. `{SIDE:subject}`
 * captures the placeholder into the named group `subject`; `{SIDE}` matches one without capturing.
 */
export const SLOTS: Record<string, MentionLetter[]> = {
  FORCE: ['F'],
  STATE: ['C'],
  SIDE: ['C', 'F'],
  ACTOR: ['C', 'F', 'O'],
  ORG: ['O'],
  PERSON: ['P'],
  PLACE: ['L'],
  WHERE: ['L', 'C'],
  CAPTIVE: ['P', 'F'],
  QTY: ['Q'],
  TIME: ['T'],
  SPEAKER: ['C', 'O', 'P', 'F'],
  ANY: ['C', 'F', 'O', 'P', 'L', 'Q', 'T'],
};

/** A rule's pattern with its slots expanded into a case-insensitive regular expression. */
export function compilePattern(pattern: string): RegExp {
  const source = pattern.replace(/(?<!\\[pP])\{([A-Z]+)(?::([a-zA-Z0-9]+))?\}/g, (_all, slot: string, name: string | undefined) => {
    const letters = SLOTS[slot];
    if (!letters) throw new Error(`expected a slot among ${Object.keys(SLOTS).join(', ')}, but got {${slot}}`);
    const token = `«[${letters.join('')}]\\d+»`;
    return name ? `(?<${name}>${token})` : token;
  });
  return new RegExp(source, 'giu');
}

/** The index of the mention a placeholder stands for: "«F3»" → 3. */
export function placeholderIndex(placeholder: string): number {
  return Number(placeholder.slice(2, -1));
}
