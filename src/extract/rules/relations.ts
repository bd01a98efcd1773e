import type { ClaimDraft, RuleContext, RuleEntry, RuleMatch } from './types';
import { lexicon } from '../lexicon';
import { ADV, AUX } from './types';

/**
 * Relations between sides: ALLIED_WITH and AT_WAR_WITH (symmetric: the two sides are put in name
 * order when the claim is made), SUPPORTS (a backer and the side it backs).
 */
function pair(predicate: 'ALLIED_WITH' | 'AT_WAR_WITH') {
  return (match: RuleMatch, ctx: RuleContext): ClaimDraft[] => {
    const a = ctx.actor(match.groups.a);
    const b = ctx.actor(match.groups.b);
    if (!a || !b || a.name === b.name) return [];
    return [{ subject: a, predicate, object: b }];
  };
}

function supports(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  const fromMention = ctx.mention(match.groups.from);
  // "received missiles from Moscow": a capital read as a city is its state here.
  const capitalOf = fromMention?.letter === 'L' && fromMention.entity ? lexicon().countries.byCapital.get(fromMention.entity.name) : undefined;
  const backer = match.groups.force
    ? ctx.force(match.groups.force)
    : capitalOf
      ? capitalOf.entity
      : match.groups.from
        ? (fromMention?.letter === 'C' && match.groups.received ? ctx.actor(match.groups.from) : ctx.force(match.groups.from))
        : ctx.actor(match.groups.backer);
  const backed = ctx.actor(match.groups.target);
  if (!backer || !backed || backer.name === backed.name) return [];
  const unit = match.groups.troops ?? ctx.mention(match.groups.force)?.head ?? ctx.mention(match.groups.backer)?.head ?? null;
  return [{ subject: backer, predicate: 'SUPPORTS', object: backed, quantity: ctx.quantity(match.groups.qty, unit) }];
}

const SIDE_A = '(?:the )?{SIDE:a}';
const SIDE_B = '(?:the )?{SIDE:b}';

export const RELATION_RULES: RuleEntry[] = [
  {
    name: 'alliance (between)',
    predicates: ['ALLIED_WITH'],
    matches: '"collaboration", "partnership", "alliance", "cooperation", "pact", "treaty" or "ties" "between" two sides',
    builds: 'ALLIED_WITH between the two sides',
    examples: [{ text: 'The collaboration between Moscow and Pyongyang has deepened.', claims: ['North Korea ALLIED_WITH Russia'] }],
    pattern: String.raw`(?:collaboration|partnership|alliance|cooperation|pact|treaty|military ties|axis) between ${SIDE_A} and ${SIDE_B}`,
    build: pair('ALLIED_WITH'),
  },
  {
    name: 'alliance (signed)',
    predicates: ['ALLIED_WITH'],
    matches: 'two sides that signed, sealed or forged a pact, treaty, alliance or partnership',
    builds: 'ALLIED_WITH between the two sides',
    examples: [{ text: 'Mali and Burkina Faso signed a mutual defence pact.', claims: ['Burkina Faso ALLIED_WITH Mali'] }],
    pattern: String.raw`${SIDE_A} and ${SIDE_B} ${AUX}(?:signed|sealed|forged|struck|agreed|concluded|formed) (?:an? |the )?(?:[a-z-]+ ){0,3}(?:pact|treaty|alliance|partnership|confederation)`,
    build: pair('ALLIED_WITH'),
  },
  {
    name: 'alliance (ally)',
    predicates: ['ALLIED_WITH'],
    matches: '"<side>\'s ally <side>", "<side> and its ally <side>", "<side>, an ally of <side>"',
    builds: 'ALLIED_WITH between the two sides',
    examples: [{ text: "Russia's ally Belarus hosted the drills.", claims: ['Belarus ALLIED_WITH Russia'] }],
    pattern: [
      String.raw`${SIDE_A}(?:'s| and its| and their) (?:close |key |main |military |staunch |closest )?all(?:y|ies),? (?:in (?:the )?)?${SIDE_B}`,
      String.raw`${SIDE_B}, (?:a |an |the )?(?:close |key |main |staunch )?ally of ${SIDE_A}`,
    ],
    build: pair('ALLIED_WITH'),
  },
  {
    name: 'alliance (works with)',
    predicates: ['ALLIED_WITH'],
    matches: 'a side that works, cooperates or coordinates with, joined forces with, or switched sides to another (and with a third)',
    builds: 'ALLIED_WITH between the side and each partner',
    examples: [{ text: "Congo's army has continued to work with the FDLR and with the Wazalendo militias.", claims: ['Congolese troops ALLIED_WITH Democratic Forces for the Liberation of Rwanda', 'Congolese troops ALLIED_WITH Wazalendo'] }],
    pattern: String.raw`{SIDE:a} ${ADV}${AUX}${ADV}(?:(?:continued|continues|began|begun) to )?(?:work(?:s|ed|ing)? (?:closely )?with|cooperat(?:e|es|ed|ing) with|coordinat(?:e|es|ed|ing) with|switched sides to|defected to|joined forces with) (?:the )?{SIDE:b}(?:,? and (?:with )?(?:the )?(?:[a-z-]+ ){0,3}?(?:known as )?{SIDE:b2})?`,
    build: (match, ctx) => {
      const a = ctx.actor(match.groups.a);
      return [match.groups.b, match.groups.b2].flatMap((side) => {
        const b = side ? ctx.actor(side) : null;
        return a && b && a.name !== b.name ? [{ subject: a, predicate: 'ALLIED_WITH' as const, object: b }] : [];
      });
    },
  },
  {
    name: 'war (hyphenated)',
    predicates: ['AT_WAR_WITH'],
    matches: '"<side>-<side> conflict|war"',
    builds: 'AT_WAR_WITH between the two sides',
    examples: [{ text: 'The involvement of North Korean forces in the Russia-Ukraine conflict grows.', claims: ['Russia AT_WAR_WITH Ukraine'] }],
    pattern: String.raw`{SIDE:a} ?- ?{SIDE:b} (?:conflict|war)`,
    build: pair('AT_WAR_WITH'),
  },
  {
    name: 'war (between)',
    predicates: ['AT_WAR_WITH'],
    matches: '"war", "conflict" or "hostilities" "between" two sides ("fighting between" is FIGHTS_IN, not war)',
    builds: 'AT_WAR_WITH between the two sides',
    examples: [{ text: 'The war between the Sudanese army and the RSF began in April 2023.', claims: ['Rapid Support Forces AT_WAR_WITH Sudanese troops'] }],
    pattern: String.raw`(?:war|conflict|hostilities) between ${SIDE_A} and ${SIDE_B}`,
    build: pair('AT_WAR_WITH'),
  },
  {
    name: 'war (against)',
    predicates: ['AT_WAR_WITH'],
    matches: '"<side>\'s war|invasion|offensive against|in|of <side>", "<side> invaded <side>", "<side> is at war with <side>", "<side> fought against|clashed with <side>"',
    builds: 'AT_WAR_WITH between the two sides',
    examples: [
      { text: "Russia's full-scale invasion of Ukraine began in 2022.", claims: ['Russia AT_WAR_WITH Ukraine'] },
      { text: 'M23 rebels clashed with Congolese troops near Sake.', claims: ['Congolese troops AT_WAR_WITH M23'] },
    ],
    pattern: [
      String.raw`${SIDE_A}'s (?:[a-z-]+ )?(?:war|invasion|offensive|aggression) (?:in|of|against|on) ${SIDE_B}`,
      String.raw`${SIDE_A} ${ADV}${AUX}(?:invaded|(?:is|are|was|were) at war with|declared war on|went to war with|clashed with|(?:(?:are|were|is|was|have been|has been) )?(?:fought|fighting|battled|battling) against) ${SIDE_B}`,
    ],
    build: pair('AT_WAR_WITH'),
  },
  {
    name: 'support (force helps)',
    predicates: ['SUPPORTS'],
    matches: '(a number of) a force that contributed to, supported, aided, reinforced or fought alongside a side, also "fighting side by side with <side>, <force> …" and "<force> fought <enemy> in <place> alongside <side>"',
    builds: 'SUPPORTS from the force to the side, with the number',
    examples: [
      { text: "Over 10,000 North Korean troops have contributed to Russia's military efforts.", claims: ['North Korean troops SUPPORTS Russia [AT_LEAST 10000 troops]'] },
      { text: 'Fighting side by side with Malian troops, Wagner fighters routed the rebels near Kidal.', claims: ['Wagner Group SUPPORTS Malian troops'] },
      { text: 'Burundian troops have fought M23 rebels in South Kivu alongside Congolese troops since 2023.', claims: ['Burundian troops SUPPORTS Congolese troops'] },
    ],
    pattern: [
      String.raw`(?:{QTY:qty} )?{FORCE:force} ${ADV}${AUX}${ADV}(?:(?:are|were|have been|has been) )?(?:be )?(?:contributed to|supported|aided|assisted|reinforced|(?:fought|fighting|fight|operating|operate|operated|serving|serve|served) (?:mainly |largely |directly )?alongside|(?:fighting|fought|fight) shoulder to shoulder with) (?:the )?{ACTOR:target}`,
      // "Fighting shoulder to shoulder with the Russian army, the KPA units routed …": a participle before its subject.
      String.raw`(?:^|, )(?:[Ff]ighting|[Oo]perating|[Ss]erving) (?:shoulder to shoulder with|side by side with|alongside|together with) (?:the )?{ACTOR:target}, (?:the )?(?:{QTY:qty} )?{FORCE:force}`,
      // "have fought insurgents in the province alongside Mozambican troops": words between the verb and "alongside".
      String.raw`(?:{QTY:qty} )?{FORCE:force} ${ADV}${AUX}${ADV}(?:fought|fighting|fight)(?: [^;«,]{0,40}?(?:«[A-Z]\d+»[^;«,]{0,30}?){0,2}) alongside (?:the )?{ACTOR:target}`,
    ],
    build: supports,
  },
  {
    name: 'support (backing)',
    predicates: ['SUPPORTS'],
    matches: 'a side that backs, supports, arms, supplies, funds or trains another, "<side>-backed <force>", "<side>, backed by (a number of) <force>" or "by troops from <country>", "accused <side> of arming <side>"',
    builds: 'SUPPORTS from the backer to the force',
    examples: [
      { text: 'The Rwanda-backed M23 seized the town.', claims: ['Rwanda SUPPORTS M23'] },
      { text: 'Iran has armed the Houthis for years.', claims: ['Iran SUPPORTS Houthis'] },
      { text: 'M23, who the UN says are backed by about 4,000 troops from neighbouring Rwanda, seized Kavumu airport.', claims: ['Rwandan troops SUPPORTS M23 [APPROXIMATELY 4000 troops]'] },
      { text: 'UN experts have accused the United Arab Emirates of sending weapons to the RSF.', claims: ['United Arab Emirates SUPPORTS Rapid Support Forces'] },
      { text: 'North Korea has shipped more than 8,000 crates of ammunition to Russia.', claims: ['North Korea SUPPORTS Russia'] },
      { text: 'Pyongyang has received anti-aircraft missiles from Russia.', claims: ['Russia SUPPORTS North Korea'] },
    ],
    pattern: [
      String.raw`{SIDE:backer} ${ADV}${AUX}${ADV}(?:backs|backed|supports|supported|is backing|has been backing|arms|armed|is arming|funds|funded|trains|trained|equips|equipped) (?:the )?{SIDE:target}`,
      String.raw`{SIDE:backer} ?-backed (?:the )?{FORCE:target}`,
      String.raw`{SIDE:target},? (?:which is |who are |which are |a group |a militia |(?:who|which) (?:the )?«O\d+» says (?:are|is) )?(?:backed|supported|armed|funded|reinforced) by (?:{QTY:qty} (?:of )?)?(?:the )?{SIDE:backer}`,
      String.raw`{SIDE:target},? (?:(?:who|which) (?:the )?(?:«O\d+» )?(?:says? )?)?(?:(?:are|is|were|was|have been|has been) )?(?:backed|supported|reinforced) by (?:{QTY:qty} )?(?<troops>troops|soldiers|fighters) from (?:neighbouring )?{STATE:from}`,
      String.raw`{SIDE:backer} ${ADV}${AUX}${ADV}(?:supplied|supplies|is supplying|provided|provides|delivered|sent weapons to|sent arms to|armed) (?:the )?{SIDE:target}(?: with)?`,
      String.raw`{SIDE:backer} of (?:backing|arming|supporting|supplying|funding|equipping|training|using|sending (?:weapons|arms|troops|drones|fighters|mercenaries) to) (?:the )?{SIDE:target}`,
      // "North Korea has shipped more than 8,000 crates of ammunition to Russia": the crates are no quantity of the fact.
      String.raw`{SIDE:backer} ${ADV}${AUX}${ADV}(?:shipped|supplied|delivered|sent|provided|transferred|smuggled) (?:{QTY} )?(?:[a-z-]+ ){0,3}(?:weapons|arms|ammunition|shells|missiles|drones|equipment|artillery|rockets|munitions|howitzers)(?: [a-z-]+){0,3}? to (?:the )?{SIDE:target}`,
      // "Iran remains Hezbollah's principal backer".
      String.raw`{SIDE:backer} (?:is|was|remains|remained|has been|became) (?:the |a |an )?{SIDE:target}'s (?:[a-z]+ )?(?:backer|sponsor|patron|arms supplier|supplier)`,
      // "the North has received air-defence equipment from Moscow": the giver backs the receiver.
      String.raw`{SIDE:target} ${ADV}${AUX}${ADV}(?<received>received|obtained|acquired|(?:been|was|were) (?:supplied|given|sent|delivered)) [^;«]{0,80}? from {WHERE:from}`,
      // "Burundian troops who had been deployed in South Kivu to help the Congolese army".
      String.raw`{FORCE:force}(?: (?:who|which|that))? ${ADV}${AUX}${ADV}(?:(?:had |have |has )?been )?(?:deployed|sent|dispatched|stationed)[^;«]{0,40}?(?:«L\d+»[^;«]{0,20}?)? to (?:help|assist|support|back|reinforce|fight alongside|bolster) (?:the )?{SIDE:target}`,
    ],
    build: supports,
  },
];
