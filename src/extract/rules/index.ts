import { compilePattern } from '../mask';
import { CAPTURE_RULES } from './capture';
import { CASUALTY_RULES } from './casualties';
import { CONTROL_RULES } from './control';
import { DEPLOYMENT_RULES } from './deployment';
import { RELATION_RULES } from './relations';
import { STRUCTURE_RULES } from './structure';
import type { RuleEntry } from './types';

export type { ClaimDraft, RuleContext, RuleEntry, RuleMatch } from './types';

/** Every rule entry, in the order they are applied. One list: docs/extraction.md is generated from it. */
export const RULES: readonly RuleEntry[] = [...CAPTURE_RULES, ...DEPLOYMENT_RULES, ...CASUALTY_RULES, ...CONTROL_RULES, ...RELATION_RULES, ...STRUCTURE_RULES];

/** The rules with their patterns compiled, once per process. */
export const COMPILED: ReadonlyArray<{ rule: RuleEntry; patterns: RegExp[] }> = RULES.map((rule) => ({
  rule,
  patterns: (Array.isArray(rule.pattern) ? rule.pattern : [rule.pattern]).map(compilePattern),
}));

const names = new Set<string>();
for (const rule of RULES) {
  if (names.has(rule.name)) throw new Error(`expected unique rule names, but got "${rule.name}" twice`);
  names.add(rule.name);
}
