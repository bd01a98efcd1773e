import type { ExtractedEntity } from '../model';
import type { RuleEntry } from './types';
import { AUX } from './types';

/** "21st, 61st and 92nd": the ordinals of a list of units. */
const ORDINAL = String.raw`\d+(?:st|nd|rd|th)`;
const ECHELONS = String.raw`(?<echelon>brigades|divisions|regiments|battalions|corps|companies)`;
const BELONG = String.raw`(?:belong to|belonging to|(?:are |were )?(?:part of|attached to|subordinate to|under the command of))`;

/** "21st", "mechanized ", "brigades" → "21st Mechanized Brigade": one unit of a list, named as a unit is named alone. */
function unitNamed(ordinal: string, kind: string, echelon: string): string {
  const singular = echelon.toLowerCase() === 'corps' ? 'corps' : echelon.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const words = `${kind} ${singular}`.trim().split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  return `${ordinal} ${words.join(' ')}`;
}

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
    speakerToo: true,
    // Whose unit it is is the outlet's naming, not what the speaker reports (as where a town lies).
    outletVoice: true,
    build: (match, ctx) => {
      const m = ctx.mention(match.groups.unit);
      return m?.statedPartOf && m.entity?.partOf ? [{ subject: m.entity, predicate: 'PART_OF', object: m.entity.partOf }] : [];
    },
  },
  {
    name: 'part of (unit list)',
    needs: /\d(?:st|nd|rd|th)\b/,
    predicates: ['PART_OF'],
    matches: 'a list of numbered units sharing one echelon noun, "of" a force or followed by "all of which belong to" one: "the 21st and 61st mechanized brigades of the Armed Forces of Ukraine", "the 92nd, 94th and 95th brigades, all of which belong to the 11th Corps"',
    builds: 'PART_OF from each unit of the list (named as it would be alone: "21st Mechanized Brigade") to the force',
    examples: [
      { text: 'Drones hit the 24th and 58th motorised brigades of the Russian army.', claims: ['24th Motorised Brigade PART_OF Russian troops', '58th Motorised Brigade PART_OF Russian troops'] },
      { text: 'Three units took part: the 3rd, 5th and 7th battalions, all of which belong to the 2nd Corps.', claims: ['3rd Battalion PART_OF 2nd Corps', '5th Battalion PART_OF 2nd Corps', '7th Battalion PART_OF 2nd Corps'] },
      { text: 'The 24th and 58th motorised brigades may belong to the Russian army.', claims: [] },
      { text: 'The 24th and 58th anniversaries of the Russian army were marked.', claims: [] },
    ],
    pattern: String.raw`\b(?<list>${ORDINAL}(?:, ${ORDINAL})*,? (?:and|&) ${ORDINAL}) (?<kind>(?:[a-z-]+ ){0,2}?)${ECHELONS}(?: of (?:the )?{SIDE:whole}|,? (?:(?:all|both|each|which|all of which|both of which|each of which|which all|which both) )?${BELONG} (?:the )?{SIDE:whole2})`,
    build: (match, ctx) => {
      const g = match.groups;
      const whole = ctx.force(g.whole ?? g.whole2);
      if (!whole) return [];
      return [...(g.list ?? '').matchAll(new RegExp(ORDINAL, 'g'))].map((o) => {
        const unit: ExtractedEntity = { kind: 'ARMED_FORCE', name: unitNamed(o[0], g.kind ?? '', g.echelon ?? ''), aliases: [], partOf: whole };
        return { subject: unit, predicate: 'PART_OF' as const, object: whole };
      });
    },
  },
  {
    name: 'part of (possessive)',
    needs: /»'s /,
    predicates: ['PART_OF'],
    matches: 'a numbered or named unit after a force\'s possessive: "the Sudanese army\'s 6th Infantry Division", also as the speaker of the sentence',
    builds: 'PART_OF from the unit to the force',
    examples: [
      { text: "The Sudanese army's 16th Infantry Division said it had repelled an attack.", claims: ['16th Infantry Division PART_OF Sudanese troops'] },
      { text: "The RSF said it had seized the Sudanese army's 22nd Infantry Division headquarters.", claims: ['22nd Infantry Division PART_OF Sudanese troops'] },
      { text: 'The Sudanese army and the 16th Infantry Division said they had repelled an attack.', claims: [] },
    ],
    pattern: String.raw`{FORCE:whole}'s (?:elite |own )?{FORCE:unit}`,
    speakerToo: true,
    build: (match, ctx) => {
      const unit = ctx.mention(match.groups.unit);
      const whole = ctx.force(match.groups.whole);
      return unit?.head === 'unit' && unit.entity && whole && unit.entity.name !== whole.name ? [{ subject: { ...unit.entity, partOf: whole }, predicate: 'PART_OF', object: whole }] : [];
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
