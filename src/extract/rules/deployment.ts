import type { ClaimDraft, RuleContext, RuleEntry, RuleMatch } from './types';
import { ADV, AUX, MORE, PASSIVE, PLACE_WORDS, REGION_ADJECTIVES, TROOPS, UNIT_NOUNS } from './types';
import { unitOf } from '../entities';

/**
 * Deployments: DEPLOYED_TO, subject the force sent (a named force, or the sender's national force
 * when the text says only "troops"), object the country or place, quantity the number sent.
 * "to assist Russian operations" sends to Russia.
 */
function deployed(match: RuleMatch, ctx: RuleContext): ClaimDraft[] {
  // "1,000 troops of the UPDF": the force named after the noun.
  const g: Record<string, string | undefined> = { ...match.groups, force: match.groups.force ?? match.groups.ofForce };
  const target = ctx.place(g.target);
  const forceMention = ctx.mention(g.force);
  const senderMention = ctx.mention(g.sender);
  const subject = g.force
    ? ctx.force(g.force)
    : g.bare && UNIT_NOUNS.test(g.bare) && senderMention?.country
      ? unitOf(senderMention.country, g.bare.toLowerCase())
      : ctx.force(g.sender);
  if (!subject || !target || subject === target) return [];
  const unit = g.bare ?? forceMention?.head ?? null;
  return [{ subject, predicate: 'DEPLOYED_TO', object: target, quantity: ctx.quantity(g.qty, unit) }];
}

const TO = String.raw`(?:to|into|in|inside)(?: (?:assist|support|aid|help|fight (?:for|alongside)|reinforce|back|bolster|join))?(?: the)? ${REGION_ADJECTIVES}`.trimEnd();

export const DEPLOYMENT_RULES: RuleEntry[] = [
  {
    name: 'deployment',
    predicates: ['DEPLOYED_TO'],
    matches: 'a country or force that sent, dispatched, deployed or committed (a number of) troops or a named force to a country or place',
    builds: 'DEPLOYED_TO from the force sent (the sender\'s national force for bare "troops") to the destination, with the number',
    examples: [
      { text: 'North Korea has sent over 10,000 troops to Russia.', claims: ['North Korean troops DEPLOYED_TO Russia [AT_LEAST 10000 troops]'] },
      { text: 'Rwanda deployed between 3,000 and 4,000 soldiers into North Kivu.', claims: ['Rwandan troops DEPLOYED_TO North Kivu [EXACTLY 3000-4000 soldiers]'] },
      { text: 'Mali has sent 500 soldiers of the Wagner Group to Kidal.', claims: ['Wagner Group DEPLOYED_TO Kidal [EXACTLY 500 soldiers]'] },
    ],
    pattern: String.raw`{SIDE:sender} ${ADV}${AUX}${ADV}(?:sent|dispatched|deployed|committed|transferred|moved|rushed|sent in|shipped|flown|ferried) (?:a total of |an estimated )?(?:{QTY:qty} )?${MORE}(?:(?<bare>${TROOPS})(?: (?:of|from) (?:the |its )?{FORCE:ofForce})?|{FORCE:force})(?: [a-z]+){0,3}? ${TO}{WHERE:target}`,
    build: deployed,
  },
  {
    name: 'deployment (passive)',
    predicates: ['DEPLOYED_TO'],
    matches: '(a number of) a force that has been deployed, sent, dispatched or stationed to or in a country or place',
    builds: 'DEPLOYED_TO from the force to the destination, with the number',
    examples: [
      { text: 'About 1,500 Burundian troops have been deployed to South Kivu.', claims: ['Burundian troops DEPLOYED_TO South Kivu [APPROXIMATELY 1500 troops]'] },
      { text: '12,000 North Korean labourers were sent to Russia.', claims: [] },
      { text: 'The number of Burundian troops deployed in South Kivu has doubled.', claims: ['Burundian troops DEPLOYED_TO South Kivu'] },
    ],
    pattern: [
      String.raw`(?:{QTY:qty} )?{FORCE:force} ${ADV}${PASSIVE} ${ADV}(?:deployed|sent|dispatched|stationed|transferred|moved|redeployed|ferried|flown|shipped|transported)(?: (?:back|abroad|there))? ${TO}${PLACE_WORDS}{WHERE:target}`,
      // "the number of Rwandan troops deployed in North Kivu": the participle after its noun.
      String.raw`(?:{QTY:qty} )?{FORCE:force} (?:now |currently |still )?(?:deployed|stationed) (?:in|to|inside) (?:the )?${REGION_ADJECTIVES}${PLACE_WORDS}{WHERE:target}`,
    ],
    build: deployed,
  },
  {
    name: 'deployment (presence)',
    predicates: ['DEPLOYED_TO'],
    matches: '(a number of) a force that arrived in, is stationed in or operates in a country or place',
    builds: 'DEPLOYED_TO from the force to the place, with the number',
    examples: [{ text: 'Some 2,000 Wagner fighters arrived in Mali.', claims: ['Wagner Group DEPLOYED_TO Mali [APPROXIMATELY 2000 fighters]'] }],
    pattern: String.raw`(?:{QTY:qty} )?{FORCE:force} ${ADV}${AUX}${ADV}(?:arrived|been operating|are operating|were operating|(?:are|were|is|was|have been|had been) (?:stationed|based|present|deployed)) (?:in|at|inside) (?:the )?{WHERE:target}`,
    build: deployed,
  },
  {
    name: 'deployment (noun phrase)',
    predicates: ['DEPLOYED_TO'],
    matches: 'a bare "<force> in <place>" as the whole of what a denial or report is about ("called reports of North Korean troops in Kursk fake")',
    builds: 'DEPLOYED_TO from the force to the place (DENIED when denied)',
    examples: [{ text: 'Foreign ministry spokeswoman Maria Zakharova called the reports of North Korean troops in Kursk "fake news".', claims: ['North Korean troops NOT DEPLOYED_TO Kursk'] }],
    pattern: String.raw`^\s*(?:the )?(?:presence of )?(?:{QTY:qty} )?{FORCE:force} (?:in|inside|on the ground in|fighting in) (?:the )?${REGION_ADJECTIVES}{WHERE:target}\s*$`,
    build: deployed,
  },
  {
    name: 'deployment (noun)',
    predicates: ['DEPLOYED_TO'],
    matches: '"the deployment of" (a number of) a force "to" or "in" a country or place',
    builds: 'DEPLOYED_TO from the force to the destination, with the number',
    examples: [{ text: 'The deployment of 4,000 Rwandan troops in eastern Congo alarmed Kinshasa.', claims: ['Rwandan troops DEPLOYED_TO DR Congo [EXACTLY 4000 troops]'] }],
    pattern: String.raw`deployment of (?:{QTY:qty} )?${MORE}{FORCE:force} ${TO}{WHERE:target}`,
    build: deployed,
  },
];
