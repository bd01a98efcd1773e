import type { RuleEntry } from './types';
import { AUX } from './types';

/** Structure: PART_OF, only where the text says a unit belongs to a force. */
export const STRUCTURE_RULES: RuleEntry[] = [
  {
    name: 'part of',
    predicates: ['PART_OF'],
    matches: 'a force that is "part of", "belongs to", is "attached to" or "subordinate to" another force or a country',
    builds: 'PART_OF from the unit to the larger force (a country stands for its national force)',
    examples: [{ text: 'The 155th Marine Brigade, part of the Russian Pacific Fleet, fought near Kurakhove.', claims: ['155th Marine Brigade PART_OF Pacific Fleet'] }],
    pattern: String.raw`{FORCE:unit},? (?:which is |is |was |a unit |one of the units )?(?:part of|belongs to|belonging to|attached to|subordinate to|a unit of) (?:the )?{SIDE:whole}`,
    build: (match, ctx) => {
      const unit = ctx.force(match.groups.unit);
      const whole = ctx.force(match.groups.whole);
      return unit && whole && unit.name !== whole.name ? [{ subject: unit, predicate: 'PART_OF', object: whole }] : [];
    },
  },
  {
    name: 'part of (integrated)',
    predicates: ['PART_OF'],
    matches: 'a force "integrated", "incorporated" or "embedded" into one or two others',
    builds: 'PART_OF from the force to each force it was put into',
    examples: [{ text: 'North Korean troops have been integrated into the 11th Airborne Assault Brigade and the 810th Naval Infantry Brigade.', claims: ['North Korean troops PART_OF 11th Airborne Assault Brigade', 'North Korean troops PART_OF 810th Naval Infantry Brigade'] }],
    pattern: String.raw`{FORCE:unit} ${AUX}(?:(?:have|has|had) )?(?:been |were |was )?(?:integrated|incorporated|embedded|absorbed|merged) into (?:the )?{FORCE:whole}(?: and (?:the )?{FORCE:whole2})?`,
    build: (match, ctx) => {
      const unit = ctx.force(match.groups.unit);
      return [match.groups.whole, match.groups.whole2].flatMap((w) => {
        const whole = w ? ctx.force(w) : null;
        return unit && whole && unit.name !== whole.name ? [{ subject: unit, predicate: 'PART_OF' as const, object: whole }] : [];
      });
    },
  },
  {
    name: 'part of (owned unit)',
    predicates: ['PART_OF'],
    matches: 'a named unit the text gives an owner: "Russia\'s 155th Marine Brigade", "the army\'s 14th Infantry Division", "Hezbollah\'s Radwan Force"',
    builds: 'PART_OF from the unit to its national force or group',
    examples: [{ text: "The army's 14th Infantry Division repelled the assault on Kadugli.", claims: [] }],
    pattern: String.raw`{FORCE:unit}`,
    build: (match, ctx) => {
      const m = ctx.mention(match.groups.unit);
      return m?.statedPartOf && m.entity?.partOf ? [{ subject: m.entity, predicate: 'PART_OF', object: m.entity.partOf }] : [];
    },
  },
  {
    name: 'part of (of)',
    predicates: ['PART_OF'],
    matches: 'a numbered unit "of" a force: "the 21st mechanized brigade of the Armed Forces of Ukraine"',
    builds: 'PART_OF from the unit to the force',
    examples: [{ text: 'Artillery struck the 21st Mechanized Brigade of the Armed Forces of Ukraine.', claims: ['21st Mechanized Brigade PART_OF Ukrainian troops'] }],
    pattern: String.raw`{FORCE:unit} of (?:the )?{FORCE:whole}`,
    build: (match, ctx) => {
      const unit = ctx.mention(match.groups.unit);
      const whole = ctx.force(match.groups.whole);
      return unit?.head === 'unit' && unit.entity && whole && unit.entity.name !== whole.name ? [{ subject: unit.entity, predicate: 'PART_OF', object: whole }] : [];
    },
  },
];
