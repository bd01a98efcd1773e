/**
 * What keeps a matched statement from being a claim: it is negated, only possible, planned or
 * future, a near miss, or conditional. And what only weakens it: a hedge. Read over the clause of
 * the match, from the clause's start to the match's end (the placeholders of the masked sentence
 * already hold "nearly 3,000" as a quantity, so "nearly" here is the verb's).
 */
export type Blocker = 'NEGATION' | 'POSSIBILITY' | 'FUTURE' | 'NEAR_MISS' | 'CONDITIONAL';

const BLOCKERS: Array<[Blocker, RegExp]> = [
  ['CONDITIONAL', /\b(?:if|unless|in case|in the event that)\b/i],
  ['NEAR_MISS', /\b(?:about to|attempted to|attempting to|attempts? to|tried to|trying to|tries to|almost|nearly|narrowly|sought to|seeks? to|failed to|fails? to)\b/i],
  ['FUTURE', /\b(?:will|shall|would|is to|are to|was to|were to|(?:is|are|was|were) set to|(?:is|are) going to|plans? to|planned to|planning to|intends? to|intended to|preparing to|prepares to|prepared to|(?:is|are|was|were) expected|due to (?:be|arrive)|aims? to|threatens? to|threatened to|vowed to|vows? to|pledged? to|pledges to|promised to|promises? to|offered to|ready to|readying)\b|'ll\b/i],
  ['POSSIBILITY', /\b(?:may|might|could|can|possibly|possible|perhaps|potentially|potential|likely|unlikely|probably|(?:rule|ruled|ruling) out|exclude|excluded)\b/i],
  ['NEGATION', /\b(?:not|no|never|none|neither|nor|without|cannot)\b|n't\b/i],
];

const HEDGE = /\b(?:reportedly|allegedly|purportedly|apparently|(?:is|are|was|were) (?:believed|thought|said|reported|understood|estimated|alleged|suspected) to|appears? to|appeared to|seems? to|seemed to)\b/i;

export const BLOCKER_REASON: Record<Blocker, string> = {
  NEGATION: 'a negation, not a statement',
  POSSIBILITY: 'a possibility, not a statement',
  FUTURE: 'a plan or a future event, not a statement',
  NEAR_MISS: 'a near miss or an attempt, not a statement',
  CONDITIONAL: 'a condition, not a statement',
};

/** The first reason, in the order above, that the clause is not a plain statement; null when it is one. */
export function blockerIn(clause: string): Blocker | null {
  const text = clause.replace(/\bnot only\b/gi, '').replace(/\bno (?:fewer|less|more) than\b/gi, '');
  for (const [blocker, pattern] of BLOCKERS) if (pattern.test(text)) return blocker;
  return null;
}

export function isHedged(text: string): boolean {
  return HEDGE.test(text);
}

/** Where the clause holding position `at` starts: after the last ";", " but ", " while ", " whereas " or " - " before it. */
export function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(/;|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b| - | — |\. |, (?:which|who|where|after|before|as|until|and that)\b/gi)) start = (m.index ?? 0) + m[0].length;
  return start;
}
