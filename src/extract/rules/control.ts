import type { ClaimDraft, RuleContext, RuleEntry, RuleMatch } from './types';
import { REGION_ADJECTIVES, ADV, AUX, FACILITY, PLACE_WORDS } from './types';

/**
 * Control and attack: SEIZED (a force took control of a place; a country stands for its national
 * force), ATTACKED (a side attacked a place or another side), FIGHTS_IN (a side fights in a place).
 */
function seized(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  // "liberated the settlements of A and B", "controls Masisi, Rutshuru and Nyiragongo": one claim per place.
  const places = match.groups.places ? [...match.groups.places.matchAll(/«L\d+»/g)].map((m) => ctx.place(m[0])) : match.groups.hq ? [ctx.actor(match.groups.hq)] : [ctx.place(match.groups.place)];
  return [match.groups.actor, match.groups.actor2].flatMap((placeholder) => {
    const actor = placeholder ? ctx.force(placeholder) : null;
    return actor ? places.flatMap((place) => (place ? [{ subject: actor, predicate: 'SEIZED' as const, object: place }] : [])) : [];
  });
}

/** A list of places: "«L1»", "«L1» and «L2»", "«L1», «L2» and «L3»". */
const PLACES = String.raw`(?<places>{PLACE}(?:(?:,|,? and) {PLACE}){0,6})`;

function attacked(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  // "targeted civilians": the victims, named by the noun the text uses.
  const people = match.groups.people ? { kind: 'PERSON' as const, name: match.groups.people.toLowerCase(), aliases: [], description: 'unnamed victims' } : null;
  const target = people ?? (ctx.mention(match.groups.target)?.letter === 'F' ? ctx.actor(match.groups.target) : ctx.place(match.groups.target));
  if (!target) return [];
  return [match.groups.actor, match.groups.actor2].flatMap((placeholder) => {
    const actor = placeholder ? ctx.force(placeholder) : null;
    return actor && actor.name !== target.name ? [{ subject: actor, predicate: 'ATTACKED' as const, object: target }] : [];
  });
}

/** "was ambushed and largely destroyed near X by Y": a passive attack, its attacker after "by". */
const PASSIVE_ATTACK = String.raw`(?:has been|have been|had been|was|were|is|are) ${ADV}(?:attacked|shelled|bombed|bombarded|struck|hit|targeted|ambushed|raided|stormed|overrun)(?: and (?:[a-z]+ ){1,3}?)?(?:[^;«]{0,60}?(?:«[LCT]\d+»[^;«]{0,40}?){0,2})? by (?:the )?(?:[A-Za-z-]+ ){0,2}?(?:(?:fighters|separatists|rebels|militants|gunmen|members|elements|units) of (?:the )?)?{SIDE:actor}`;

/** "Fighters of the RSF and the SPLM-N shelled …": one or two attackers, each named by its force. */
/** What a recognised name may leave behind it: "(SPLM-N) led by Abdelaziz al-Hilu". */
/** "Militiamen loyal to Ahmed Madobe seized …", "fighters allied to the RSF": who the side answers to, between it and its verb. */
const LOYAL = String.raw`(?:loyal to|allied to|allied with|commanded by|answering to) (?:the )?(?:«[PCFO]\d+»|(?:(?:General|Gen\.|Colonel|Col\.|warlord|commander|former [a-z]+) )?[A-Z][\p{L}'-]+(?: (?:al-|el-|bin |wad )?[A-Z][\p{L}'-]+){0,3})`;
const ACRONYM_LEFTOVER = String.raw`(?:\([A-Z][A-Za-z-]{1,10}\) )?(?:led by «P\d+»|led by [A-Z][\p{L} -]{2,40}?|${LOYAL})`;
const ATTACKERS = String.raw`(?:(?:[Ff]ighters|[Tt]roops|[Uu]nits|[Mm]embers|[Ff]orces) of (?:the )?)?{SIDE:actor}(?: and (?:the |its |their )?{SIDE:actor2})?`;

function fights(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  const force = ctx.force(match.groups.force);
  const place = ctx.place(match.groups.place);
  return force && place ? [{ subject: force, predicate: 'FIGHTS_IN', object: place }] : [];
}

function located(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  const what = match.groups.force ? ctx.force(match.groups.force) : ctx.place(match.groups.a);
  const where = ctx.place(match.groups.place);
  return what && where && what.name !== where.name ? [{ subject: what, predicate: 'LOCATED_IN', object: where, quantity: ctx.quantity(match.groups.qty, ctx.mention(match.groups.force)?.head ?? null) }] : [];
}

export const CONTROL_RULES: RuleEntry[] = [
  {
    name: 'presence',
    predicates: ['LOCATED_IN'],
    matches: '(a number of) a force that remains, is still, is seen, is holding positions or patrols in a place, or still controls points, positions or parts of one',
    builds: 'LOCATED_IN from the force to the place, with the number',
    examples: [
      { text: 'Around 11,000 North Korean soldiers remained in the Kursk region.', claims: ['North Korean troops LOCATED_IN Kursk [APPROXIMATELY 11000 soldiers]'] },
      { text: 'Sudanese troops still controlled strategic points of El Fasher.', claims: ['Sudanese troops LOCATED_IN El Fasher'] },
      { text: 'Sudanese troops no longer control any parts of El Fasher.', claims: [] },
    ],
    pattern: String.raw`(?:{QTY:qty} )?{FORCE:force} ${ADV}(?:remain|remains|remained|(?:are|were|is|was) (?:still|now|seen|spotted|present|based|stationed)|(?:are|were|is|was) (?:still )?(?:holding positions|patrolling(?: the streets)?|dug in)|(?:still )?(?:hold|holds|held) positions|(?:(?:are|were|is|was) )?(?:still )?(?:control|controls|controlled|hold|holds|held) (?:strategic |key |several |some )?(?:points|positions|parts|areas|districts|neighbourhoods|neighborhoods|pockets)) (?:in|inside|on|at|around|of) (?:the )?${PLACE_WORDS}{WHERE:place}`,
    build: located,
  },
  {
    name: 'presence (noun phrase)',
    predicates: ['LOCATED_IN'],
    matches: 'a force named with its place, without a verb, after "for", "of", "among" or "with": "an order of battle for the North Korean contingent in Kursk Oblast"',
    builds: 'LOCATED_IN from the force to the place',
    examples: [
      { text: 'Analysts published an order of battle for the North Korean contingent in Kursk Oblast.', claims: ['North Korean troops LOCATED_IN Kursk'] },
      { text: 'Drones struck North Korean troops in Kursk Oblast.', claims: [] },
      { text: 'Israeli troops killed a commander of Hezbollah in the village of Aitaroun.', claims: [] },
    ],
    // Not a person "of" the force ("a commander of the group in the village of X": the commander was there).
    pattern: String.raw`\b(?<!(?:commander|leader|officer|members?|head|chief|spokesman|spokeswoman|founder|deputy) )(?:for|of|among|with) (?:the )?{FORCE:force} (?:in|inside) (?:the )?${REGION_ADJECTIVES}${PLACE_WORDS}{WHERE:place}(?=$|[,.;]| (?:and|since|who|which|that|is|are|was|were|has|have)\b)`,
    build: located,
  },
  {
    name: 'place in place',
    predicates: ['LOCATED_IN'],
    matches: '"<place>, the capital of <place>", "the town|city|village of <place> in <place>", "in|near <town> in <region>"',
    builds: 'LOCATED_IN from the capital to its region, in the outlet\'s own voice (geography is no one\'s claim)',
    outletVoice: true,
    examples: [
      { text: 'Uganda deployed troops to Bunia, the capital of Ituri province.', claims: ['Bunia LOCATED_IN Ituri'] },
      { text: 'The RSF seized the town of En Nahud in West Kordofan.', claims: ['En Nahud LOCATED_IN West Kordofan'] },
      { text: 'Rebels attacked army posts near Lashio in northern Shan State.', claims: ['Lashio LOCATED_IN Shan'] },
      { text: 'The RSF shelled El Obeid in January.', claims: [] },
    ],
    pattern: [
      String.raw`{PLACE:a}, (?:the|a) (?:[a-z-]+ ){0,2}(?:capital) of (?:the )?{PLACE:place}`,
      // "the town of En Nahud in West Kordofan": a named town, city or village in a larger place.
      String.raw`\b(?:town|city|village|settlement) of {PLACE:a} in (?:the )?(?:[a-z-]+ )?{WHERE:place}`,
      // "near Lashio in northern Shan State": a town placed in a region (a region only: "in Goma in January" is no place in a place).
      String.raw`\b(?:in|near|around|outside) {PLACE:a},? in (?:the )?${REGION_ADJECTIVES}{PLACE:region}`,
    ],
    build: (match, ctx) => {
      if (!match.groups.region) return located(match, ctx);
      const region = ctx.mention(match.groups.region);
      if (!region?.region || ctx.mention(match.groups.a)?.region) return [];
      return located({ ...match, groups: { ...match.groups, place: match.groups.region } }, ctx);
    },
  },
  {
    name: 'seizure',
    predicates: ['SEIZED'],
    matches: 'a country or force (also one named with whom it is loyal to: "militiamen loyal to X") that seized, captured, took, overran or took control of a place',
    builds: 'SEIZED from the force to the place',
    examples: [
      { text: 'The Rapid Support Forces seized El Fasher after a long siege.', claims: ['Rapid Support Forces SEIZED El Fasher'] },
      { text: 'M23 rebels took control of the eastern city of Goma.', claims: ['M23 SEIZED Goma'] },
      { text: 'Militiamen loyal to Ahmed Madobe seized Kismayo on Monday.', claims: ['militiamen SEIZED Kismayo'] },
      { text: 'The Arakan Army has captured the towns of Paletwa and Maungdaw.', claims: ['Arakan Army SEIZED Paletwa', 'Arakan Army SEIZED Maungdaw'] },
      { text: 'Ukraine captured some 1,000 square kilometres of the Kursk region in August.', claims: ['Ukrainian troops SEIZED Kursk'] },
      { text: "The Arakan Army seized the headquarters of the junta's Western Regional Military Command.", claims: ['Arakan Army SEIZED Western Regional Military Command'] },
      { text: 'Separatists could try to retake Kidal, which Malian troops and Wagner seized in 2023.', claims: ['Malian troops SEIZED Kidal', 'Wagner Group SEIZED Kidal'] },
    ],
    pattern: [
      String.raw`{SIDE:actor}(?: ${LOYAL})?(?: and (?:its |their )?(?:allied|allies|affiliated|[a-z]+) (?:fighters|forces|militias|troops|groups))? ${ADV}${AUX}${ADV}(?:seized|captured|took|taken|overran|overrun|retook|retaken|recaptured|liberated|entered|occupied|controls|took over|taken over|(?:took|taken|gained|seized|assumed|regained|retaken|taken back|wrested|wrestled|has|have) (?:full |total |complete )?control (?:of|over)) (?:(?:most|much|all|parts?) of |{QTY} (?:square kilometres|square kilometers|sq km|square miles) of )?(?:the )?${PLACE_WORDS}${PLACES}`,
      // "seized the headquarters of the junta's Western Regional Military Command": a command named as what was taken.
      String.raw`{SIDE:actor} ${ADV}${AUX}${ADV}(?:seized|captured|took|overran|overrun|retook|recaptured|took control of) the headquarters of (?:the )?(?:[a-z]+'s )?{ORG:hq}`,
      // "Kidal, which the army and Wagner seized in November 2023": the place is the relative clause's object.
      String.raw`{PLACE:place},? (?:which|that) (?:the )?{SIDE:actor}(?: and (?:the )?{SIDE:actor2})? ${ADV}${AUX}${ADV}(?:seized|captured|took|overran|retook|recaptured|liberated|occupied|controls|controlled)\b`,
    ],
    build: seized,
  },
  {
    name: 'seizure (passive)',
    needs: /\b(?:fell|fallen|by|control)\b/,
    predicates: ['SEIZED'],
    matches: 'a place that fell to, was captured or seized by, or came under the control of a country or force',
    builds: 'SEIZED from the force to the place',
    examples: [{ text: 'Paletwa fell to the Arakan Army in January.', claims: ['Arakan Army SEIZED Paletwa'] }],
    pattern: String.raw`(?:the )?${PLACE_WORDS}{PLACE:place} ${ADV}(?:fell to|(?:has|had) fallen to|(?:was|has been|had been) (?:(?:attacked|besieged) and )?(?:captured|seized|taken|overrun|occupied)(?: «T\d+»)? by|came under (?:the )?control of) (?:the )?{SIDE:actor}`,
    build: seized,
  },
  {
    name: 'seizure (named again)',
    predicates: ['SEIZED'],
    matches: 'a place that "had fallen" or "had been occupied" with no side named, once the article has said who seized it ("denied that Goma had fallen")',
    builds: 'SEIZED from the side the article named as its captor to the place (DENIED when denied)',
    examples: [
      { text: 'M23 rebels said they had captured Goma. Congolese troops denied that Goma had fallen.', claims: ['M23 NOT SEIZED Goma'] },
      { text: 'M23 rebels said they had captured Goma. "The city of Goma has been liberated," their spokesman wrote.', claims: ['M23 SEIZED Goma'] },
    ],
    pattern: String.raw`{PLACE:place} ${ADV}(?:had|has|have) ${ADV}(?:fallen|been (?:occupied|captured|taken|seized|overrun|liberated|retaken|recaptured))(?! (?:to|by|into))`,
    build: (match, ctx) => {
      const place = ctx.place(match.groups.place);
      const actor = ctx.lastActor('SEIZED', place);
      return actor && place ? [{ subject: actor, predicate: 'SEIZED', object: place }] : [];
    },
  },
  {
    name: 'attack',
    predicates: ['ATTACKED'],
    matches: 'a country or force that attacked, struck, shelled, bombed, raided or stormed a place or another force (also a site in it: "a military base in <place>"), launched an attack or strike on one, or opened fire on one; "accused <side> of abuses against <people>"',
    builds: 'ATTACKED from the attacker to the place or force',
    examples: [
      { text: 'Russian forces shelled Kherson overnight.', claims: ['Russian troops ATTACKED Kherson'] },
      { text: 'Israel launched air strikes on Rafah.', claims: ['Israeli troops ATTACKED Rafah'] },
      { text: 'Gunmen loyal to Ahmed Madobe opened fire on a patrol of Somali soldiers.', claims: ['gunmen ATTACKED Somali troops'] },
      { text: 'Moscow denies targeting civilians.', claims: ['Russian troops NOT ATTACKED civilians'] },
      { text: 'Ukrainian troops pushed into the Kursk region in August.', claims: ['Ukrainian troops ATTACKED Kursk'] },
      { text: 'The RSF said it had not targeted civilians.', claims: ['Rapid Support Forces NOT ATTACKED civilians'] },
      { text: 'Rights groups have accused the Arakan Army of abuses against Rohingya villagers, which it denies.', claims: ['Arakan Army ATTACKED rohingya villagers', 'Arakan Army NOT ATTACKED rohingya villagers'] },
    ],
    pattern: [
      String.raw`${ATTACKERS}(?: (?:fighters|troops|forces|units|rebels|militants))?(?: ${ACRONYM_LEFTOVER})? ${ADV}${AUX}${ADV}(?:attacked|struck|shelled|bombed|bombarded|raided|stormed|targeted|hit|pounded|assaulted|besieged|ambushed|shot|routed|crushed|pushed (?:deep )?into|advanced (?:on|into)|(?:launched|mounted|made) an incursion into|(?:laid|lay|has laid) siege to|fired (?:an? )?(?:[a-z-]+ ){0,4}(?:at|on)|opened fire (?:on|at)|(?:launched|carried out|conducted) (?:an? |a series of |a wave of |several |dozens of |{QTY} )?(?:[a-z-]+ ){0,2}(?:attacks?|assaults?|offensive|strikes?|airstrikes|air strikes|raids?|drones?|missiles?) (?:on|against|at|in)) (?:the )?${PLACE_WORDS}${FACILITY}${PLACE_WORDS}(?:(?:positions|bases|camps|headquarters) (?:of|in) (?:the )?|(?:an? |the )?(?:[a-z-]+ )?(?:convoy|patrol|column|unit|position|base|camp) of (?:the )?)?(?:{QTY} (?:wounded )?)?(?:{ANY:target}|(?<people>civilians|medical facilities|hospitals|aid workers|journalists|displaced people)\b)`,
      // "accused the AA of abuses against Muslim villagers": the accuser's claim of an attack on people.
      String.raw`(?:\baccused (?:the )?|^){SIDE:actor} of (?:abuses|attacks|atrocities|crimes|killings|violence|reprisals) against (?<people>(?:[A-Z][a-z]+ )?(?:civilians|villagers|residents|people|minorities|refugees|displaced people))`,
    ],
    build: attacked,
  },
  {
    name: 'attack (fired at)',
    needs: /\b(?:fired|launched|lobbed)\b/,
    predicates: ['ATTACKED'],
    matches: 'a country or force that fired or launched rockets, missiles, shells, mortar rounds or drones at, on or into a place or another force (also a site in it: "a military base in <place>")',
    builds: 'ATTACKED from the side that fired to the place or force',
    examples: [
      { text: 'Boko Haram fighters fired three rockets at a military base in the town of Monguno.', claims: ['Boko Haram ATTACKED Monguno'] },
      { text: 'Houthi fighters fired missiles and drones into Marib overnight.', claims: ['Houthis ATTACKED Marib'] },
      { text: 'Hezbollah could fire rockets at Haifa.', claims: [] },
    ],
    pattern: [
      // "fired three rockets at a paramilitary base in the town of X", "launched a barrage of missiles into Y": what was fired at.
      String.raw`${ATTACKERS}(?: (?:fighters|troops|forces|units|rebels|militants))?(?: ${ACRONYM_LEFTOVER})? ${ADV}${AUX}${ADV}(?:fired|launched|lobbed) (?:an? |(?:a|another) (?:barrage|salvo|volley|wave|hail) of |{QTY} )?(?:[a-z-]+ ){0,2}?(?:rockets?|missiles?|shells?|mortars?|mortar (?:rounds|bombs|shells)|rounds|projectiles|grenades|bombs|drones)(?: (?:and|or) (?:[a-z-]+ ){0,2}?(?:rockets|missiles|drones|shells|mortars))?(?: «T\d+»)? (?:at|on|into|towards|toward|against) (?:the )?${PLACE_WORDS}(?:(?:an? |the )?(?:[a-z-]+ ){1,3}?(?:in|near|at|outside|of) (?:the )?${PLACE_WORDS})?{ANY:target}`,
    ],
    build: attacked,
  },
  {
    name: 'attack (noun)',
    predicates: ['ATTACKED'],
    matches: '"a|an|the <side> attack|assault|strike|offensive|shelling|ambush on|against|near <place or force>", "<side> raids|reprisals|attacks in|near <place>"',
    builds: 'ATTACKED from the attacker to the place or force',
    examples: [
      { text: 'At least 25 people died in an RSF drone attack on Omdurman.', claims: ['Rapid Support Forces ATTACKED Omdurman'] },
      { text: 'The defection set off M23 reprisals in northern Ituri villages.', claims: ['M23 ATTACKED Ituri'] },
      { text: 'Ukrainian troops repelled 40 Russian attacks near Pokrovsk.', claims: ['Russian troops ATTACKED Pokrovsk'] },
    ],
    pattern: [
      String.raw`(?:an?|the|its) {SIDE:actor} (?:[a-z-]+ ){0,2}(?:attack|assault|strike|strikes|offensive|shelling|bombardment|raid|incursion|siege|ambush) (?:on|against|in|into|of|near|outside) (?:the )?${PLACE_WORDS}(?:(?:an?|the) (?:[a-z-]+ ){1,5}?(?:in|near|at|outside) )?{ANY:target}`,
      String.raw`{SIDE:actor} (?:[a-z-]+ )?(?:strikes|airstrikes|attacks|shelling|bombardment|raids|reprisals|assaults) (?:on|against|in|near|around|outside) (?:the )?${PLACE_WORDS}{WHERE:target}`,
      String.raw`(?:attack|assault|offensive|raid|strike|strikes|shelling|bombardment|incursion) by (?:the )?{SIDE:actor}(?: and (?:its |their )?(?:[a-z-]+ )?{SIDE:actor2}(?: [a-z]+)?)? (?:on|against) (?:the )?${PLACE_WORDS}{ANY:target}`,
      String.raw`(?:attack|assault|strike|strikes|offensive|shelling|bombardment|raid|incursion|siege) (?:on|against|of) (?:the )?${PLACE_WORDS}{WHERE:target}[^;«]{0,30}? by (?:the )?{SIDE:actor}`,
    ],
    build: attacked,
  },
  {
    name: 'attack (event of the clause)',
    predicates: ['ATTACKED'],
    matches: 'a side that killed, wounded or destroyed something "in an attack|assault|strike|raid on <place>": the event named by a noun has the clause\'s subject as its actor',
    builds: 'ATTACKED from the side to the place',
    examples: [
      { text: 'Fighters of JNIM killed at least 130 people in an attack on the town of Barsalogho.', claims: ['JNIM ATTACKED Barsalogho'] },
      { text: 'The RSF killed more than 100 people in a two-day assault on Zamzam camp.', claims: ['Rapid Support Forces ATTACKED Zamzam'] },
      { text: 'Israeli troops said they had killed a commander in a drone strike on a car in the southern town of Tyre.', claims: ['Israeli troops ATTACKED Tyre'] },
    ],
    pattern: String.raw`${ATTACKERS} ${ADV}${AUX}${ADV}(?:killed|wounded|injured|destroyed|damaged|hit|struck|captured)\b[^;«]{0,60}?(?:«[QFCPT]\d+»[^;«]{0,60}?){0,5}? (?:in|during) (?:(?:an?|the|its|their) )?(?:«Q\d+»-[a-z]+ |[a-z-]+ ){0,3}(?:strike|airstrike|attack|raid|assault|ambush|offensive|bombardment|shelling)s? (?:on|against|in) (?:the )?${PLACE_WORDS}(?:(?:an? |the )?[a-z-]+ (?:on|in|of|near) (?:the )?)?(?:(?:[a-z-]+ ){1,3}(?:in|of) (?:the )?)?(?:«C\d+» )?${PLACE_WORDS}{PLACE:target}`,
    build: attacked,
  },
  {
    name: 'attack (named again)',
    predicates: ['ATTACKED'],
    matches: '"the attack|strike|assault … hit|struck <place> (and <place>)" or "a position of <force>", and "civilians had been targeted" with no side named: an attack the article named before, by the side it named',
    builds: 'ATTACKED from the last attacker the article named to each place',
    examples: [
      { text: 'The RSF attacked Zamzam camp. The attack on Friday also hit the nearby town of Abu Shouk.', claims: ['Rapid Support Forces ATTACKED Abu Shouk'] },
      { text: "Myanmar's military bombed Thandwe. Junta spokesman Zaw Min Tun denied that civilians had been targeted, saying the strike had hit a position of the Arakan Army.", claims: ['Burmese troops NOT ATTACKED civilians', 'Burmese troops ATTACKED Arakan Army'] },
      { text: 'Civilians had been targeted by drones.', claims: [] },
    ],
    pattern: [
      String.raw`\b(?:the|this|that) (?:[a-z-]+ )?(?:attack|assault|strike|offensive|shelling|bombardment|raid)s? (?:«T\d+» )?(?:and «T\d+» )?${AUX}${ADV}(?:hit|struck|targeted|reached|destroyed|damaged) (?:the )?(?:[a-z-]+ )?${PLACE_WORDS}{PLACE:target}(?: and (?:the )?(?:[a-z-]+ )?${PLACE_WORDS}{PLACE:target2})?`,
      // "the strike had hit a position of the AA": a side's position, for the side.
      String.raw`\b(?:the|this|that) (?:[a-z-]+ )?(?:attack|assault|strike|shelling|bombardment|raid)s? ${AUX}${ADV}(?:hit|struck|targeted) (?:an? |the )?(?:[a-z-]+ )?(?:positions?|bases?|camps?|posts?|hideouts?) of (?:the )?{FORCE:target}`,
      // "denied that civilians had been targeted": victims of the attack the article named, with no side after "by".
      String.raw`^(?:the )?(?<people>civilians|residents|villagers|displaced people) (?:had |have |has )?been (?:deliberately )?(?:targeted|attacked)(?! by)\b`,
    ],
    build: (match, ctx) => {
      const actor = ctx.lastActor('ATTACKED');
      if (!actor) return [];
      if (match.groups.people) return [{ subject: actor, predicate: 'ATTACKED', object: { kind: 'PERSON', name: match.groups.people, aliases: [], description: 'unnamed victims' } }];
      return [match.groups.target, match.groups.target2].flatMap((t) => {
        const place = t ? (ctx.mention(t)?.letter === 'F' ? ctx.actor(t) : ctx.place(t)) : null;
        return place ? [{ subject: actor, predicate: 'ATTACKED' as const, object: place }] : [];
      });
    },
  },
  {
    name: 'attack (claimed)',
    needs: /\b(?:claim|took part|taken part|take part|taking part)/,
    predicates: ['ATTACKED'],
    matches: 'a side that "claimed responsibility for" or "took part in" the attack the article named before, or "claimed an attack on" a place',
    builds: 'ATTACKED from the side to the place of that attack (DENIED when the side denies taking part)',
    examples: [
      { text: 'Gunmen attacked a police academy in Bamako on Tuesday. JNIM claimed responsibility for the assault.', claims: ['JNIM ATTACKED Bamako'] },
      { text: 'Gunmen attacked a police academy in Bamako on Tuesday. JNIM said its fighters had not taken part in the attack.', claims: ['JNIM NOT ATTACKED Bamako'] },
      { text: 'Hezbollah claimed a drone attack on an army base near Haifa.', claims: ['Hezbollah ATTACKED Haifa'] },
      { text: 'Gunmen attacked a police academy in Bamako on Tuesday. No group has claimed responsibility for the attack.', claims: [] },
    ],
    pattern: [
      String.raw`{SIDE:actor} ${ADV}${AUX}${ADV}(?:claimed|claims|claiming|took|taken|take) (?:responsibility|credit|part) (?:for|in) (?:the|this|that|[a-z]+'s|«T\d+»'s) (?:[a-z-]+ ){0,2}(?:attack|assault|strike|bombing|raid|ambush|offensive)s?\b(?! (?:on|against|in|near) )`,
      String.raw`{SIDE:actor} ${ADV}${AUX}${ADV}(?:claimed|claims|claiming) (?:responsibility for )?(?:an?|the) (?:[a-z-]+ ){0,2}(?:attack|assault|strike|bombing|raid|ambush)s? (?:on|against) (?:the )?${PLACE_WORDS}(?:(?:an? |the )?(?:[a-z-]+ ){1,2}(?:in|near|at|outside) (?:the )?)?{WHERE:target}`,
    ],
    build: (match, ctx) => {
      if (match.groups.target) return attacked(match, ctx);
      const place = ctx.lastAttackPlace();
      const actor = ctx.force(match.groups.actor);
      return place && actor ? [{ subject: actor, predicate: 'ATTACKED', object: place }] : [];
    },
  },
  {
    name: 'attack (passive)',
    needs: /\bby\b/,
    predicates: ['ATTACKED'],
    matches: 'a place or force that was attacked, shelled, bombed, struck, hit, ambushed or raided "by" a side',
    builds: 'ATTACKED from the side to the place or force',
    examples: [
      { text: 'The town of Kupiansk was shelled by Russian forces overnight.', claims: ['Russian troops ATTACKED Kupiansk'] },
      { text: 'A convoy of Malian soldiers was ambushed and largely destroyed by JNIM fighters.', claims: ['JNIM ATTACKED Malian troops'] },
      { text: 'The town of Kupiansk could be shelled by Russian forces again.', claims: [] },
      { text: 'A patrol of Nigerien soldiers was ambushed near Tillaberi, close to the Malian border, by fighters of the Islamic State Sahel Province (ISSP).', claims: ['Islamic State Sahel Province ATTACKED Nigerien troops'] },
    ],
    pattern: [
      String.raw`{PLACE:target} ${ADV}${PASSIVE_ATTACK}`,
      // "a column of Malian soldiers and Wagner contractors was ambushed": the first of the two stands for the column.
      String.raw`{FORCE:target}(?: and «F\d+»(?: [a-z]+)?)? ${ADV}${PASSIVE_ATTACK}`,
    ],
    build: attacked,
  },
  {
    name: 'attack (repelled)',
    predicates: ['ATTACKED'],
    matches: 'a side that repelled, repulsed or fought off an attack by another side (and its allies)',
    builds: 'ATTACKED from each attacker to the side that repelled it',
    examples: [{ text: 'The FARDC have repelled an attack by the Rwandan army and its M23 auxiliaries near Minova.', claims: ['Rwandan troops ATTACKED Congolese troops', 'M23 ATTACKED Congolese troops'] }],
    pattern: String.raw`{SIDE:target}(?:,[^,]{1,60},)? ${AUX}${ADV}(?:repelled|repulsed|fought off|thwarted|beat back|pushed back) (?:an?|the) (?:[a-z-]+ ){0,3}(?:attack|assault|offensive|incursion|raid|advance) by (?:the )?{SIDE:actor}(?: and (?:its |their )?(?:[a-z-]+ )?{SIDE:actor2})?(?! on)`,
    build: attacked,
  },
  {
    name: 'attack (strikes hit)',
    needs: /\b(?:strikes?|airstrikes?|shelling|attacks?|bombardment|bombing|drones?|missiles?|rockets?|artillery)\b/,
    predicates: ['ATTACKED'],
    matches: '"<side> strikes|shelling|attacks|drones killed|hit|destroyed … in|on <place>", "<side> strikes|missiles hit|struck|pounded <place>"',
    builds: 'ATTACKED from the attacker to the place',
    examples: [
      { text: 'Israeli air strikes killed 30 people in Rafah on Tuesday.', claims: ['Israeli troops ATTACKED Rafah'] },
      { text: 'Russian missiles struck a market in Kharkiv on Sunday.', claims: ['Russian troops ATTACKED Kharkiv'] },
    ],
    pattern: [
      String.raw`{SIDE:actor} (?:[a-z-]+ ){0,2}(?:strikes?|airstrikes?|shelling|attacks?|bombardment|bombing|drones?|missiles?|rockets?|artillery fire) ${AUX}(?:killed|hit|struck|destroyed|wounded|damaged|pounded|targeted|on|against)[^;]{0,60}? (?:in|on|at|across|against) (?:the )?${PLACE_WORDS}{WHERE:target}`,
      // "Israeli strikes hit Khan Younis", "Russian missiles struck a market in Kharkiv": the place as the verb's object.
      String.raw`{SIDE:actor} (?:[a-z-]+ ){0,2}(?:strikes|airstrikes|shelling|attacks|bombardment|bombing|drones|missiles|rockets|artillery fire) ${AUX}${ADV}(?:hit|struck|pounded|targeted|destroyed|damaged) (?:the )?${PLACE_WORDS}${FACILITY}${PLACE_WORDS}{PLACE:target}`,
    ],
    build: attacked,
  },
  {
    name: 'fighting in',
    predicates: ['FIGHTS_IN'],
    matches: 'a country or force that is fighting, fought or is in combat in, on or near a place, also "while fighting in <place>" after the force',
    builds: 'FIGHTS_IN from the force to the place',
    examples: [
      { text: 'North Korean troops are fighting in the Kursk region.', claims: ['North Korean troops FIGHTS_IN Kursk'] },
      { text: 'Over 3,000 North Korean troops have suffered casualties while fighting in the Kursk area.', claims: ['North Korean troops FIGHTS_IN Kursk'] },
      { text: 'Moscow denied that North Korean soldiers were taking part in the fighting in the Kursk region.', claims: ['North Korean troops NOT FIGHTS_IN Kursk'] },
      { text: 'Wagner fighters took part in the operation to retake Kidal.', claims: ['Wagner Group FIGHTS_IN Kidal'] },
      { text: 'North Korean gun crews were operating self-propelled howitzers in the Kursk region.', claims: ['North Korean troops FIGHTS_IN Kursk'] },
      { text: 'North Korean troops are preparing to take part in the fighting in the Kursk region.', claims: [] },
    ],
    pattern: [
      String.raw`{SIDE:force} ${ADV}${AUX}${ADV}(?:(?:are|were|is|was|have been|has been|had been) )?${ADV}(?:fighting|fought|battling|engaged in (?:combat|fighting)|in combat|deployed on the front ?lines?|returned to the front(?: ?lines?)?|back on the front(?: ?lines?)?|took part in (?:the )?(?:fighting|combat|battles?|operations?)|(?:(?:begun|began|started|begin|start) )?taking part in (?:the )?(?:fighting|combat|battles?|hostilities)) (?:in|on|near|around|across|inside|for) (?:the )?${PLACE_WORDS}{WHERE:place}`,
      // "gun crews were also operating howitzers in the Kursk region": a force at work in a place.
      String.raw`{SIDE:force} ${ADV}(?:(?:are|were|is|was|have been|has been|had been) )${ADV}operating (?:[a-z-]+ ){0,4}?(?:in|inside|near) (?:the )?${PLACE_WORDS}{WHERE:place}`,
      // "took part in the operation to liberate the Kursk region": the place of the operation.
      String.raw`{SIDE:force} ${ADV}${AUX}${ADV}(?:took|taken|take|taking) part in (?:the|an?) (?:[a-z-]+ )?(?:operation|offensive|battle|counter-offensive|fighting) (?:to (?:liberate|retake|recapture|defend|free|clear)|for) (?:the )?${PLACE_WORDS}{WHERE:place}`,
      String.raw`{FORCE:force}[^«]{0,80}? while (?:fighting|battling|in combat) (?:in|on|near|around) (?:the )?${PLACE_WORDS}{WHERE:place}`,
    ],
    build: fights,
  },
  {
    name: 'fighting between',
    predicates: ['FIGHTS_IN'],
    matches: '"fighting", "clashes" or "battles" "between" two sides "in", "around" or "near" a place',
    builds: 'FIGHTS_IN for each side, to the place',
    examples: [{ text: 'Heavy fighting broke out between M23 rebels and Congolese troops around the town of Sake.', claims: ['M23 FIGHTS_IN Sake', 'Congolese troops FIGHTS_IN Sake'] }],
    pattern: String.raw`(?:fighting|clashes|battles?)(?: [a-z]+){0,4}?(?: «T\d+»)? between (?:the )?{SIDE:a} and (?:the )?{SIDE:b} (?:in|around|near|for|over|across) (?:the )?${PLACE_WORDS}{WHERE:place}`,
    build: (match, ctx) => {
      const place = ctx.place(match.groups.place);
      if (!place) return [];
      return [match.groups.a, match.groups.b].flatMap((side) => {
        const force = ctx.force(side);
        return force ? [{ subject: force, predicate: 'FIGHTS_IN' as const, object: place }] : [];
      });
    },
  },
];
