import type { RuleEntry } from './types';

/** Structure: PART_OF, only where the text says a unit belongs to a force. */
export const STRUCTURE_RULES: RuleEntry[] = [
  {
    name: 'part of',
    predicates: ['PART_OF'],
    matches: 'a force that is "part of", "belongs to", is "attached to" or "subordinate to" another force or a country',
    builds: 'PART_OF from the unit to the larger force (a country stands for its national force)',
    examples: [{ text: 'The 155th Marine Brigade, part of the Russian Pacific Fleet, fought near Kurakhove.', claims: ['155th Marine Brigade PART_OF Russian Pacific Fleet'] }],
    pattern: String.raw`{FORCE:unit},? (?:which is |is |was |a unit |one of the units )?(?:part of|belongs to|belonging to|attached to|subordinate to|a unit of) (?:the )?{SIDE:whole}`,
    build: (match, ctx) => {
      const unit = ctx.force(match.groups.unit);
      const whole = ctx.force(match.groups.whole);
      return unit && whole && unit.name !== whole.name ? [{ subject: unit, predicate: 'PART_OF', object: whole }] : [];
    },
  },
];
