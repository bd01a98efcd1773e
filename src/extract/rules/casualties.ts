import type { RelationshipType } from '../../generated/types';
import { lexicon } from '../lexicon';
import type { ClaimDraft, RuleContext, RuleEntry, RuleMatch } from './types';
import { ADV, AUX } from './types';

/**
 * Casualty figures: KILLED_IN, WOUNDED_IN, MISSING_IN, CAPTURED_BY (captured as a figure, object the
 * captor when "by <side>" follows, else nothing) and CASUALTIES_IN (only for a combined "killed or
 * wounded" or "casualties"). Each figure is its own claim: "about 400 killed and 1,900 wounded" is
 * two. The subject is the force the figure counts ("400 North Korean soldiers", "of them", or the
 * force that "suffered" it, or the one the sentence's previous figure counted); a figure of people ("25
 * people", "782 civilians") has them, named by that noun, as its subject. The object is the place named in the clause, else nothing.
 */
const PEOPLE = String.raw`(?<people>people|civilians|children|women|patients|residents|villagers|aid workers|emergency workers|health workers|medics|journalists|displaced people|peacekeepers|passers-by)`;
/** A side named by a plural noun: "100 of the attackers", "a dozen rebels" (see RuleContext.sideNamedBy). */
const SIDE_NOUN = String.raw`(?<noun>attackers|assailants|rebels|militants|insurgents|jihadists|separatists|terrorists)`;
/** "the two men", "the 40 soldiers": a number counted before, named again by a plain noun (after "the" only). */
const DEFINITE = String.raw`(?<definite>men|soldiers|troops|fighters|prisoners|servicemen|captives)`;
/** "23 Palestinians", "50 Russians": people named by a demonym in the plural (checked against the lexicon). */
const DEMONYM_PLURAL = String.raw`(?<demonyms>[A-Z][a-z]+s)`;
/** "70 members of the MNDAA", "3,500 of the group's fighters": the force those counted belong to. */
const MEMBERS_OF = String.raw`(?:(?:members|fighters|soldiers|troops|militants|combatants|elements) of (?:the |its |their )?)?`;
const GROUP_TAIL = String.raw`(?:'s (?:fighters|members|troops|soldiers|men|militants))?(?: (?:terrorist|rebel|armed|militant) group)?(?: and (?:their|its) allies| and (?:[a-z-]+ ){0,2}?(?:militiamen|militias|auxiliaries|allied fighters))?`;
const WHAT = String.raw`(?<what>killed or wounded|killed and wounded|killed or injured|killed and injured|dead or wounded|dead and wounded|wounded or killed|dead or missing|killed|dead|died|wounded|injured|missing in action|missing|captured|taken prisoner|casualties|losses)`;

function predicateOf(what: string): RelationshipType {
  if (/ (?:or|and) |casualties|losses|attrition/.test(what)) return 'CASUALTIES_IN';
  if (/killed|dead|died/.test(what)) return 'KILLED_IN';
  if (/wounded|injured/.test(what)) return 'WOUNDED_IN';
  if (/missing/.test(what)) return 'MISSING_IN';
  return 'CAPTURED_BY';
}

function figure(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  const g = match.groups;
  const what = (g.what ?? 'losses').toLowerCase();
  const predicate = predicateOf(what);
  const groupMention = ctx.mention(g.group);
  let subject = g.group ? (groupMention?.letter === 'P' ? groupMention.entity : ctx.force(g.group)) : null;
  if (!subject && g.people) subject = { kind: 'PERSON', name: g.people.toLowerCase(), aliases: [], description: 'unnamed victims' };
  if (!subject && g.noun) {
    subject = ctx.sideNamedBy(g.noun, match.index);
    if (!subject) return [];
  }
  if (!subject && g.definite) {
    if (!/\bthe $/i.test(match.text.slice(0, match.index))) return [];
    subject = ctx.countedBefore(g.qty);
    if (!subject) return [];
  }
  if (!subject && g.demonyms) {
    const country = lexicon().countries.byDemonym.get(g.demonyms.slice(0, -1));
    // Only a capitalised demonym: "Palestinians", never "veterans".
    if (!country || !/^[A-Z]/.test(g.demonyms)) return [];
    subject = { kind: 'PERSON', name: g.demonyms, aliases: [], description: 'unnamed victims' };
  }
  if (!subject) subject = ctx.state.casualtyGroup ?? null;
  // "The attack left at least 100 dead", "leaving 12 dead and 30 wounded": a figure with no noun of its own counts people.
  if (!subject && !g.be && /\b(?:leaving|left|leaves|leave|with)(?: behind)? $/.test(match.text.slice(0, match.index))) subject = { kind: 'PERSON', name: 'people', aliases: [], description: 'unnamed victims' };
  // "11,000 North Korean soldiers remained …, after some 4,000 were killed": a bare number counts the force named before it.
  if (!subject && g.be) {
    const forces = [...match.text.slice(0, match.index).matchAll(/«[FC]\d+»/g)];
    const last = forces[forces.length - 1];
    subject = last ? ctx.force(last[0]) : null;
  }
  if (!subject) return [];
  ctx.state.casualtyGroup = subject;
  ctx.state.casualtyWhat = what;
  // "suffered 1,430 casualties": the number counts casualties, not the force.
  const unit = g.counted ? what : (groupMention?.head ?? g.people ?? g.noun ?? g.demonyms ?? g.definite ?? null);
  const qty = g.qty ?? g.counted;
  const after = match.text.slice(match.index + (g.whole?.length ?? 0));
  const captor = predicate === 'CAPTURED_BY' ? /^[^«]{0,20}?by (?:the )?«[CF](\d+)»/.exec(after) : null;
  const object = predicate === 'CAPTURED_BY' ? (captor ? ctx.force(`«F${captor[1]}»`) ?? ctx.force(`«C${captor[1]}»`) : null) : ctx.placeAround(match.index);
  return [{ subject, predicate, object, quantity: groupMention?.letter === 'P' && !qty ? null : ctx.quantity(qty, unit) }];
}

export const CASUALTY_RULES: RuleEntry[] = [
  {
    name: 'casualty figure',
    needs: /«Q/,
    predicates: ['KILLED_IN', 'WOUNDED_IN', 'MISSING_IN', 'CAPTURED_BY', 'CASUALTIES_IN'],
    matches: 'a number (of a force) followed by killed, dead, wounded, injured, missing, captured, or a combined "killed or wounded"; "left|leaving <number> dead" with no noun counts people',
    builds: 'one claim per figure, its predicate from the word, subject the force counted, object the place named in the clause',
    examples: [
      {
        text: 'About 400 North Korean soldiers were killed and 1,900 wounded in Kursk.',
        claims: ['North Korean troops KILLED_IN Kursk [APPROXIMATELY 400 soldiers]', 'North Korean troops WOUNDED_IN Kursk [EXACTLY 1900 -]'],
      },
      { text: 'Some 3,000 North Korean troops have been killed or wounded.', claims: ['North Korean troops CASUALTIES_IN - [APPROXIMATELY 3000 troops]'] },
      { text: 'At least 25 people were killed in Omdurman.', claims: ['people KILLED_IN Omdurman [AT_LEAST 25 people]'] },
      { text: 'At least 30 civilians, including 12 children, were killed in Omdurman.', claims: ['civilians KILLED_IN Omdurman [AT_LEAST 30 civilians]'] },
      { text: 'At least nine peacekeepers and foreign soldiers, from Kenya and Chad, have been killed since May.', claims: ['peacekeepers KILLED_IN - [AT_LEAST 9 peacekeepers]'] },
      { text: 'Ukrainian troops captured three Russian soldiers. The three men were wounded.', claims: ['Russian troops WOUNDED_IN - [EXACTLY 3 men]'] },
      { text: 'Ukrainian troops captured three Russian soldiers. Three men were wounded.', claims: [] },
      { text: '12,000 North Korean labourers were sent to Russia along with 8,000 crates of shells.', claims: [] },
      { text: 'The attack on Kutum left at least 100 dead.', claims: ['people KILLED_IN Kutum [AT_LEAST 100 -]'] },
    ],
    pattern: String.raw`(?<whole>{QTY:qty} (?:(?:of (?:the |their |its )?)?(?:${MEMBERS_OF}{CAPTIVE:group}${GROUP_TAIL}|${PEOPLE}(?: and (?:[a-z-]+ ){1,2}?(?:soldiers|troops|workers|staff|police|officers))?|${SIDE_NOUN}|${DEMONYM_PLURAL}|${DEFINITE})(?:, (?:including|among them|from) [^,;«]{0,30}(?:«[QC]\d+»(?:,? (?:and )?)?[^,;«]{0,30}){0,4},)? )?(?:(?:sent|deployed|fighting|stationed) [a-z ]{0,30}?(?:«[A-Z]\d+» )?)?(?:(?:have|has|had) )?(?:(?<be>been|were|was|are|is) )?${ADV}${WHAT})`,
    build: figure,
  },
  {
    name: 'casualty figure (person)',
    predicates: ['KILLED_IN', 'WOUNDED_IN', 'MISSING_IN'],
    matches: 'an unnamed soldier (or one named before) who was killed, wounded or went missing',
    builds: 'KILLED_IN, WOUNDED_IN or MISSING_IN for the person, object the place named in the clause',
    examples: [{ text: 'A Ukrainian soldier was killed near Pokrovsk.', claims: ['Ukrainian soldier KILLED_IN Pokrovsk'] }],
    pattern: String.raw`(?<whole>{PERSON:group} (?:(?:has|had) )?(?:(?:been|was|is) )?${ADV}(?<what>killed|wounded|injured|missing))`,
    build: figure,
  },
  {
    name: 'casualties suffered',
    predicates: ['CASUALTIES_IN', 'KILLED_IN'],
    matches: '(a number of) a force that suffered, sustained or incurred (a number of) casualties or losses, or "lost" a number of its men (killed, wounded… when the text says which)',
    builds: 'CASUALTIES_IN for the force, with the number, object the place named in the clause',
    examples: [
      { text: 'Reports suggest that over 3,000 North Korean troops have suffered casualties while fighting in the Kursk area.', claims: ['North Korean troops CASUALTIES_IN Kursk [AT_LEAST 3000 troops]'] },
      { text: 'The RSF suffered heavy losses in El Obeid.', claims: ['Rapid Support Forces CASUALTIES_IN El Obeid'] },
      { text: 'Russian forces had lost roughly 1,200 troops killed or wounded near Kurakhove.', claims: ['Russian troops CASUALTIES_IN Kurakhove [APPROXIMATELY 1200 forces]'] },
    ],
    pattern: [
      String.raw`(?<whole>{QTY:qty} {FORCE:group} ${ADV}${AUX}${ADV}(?:suffered|sustained|incurred|become|became|been) (?:heavy |significant |serious |massive |[a-z]+ )?(?<what>casualties|losses))`,
      String.raw`(?<whole>{FORCE:group} ${ADV}${AUX}${ADV}(?:suffered|sustained|incurred|lost|taken|took) (?:{QTY:counted} )?(?:heavy |significant |serious |massive |[a-z]+ )?(?<what>casualties|losses|attrition))`,
      String.raw`(?<whole>{FORCE:group}(?:[^;«]|«T\d+»){0,80}? (?:after|while|despite) (?:suffering|sustaining|taking|incurring) (?:heavy |significant |serious |massive |[a-z]+ )?(?<what>casualties|losses|attrition))`,
      String.raw`(?<whole>{FORCE:group}(?:,? which|,? who)? ${ADV}${AUX}${ADV}(?:alone )?lost (?:{QTY:qty}) (?:of its |of their )?(?:troops|soldiers|servicemen|men|fighters|personnel|combatants|elements)(?: (?<what>killed or wounded|killed and wounded|killed|wounded|dead|captured|missing))?)`,
    ],
    build: figure,
  },
  {
    name: 'casualties inflicted',
    needs: /\binflicted\b/,
    predicates: ['CASUALTIES_IN'],
    matches: 'a side that "inflicted (heavy) losses|casualties on" a force, or that confronted, engaged or repelled a force "and inflicted (heavy) losses"',
    builds: 'CASUALTIES_IN for the force that took the losses, without a number, object the place named in the clause',
    examples: [
      { text: 'Congolese troops inflicted heavy losses on the M23 near Sake.', claims: ['M23 CASUALTIES_IN Sake'] },
      { text: 'Our forces confronted the RSF with courage and inflicted heavy losses in men and equipment, the army said.', claims: ['Rapid Support Forces CASUALTIES_IN -'] },
      { text: 'Congolese troops could inflict heavy losses on the M23.', claims: [] },
    ],
    pattern: [
      String.raw`\binflicted (?:heavy |huge |severe |significant |major |serious )?(?:losses|casualties)(?: in (?:men|personnel|lives)(?: and (?:equipment|materiel))?)? on (?:the )?{FORCE:group}`,
      String.raw`\b(?:confronted|engaged|repelled|repulsed|fought|attacked) (?:the )?{FORCE:group}(?: [^«;,]{0,30}?)? and inflicted (?:heavy |huge |severe |significant |major |serious )?(?:losses|casualties)`,
    ],
    build: (match, ctx) => {
      const group = ctx.force(match.groups.group);
      return group ? [{ subject: group, predicate: 'CASUALTIES_IN', object: ctx.placeAround(match.index) }] : [];
    },
  },
  {
    name: 'casualties among',
    predicates: ['CASUALTIES_IN'],
    matches: '(a number of) "casualties", "losses" or "deaths" "among" a force',
    builds: 'CASUALTIES_IN (KILLED_IN for deaths) for the force, with the number if given, object the place named in the clause',
    examples: [{ text: 'The ongoing conflict has resulted in numerous casualties among North Korean troops.', claims: ['North Korean troops CASUALTIES_IN -'] }],
    pattern: String.raw`(?<whole>(?:{QTY:qty} )?(?:[a-z]+ )?(?<what>casualties|losses|deaths) among (?:the )?{FORCE:group})`,
    build: (match, ctx) => figure({ ...match, groups: { ...match.groups, what: match.groups.what === 'deaths' ? 'killed' : match.groups.what } }, ctx),
  },
  {
    name: 'killing',
    predicates: ['KILLED_IN', 'WOUNDED_IN', 'CAPTURED_BY'],
    matches: 'a country or force that killed, wounded or captured a number of a force or of people, and a figure joined on with "and wounded 47 others", ", killing at least six people" (", killing at least 12" with no noun: people, when the sentence names no side but the attacker)',
    builds: 'KILLED_IN or WOUNDED_IN for the force counted, object the place named in the clause',
    examples: [
      { text: 'Ukrainian forces killed 200 North Korean soldiers near Sudzha.', claims: ['North Korean troops KILLED_IN Sudzha [EXACTLY 200 soldiers]'] },
      { text: 'Russian forces struck Kharkiv, killing at least six people and wounding 37.', claims: ['people KILLED_IN Kharkiv [AT_LEAST 6 people]', 'people WOUNDED_IN Kharkiv [EXACTLY 37 -]'] },
      { text: 'The rebels said they had killed 12 Malian soldiers and 30 Wagner fighters.', claims: ['Malian troops KILLED_IN - [EXACTLY 12 soldiers]', 'Wagner Group KILLED_IN - [EXACTLY 30 fighters]'] },
      { text: 'Gunmen attacked Baidoa on Monday, killing at least 12.', claims: ['people KILLED_IN Baidoa [AT_LEAST 12 people]'] },
      { text: 'Sudanese troops attacked RSF positions in Bara, killing 30.', claims: [] },
    ],
    pattern: [
      String.raw`{SIDE:actor}(?: (?:[a-z-]+ )?(?:strikes?|airstrikes?|shelling|attacks?|drones?|missiles?|rockets?|artillery|fighters|troops|forces|gunmen))? ${ADV}${AUX}${ADV}(?<what>killed|wounded|injured|captured|neutralised|neutralized|eliminated) (?<whole>{QTY:qty} (?:(?:more |other |enemy )?{CAPTIVE:group}|${PEOPLE}|(?:of (?:the )?)?${SIDE_NOUN}|${DEMONYM_PLURAL}))`,
      // A figure with its own noun first, so that a figure joined on ("and injured 20 others") counts the same side.
      String.raw`(?<what>killed|killing|wounded|wounding|injured|injuring) (?<whole>{QTY:qty} (?:(?:more |other |enemy )?(?:of (?:the |its |their )?)?${MEMBERS_OF}{CAPTIVE:group}${GROUP_TAIL}|${PEOPLE}|(?:of (?:the )?)?${SIDE_NOUN}|${DEMONYM_PLURAL}))`,
      String.raw`(?:,|and|, and) (?<what>killing|wounding|injuring|killed|wounded|injured|captured|capturing) (?<whole>{QTY:qty})(?: (?:(?:more |other )?{CAPTIVE:group}|${PEOPLE}|others|more))?`,
      // "had killed 47 Malian soldiers and 84 Wagner fighters": each figure of the list, with the verb of the first.
      String.raw`(?<what>killed|killing|wounded|wounding|injured|injuring|captured|capturing) {QTY} {CAPTIVE}(?:, {QTY} {CAPTIVE})*,? and (?<whole>{QTY:qty} (?:{CAPTIVE:group}|${PEOPLE}))`,
    ],
    build: (match, ctx) => {
      const g: Record<string, string | undefined> = { ...match.groups, what: (match.groups.what ?? '').replace(/ing$/, 'ed').replace(/^(?:neutrali[sz]ed|eliminated)$/, 'killed') };
      // "Gunmen attacked Baidoa, killing at least 12": with no noun, and no side named but the attacker, the dead are people.
      const bare = !g.group && !g.people && !g.noun && !g.demonyms && !g.definite && !ctx.state.casualtyGroup;
      // Not when a noun the lexicons lack follows the number ("killing three soldiers": whose, the sentence does not say).
      const end = match.text.indexOf(g.whole ?? '', match.index) + (g.whole ?? '').length;
      const nothingCounted = /^(?:$|[,.;]| (?:and|in|near|on|at|during|across|when|while|after|before|including|since|over|inside|outside|around|«T\d+»)(?![\p{L}]))/u.test(match.text.slice(end));
      if (bare && nothingCounted && /^(?:killing|wounding|injuring)$/.test(match.groups.what ?? '') && [...match.text.slice(0, match.index).matchAll(/«F\d+»/g)].length <= 1) g.people = 'people';
      return figure({ ...match, groups: g }, ctx);
    },
  },
  {
    name: 'casualty figure (death toll)',
    needs: /\b(?:toll|number of (?:the )?dead)\b/,
    predicates: ['KILLED_IN'],
    matches: '"the death toll (from <event>) rose to|reached|stood at <number>"',
    builds: 'KILLED_IN for "people" (the toll names no noun), with the number, object the place named in the clause',
    examples: [
      { text: 'The death toll from the attack on Kutum rose to at least 40 on Sunday.', claims: ['people KILLED_IN Kutum [AT_LEAST 40 -]'] },
      { text: 'The death toll in Baidoa could rise to 50.', claims: [] },
    ],
    pattern: String.raw`\b(?:death toll|toll|number of (?:the )?dead)(?:[^;«]|«[LCT]\d+»){0,60}? (?:(?:has|had) )?${ADV}(?:rose|risen|climbed|jumped|reached|stood at|stands at|rises|climbs) (?:to )?(?<whole>{QTY:qty})(?! (?:[a-z]+ ){0,2}(?:soldiers|troops|fighters|wounded|injured))`,
    build: (match, ctx) => figure({ ...match, groups: { ...match.groups, what: 'killed', people: 'people' } }, ctx).map((d) => ({ ...d, quantity: d.quantity ? { ...d.quantity, unit: null } : null })),
  },
  {
    name: 'casualty figure (put at)',
    needs: /\bput\b/,
    predicates: ['CASUALTIES_IN', 'KILLED_IN', 'WOUNDED_IN'],
    matches: '"put <side> losses|casualties|dead and wounded|the death toll at|in the <number>"',
    builds: 'CASUALTIES_IN (KILLED_IN for dead or a death toll, WOUNDED_IN for wounded) for the side, with the number',
    examples: [{ text: "Ukraine's General Staff put Russian losses over the previous day at 1,430 personnel killed or wounded.", claims: ['Russian troops CASUALTIES_IN - [EXACTLY 1430 personnel]'] }],
    pattern: String.raw`\bput (?:the (?:number|toll|tally) of )?(?:{SIDE:group}(?:'s)? )?(?<what>losses|casualties|dead and wounded|dead or wounded|dead|killed|wounded|death toll)(?:[^«;]|«T\d+»){0,40}? (?:at|in the) (?<whole>{QTY:qty})(?: (?<counted>[a-z]+))?(?: (?<what2>killed or wounded|killed and wounded|killed|wounded|dead))?`,
    build: (match, ctx) => {
      const g = match.groups;
      const what = (g.what2 ?? g.what ?? '').replace(/^death toll$/, 'killed');
      const drafts = figure({ ...match, groups: { ...g, what, counted: undefined } }, ctx);
      return drafts.map((d) => ({ ...d, quantity: d.quantity ? { ...d.quantity, unit: g.counted ?? d.quantity.unit } : null }));
    },
  },
  {
    name: 'casualty figure (the wounded)',
    needs: /\b(?:wounded|injured|dead|killed)\b/,
    predicates: ['WOUNDED_IN', 'KILLED_IN'],
    matches: 'the wounded or dead as a noun: hospitals that "treated", "received" or "admitted" (a number of) wounded, "among the wounded|dead are" a number of people',
    builds: 'WOUNDED_IN (KILLED_IN for the dead) for the people counted ("people" when the text names no noun), object the place named in the clause, none for the wounded a hospital treats (they were hurt elsewhere)',
    examples: [
      { text: 'Hospitals in Kharkiv have treated more than 300 wounded since Friday.', claims: ['people WOUNDED_IN - [AT_LEAST 300 wounded]'] },
      { text: 'Clinics in Goma treated dozens of wounded patients.', claims: [] },
      { text: 'Among the dead were four children and two medics.', claims: ['children KILLED_IN - [EXACTLY 4 children]', 'medics KILLED_IN - [EXACTLY 2 medics]'] },
      { text: 'Hospitals in Kharkiv could receive up to 300 wounded.', claims: [] },
    ],
    pattern: [
      String.raw`\b(?<treated>treated|received|admitted|taken in|cared for|evacuated) (?<whole>{QTY:qty}) (?:of )?(?:the )?(?<what>wounded|injured)(?=[,.;]| (?:since|from|on|after|during|over|in the)\b| «T\d+»|$)`,
      String.raw`\b[Aa]mong the (?<what>wounded|injured|dead|killed) (?:are|were|was|is) (?<whole>{QTY:qty} ${PEOPLE})`,
      String.raw`\b[Aa]mong the (?<what>wounded|injured|dead|killed) (?:are|were|was|is) {QTY} [a-z -]+? and (?<whole>{QTY:qty} ${PEOPLE})`,
    ],
    build: (match, ctx) => {
      const g = match.groups;
      const what = g.what === 'dead' ? 'killed' : (g.what ?? '');
      // A hospital's wounded were hurt elsewhere: where they are treated is not where they were wounded.
      return figure({ ...match, groups: { ...g, what, people: g.people ?? 'people', counted: undefined } }, ctx).map((d) => ({
        ...d,
        object: g.treated ? null : d.object,
        quantity: d.quantity ? { ...d.quantity, unit: g.people ?? g.what ?? null } : null,
      }));
    },
  },
  {
    name: 'casualties (force, no figure)',
    needs: /\b(?:killed|wounded|injured)\b/,
    predicates: ['KILLED_IN', 'WOUNDED_IN', 'CASUALTIES_IN', 'CAPTURED_BY'],
    matches: 'a force named without a number that "had been killed", "were wounded", "were killed or wounded" (also "any <force> had been killed" in a denial)',
    builds: 'the figure\'s predicate for the force, without a quantity, object the place named in the clause (the captor for captured)',
    examples: [
      { text: 'North Korean soldiers have been killed in the Kursk region, the agency said.', claims: ['North Korean troops KILLED_IN Kursk'] },
      { text: 'Moscow denied that any North Korean soldier had been killed on Russian soil.', claims: ['North Korean troops NOT KILLED_IN Russia'] },
      { text: 'No North Korean soldiers have been killed in Kursk.', claims: [] },
    ],
    pattern: String.raw`(?<![«Q\d»] )(?<whole>{FORCE:group} ${ADV}(?:(?:are|were|is|was) (?:believed|thought|said|reported) to have been|(?:(?:have|has|had) )?(?:been|were|was)) ${ADV}(?<what>killed or wounded|killed and wounded|killed|wounded|injured))\b`,
    build: (match, ctx) => figure(match, ctx).map((d) => ({ ...d, quantity: null })),
  },
  {
    name: 'casualty figure (put the figure at)',
    needs: /\bput the\b/,
    predicates: ['KILLED_IN', 'WOUNDED_IN', 'CASUALTIES_IN', 'MISSING_IN', 'CAPTURED_BY'],
    matches: '"put the figure|toll|number at <number>" after a figure in the same sentence: another estimate of the same count',
    builds: 'a claim like the figure before it (same side, same kind of figure), with this number',
    examples: [
      { text: 'M23 rebels attacked Sake. The army says it killed 900 rebels, while aid groups put the figure at 300 to 400.', claims: ['M23 KILLED_IN - [EXACTLY 300-400 -]'] },
      { text: 'Aid groups put the figure at 300.', claims: [] },
    ],
    pattern: String.raw`\bput the (?:figure|toll|number|tally|estimate) (?:much |far )?(?:lower |higher )?at (?<whole>{QTY:qty})`,
    build: (match, ctx) => {
      const subject = ctx.state.casualtyGroup;
      const what = ctx.state.casualtyWhat;
      return subject && what ? figure({ ...match, groups: { ...match.groups, what, counted: undefined } }, ctx).map((d) => ({ ...d, subject, quantity: d.quantity ? { ...d.quantity, unit: null } : null })) : [];
    },
  },
  {
    name: 'killing (commander)',
    needs: / of «F/,
    predicates: ['KILLED_IN'],
    matches: 'a side that killed "a (senior|local) commander|leader|officer of" a force',
    builds: 'KILLED_IN for the person, named "<force> <rank>", object the place named in the clause',
    examples: [
      { text: 'Israeli troops said they had killed a senior commander of Hamas in Rafah.', claims: ['Hamas commander KILLED_IN Rafah'] },
      { text: "Israeli troops said they had killed a commander of Hezbollah's Radwan Force.", claims: ['Radwan Force commander KILLED_IN -'] },
      { text: 'Israeli troops said they had tried to kill a senior commander of Hamas.', claims: [] },
    ],
    pattern: String.raw`\b(?:killed|killing) (?:an?|one|the) (?:[a-z-]+ )?(?<rank>commander|leader|chief|officer|general|colonel) of (?:the )?{FORCE:group}(?!'s)`,
    build: (match, ctx) => {
      const force = ctx.force(match.groups.group);
      if (!force) return [];
      const person = { kind: 'PERSON' as const, name: `${force.name} ${match.groups.rank ?? 'commander'}`, aliases: [], description: `an unnamed ${match.groups.rank ?? 'commander'} of ${force.name}` };
      return [{ subject: person, predicate: 'KILLED_IN', object: ctx.placeAround(match.index) }];
    },
  },
  {
    name: 'wounded (person)',
    needs: /\b(?:wounded|injured)\b/,
    predicates: ['WOUNDED'],
    matches: 'an unnamed person named by a common noun who "was wounded|injured": "a passer-by was wounded", "an elderly woman was injured"',
    builds: 'WOUNDED for the person, named by the noun',
    examples: [
      { text: 'Two people were killed in the strike and a passer-by was wounded.', claims: ['passer-by WOUNDED -'] },
      { text: 'A passer-by was not hurt, and no one was wounded.', claims: [] },
    ],
    pattern: String.raw`\b(?:an?|one) (?:[a-z]+ )?(?<noun>passer-by|woman|man|child|boy|girl|resident|civilian|journalist|medic|nurse|doctor|aid worker|driver|farmer) ${ADV}(?:was|has been|had been) ${ADV}(?:seriously |lightly |badly |critically )?(?:wounded|injured)\b`,
    build: (match) => [{ subject: { kind: 'PERSON', name: match.groups.noun ?? 'person', aliases: [], description: 'an unnamed victim' }, predicate: 'WOUNDED', object: null }],
  },
  {
    name: 'casualty figure (including)',
    needs: /\bincluding\b/,
    predicates: ['KILLED_IN', 'WOUNDED_IN', 'MISSING_IN', 'CAPTURED_BY'],
    matches: '"including <number> killed|wounded|missing" after a figure of the same side',
    builds: 'one claim for the part, of the side the figure before it counted',
    examples: [{ text: 'North Korean forces suffered at least 200 casualties, including dozens killed.', claims: ['North Korean troops KILLED_IN - [AT_LEAST 24 -]'] }],
    pattern: String.raw`\bincluding (?<whole>{QTY:qty}) (?<what>killed|dead|wounded|injured|missing|captured)\b`,
    build: figure,
  },
];
