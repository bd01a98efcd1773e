import type { RelationshipType } from '../generated/types';
import type { PartialDate } from '../support';
import { relationshipType } from '../vocabulary';
import { denialContent, voiceOf, type Voice } from './attribution';
import { clauseViews } from './clauses';
import { ruleContext } from './context';
import { Discourse } from './discourse';
import { nationalForce } from './entities';
import { lexicon, type Country } from './lexicon';
import { mask } from './mask';
import { findMentions, noteDatelineCity, type Mention } from './mentions';
import type { ExtractedClaim, ExtractedEntity, Extraction, ExtractionWarning } from './model';
import { BLOCKER_REASON, blockerIn, clauseStart, isHedged, type Blocker } from './modality';
import { normalise } from './normalise';
import { COMPILED, type ClaimDraft } from './rules';
import { splitSentences, type Sentence } from './splitSentences';
import { EXTRACTOR_VERSION } from './version';

/**
 * Turns an article into claims, sentence by sentence: find the mentions (mentions.ts), mask them
 * (mask.ts), take the reporting clause off (attribution.ts), run every rule entry (rules/) over what
 * is left, drop matches whose clause is negated, possible, planned, a near miss or conditional
 * (modality.ts), and date each claim by the time expression of its clause (time.ts). Precision
 * first: a sentence that names two actors but gives no claim becomes a warning saying why.
 *
 * `publishedAt` resolves relative times ("on Monday", "since December"); without it the article is
 * still read, relative times stay unresolved and one article-level warning says so.
 */
export function extractClaims(text: string, publishedAt: PartialDate | null): Extraction {
  const clean = normalise(text);
  const discourse = new Discourse();
  noteArticleCountries(clean, discourse);
  noteDatelineCity(clean, discourse);
  const claims: ExtractedClaim[] = [];
  const warnings: ExtractionWarning[] = [];
  if (!publishedAt) {
    warnings.push({ sentence: null, start: null, reason: 'the publication date is unknown: relative times ("on Monday", "since December") are left unresolved' });
  }
  let previous: ExtractedClaim[] = [];
  let previousText = '';
  for (const sentence of splitSentences(text)) {
    const before = discourse.lastSpeaker;
    const found = extractSentence(sentence, clean.slice(sentence.start, sentence.end), discourse, publishedAt);
    nameTheSpeakerBefore(previous, previousText, before, discourse.lastSpeaker);
    previous = found.claims;
    previousText = clean.slice(sentence.start, sentence.end);
    claims.push(...found.claims);
    if (found.warning) warnings.push({ sentence: sentence.text, start: sentence.start, reason: found.warning });
  }
  return { claims, warnings, extractorVersion: EXTRACTOR_VERSION };
}

/**
 * "…, the army spokesman said. Sylvain Ekenge, the army spokesman, added …": the sentence before
 * was spoken by the person named now, when the unnamed speaker's every word is in the named
 * person's title and the title's words were in the sentence before (a name that only "added" is not
 * enough: another speaker may add too).
 */
function nameTheSpeakerBefore(claims: ExtractedClaim[], previousText: string, before: ExtractedEntity | null, now: ExtractedEntity | null): void {
  if (!before || !now || before === now || before.kind !== 'PERSON' || now.kind !== 'PERSON' || before.description !== 'unnamed' || !now.description || now.description === 'unnamed') return;
  const has = (text: string, word: string) => new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'iu').test(text);
  // Both ways: the unnamed speaker's words are in the title ("spokesman"), and the title's words were
  // in the sentence before ("the army spokesman said" before "X, the army spokesman, added").
  const titleWords = now.description.split(/[\s,]+/).filter((w) => w && !/^(?:the|of|a|an|for)$/i.test(w));
  if (!before.name.split(' ').every((w) => has(now.description ?? '', w)) || !titleWords.every((w) => has(previousText, w))) return;
  for (const claim of claims) if (claim.reporter?.name === before.name && claim.reporter.description === before.description) claim.reporter = now;
}

function extractSentence(sentence: Sentence, s: string, discourse: Discourse, publishedAt: PartialDate | null): { claims: ExtractedClaim[]; warning: string | null } {
  const mentions = findMentions(s, discourse, publishedAt);
  const masked = mask(s, mentions);
  const voice = voiceOf(masked, mentions, discourse, s);
  // Quotation marks say nothing the rules read: "had “liberated” Sudzha" is "had liberated Sudzha".
  // "…, a charge Kigali rejects", "…, allegations it rejects": the accused denies what the sentence states.
  const rejected = REJECTED_TAIL.exec(voice.content);
  if (rejected) voice.content = voice.content.slice(0, rejected.index);
  const content = sidesNamedByNoun(ownForces(voice, mentions).replace(/"/g, ''), voice, mentions, discourse)
    .replace(/"/g, '')
    .replace(/ {2,}/g, ' ')
    // "a base near Binyamina in which four soldiers were killed": what happened "in which" happened at the place before.
    .replace(/(«L\d+»)([^«;,]{0,40}?),? in which\b/g, '$1$2, where in $1')
    // "Walikale, the mining town they seized in March": the place is the object of the clause that follows it.
    .replace(/(«L\d+»), (?:the|a) (?:[a-z-]+ ){0,2}(?:town|city|village|base|camp|hub|garrison|region|area|crossing)(?: (?:that|which))? (?:they|it|(«F\d+»)) (?:(?:had|has|have) )?(seized|captured|took|overran|occupied|retook|recaptured)( «T\d+»)?/g, (all: string, place: string, named: string | undefined, verb: string, time: string | undefined, at: number, whole: string) => {
      const side = named ?? forceBefore(whole.slice(0, at));
      return side ? `${all}, as ${side} ${verb} ${place}${time ?? ''},` : all;
    })
    // "Russia's Kursk region" is the region; the country only owns it.
    .replace(/«C\d+»'s («L\d+»)/g, '$1')
    // "holding positions in its western districts": the districts of the place named before.
    .replace(/\bits ((?:[a-z]+ )?(?:districts?|outskirts|centre|center|suburbs?|neighbourhoods?))\b/g, (all: string, what: string, at: number, whole: string) => {
      const place = placeBefore(whole.slice(0, at));
      return place ? `the ${what} of ${place}` : all;
    })
    // "Goma's Himbi district", "the city's Kavumu airport": the place owned, not its owner (named or not).
    .replace(/(?:«L\d+»|\b[A-Z][\p{L}-]+)'s («L\d+»)/gu, '$1')
    // "recaptured Wad Madani … a year after it fell to the RSF": "it" is the place named before.
    .replace(/\bit (?=(?:fell|has fallen|had fallen|was (?:captured|seized|taken|overrun)) )/g, (all, at: number, whole: string) => `${placeBefore(whole.slice(0, at)) ?? 'it'} `)
    // "4,000 North Korean soldiers have been killed since they were deployed to Russia": "they" is the force named before it.
    .replace(/\b(?:they|it|some of them|many of them) (?=(?:were|was|had been|have been|has been|are believed to have been|were believed to have been) (?:deployed|sent|dispatched|stationed|captured|taken prisoner|killed|wounded)\b)/g, (all: string, at: number, whole: string) => `${(at > 0 ? forceBefore(whole.slice(0, at)) : null) ?? all.trimEnd()} `);
  const claims: ExtractedClaim[] = [];
  const seen = new Map<string, ExtractedClaim>();
  const blocked: Blocker[] = [];
  const statements = statementsOf(voice, content, mentions);
  // "…, which according to the UN had …": the clause in its own voice (attribution.ts, scopedAccording).
  for (const scoped of voice.scoped ?? []) statements.push(scoped);
  // "Rwanda, which denies arming the M23, …": a denial in a relative clause, by its antecedent.
  const relative = RELATIVE_DENIAL.exec(content);
  const denier = relative ? mentions[Number(relative[2])]?.entity : undefined;
  if (relative && denier) {
    const denial: Voice = { attribution: 'REPORTER', reporter: denier, intermediary: null, polarity: 'DENIED', hedged: false, content: '', denial: true };
    statements.push({ voice: denial, content: denialContent(relative.groups?.rest ?? '', relative[1] ?? '') });
  }
  // "The RSF rejected the accusation as baseless": the claims of the sentence before, denied.
  for (const st of statements) {
    if (st.voice.polarity !== 'DENIED') continue;
    // "The army denied that any soldiers were captured": the captures reported before, denied.
    const event = refersBack(st.content) ? 'ANY' : deniedEvent(st.content);
    if (event) claims.push(...deniedAgain(discourse, st.voice, sentence, event));
  }
  // What a speaker's own name states ("The Sudanese army's 6th Infantry Division said"), in the source's voice.
  const sourceVoice: Voice = { attribution: 'SOURCE', reporter: null, intermediary: null, polarity: 'ASSERTED', hedged: false, content: masked, denial: false };
  for (const { voice, content, speakerOnly } of [...statements, { voice: sourceVoice, content: masked.replace(/"/g, ''), speakerOnly: true }])
  // The content, then its other readings (a subject across a relative clause, the relative clause itself: clauses.ts).
  for (const view of speakerOnly ? [content] : [content, ...clauseViews(content)]) {
    const ctx = ruleContext(view, mentions, discourse);
    for (const { rule, patterns } of COMPILED) {
      if (speakerOnly && !rule.speakerToo) continue;
      if (rule.needs && !rule.needs.test(view)) continue;
      for (const pattern of patterns) {
        for (const m of view.matchAll(pattern)) {
          const index = m.index ?? 0;
          const drafts = rule.build({ groups: m.groups ?? {}, index, text: view }, ctx);
          if (drafts.length === 0) continue;
          // The clause the match ends in: "retake Kidal, which Malian troops seized" is not a possibility.
          const clause = view.slice(clauseStart(view, index + m[0].length - 1), index + m[0].length).replace(/«[A-Z]\d+»/g, ' ');
          const blocker = blockerIn(clause);
          if (blocker) {
            blocked.push(blocker);
            continue;
          }
          const time = timeOf(view, index, index + m[0].length, mentions);
          const hedged = voice.hedged || isHedged(clause);
          for (const draft0 of drafts) {
            // "Mali's army said 15 of the attackers had been captured": a force that reports captures without a captor made them.
            const draft = draft0.predicate === 'CAPTURED_BY' && !draft0.object && voice.reporter?.kind === 'ARMED_FORCE' && voice.reporter.name !== draft0.subject.name ? { ...draft0, object: voice.reporter } : draft0;
            const claim = rule.outletVoice ? makeClaim(draft, sourceVoice, false, time, sentence, rule.name) : makeClaim(draft, voice, hedged, time, sentence, rule.name);
            const key = claimKey(claim);
            const earlier = seen.get(key);
            // The same claim read again in another view keeps the first, unless only the new one is dated.
            if (earlier) {
              if (!earlier.validFrom && claim.validFrom) claims.splice(claims.indexOf(earlier), 1, claim), seen.set(key, claim);
              continue;
            }
            seen.set(key, claim);
            claims.push(claim);
          }
        }
      }
    }
  }
  // The place of an attack this sentence names ("a drone strike on a car in Nabatieh"), for a later "killed in the strike".
  // "attacked a police academy in Bamako": the verb too, with the place of its object.
  const attackAt = /\b(?:strikes?|attacks?|attacked|raids?|raided|assaults?|assaulted|shelling|shelled|bombardment|bombing|bombed|ambush|ambushed|stormed)\b(?: [^«;,]{0,40}?)? (?:on|in|against|near|at) (?:[^«;]|«C\d+»){0,60}?«L(\d+)»/.exec(content);
  const attackPlace = attackAt ? mentions[Number(attackAt[1])]?.entity : undefined;
  if (attackPlace) discourse.lastAttackPlace = attackPlace;
  for (const c of claims) if (c.quantity && c.subject.kind === 'ARMED_FORCE' && c.polarity === 'ASSERTED') discourse.counted.set(c.quantity.value, c.subject);
  for (const c of claims) if (c.predicate === 'CAPTURED_BY' && c.polarity === 'ASSERTED') discourse.lastCaptive = c.subject;
  const attackers = claims.filter((c) => c.predicate === 'ATTACKED' && c.polarity === 'ASSERTED').map((c) => c.subject);
  if (attackers.length > 0) discourse.lastAttackers = attackers;
  for (const c of claims) {
    if (c.predicate === 'ATTACKED' && c.polarity === 'ASSERTED') {
      discourse.lastAttacker = c.subject;
      if (c.object?.kind === 'LOCATION') discourse.lastAttackPlace = c.object;
    }
    if (c.predicate === 'SEIZED' && c.object && c.polarity === 'ASSERTED') discourse.seizers.set(c.object.name, c.subject);
  }
  if (rejected) {
    // "…, a figure the authorities dismissed": an unnamed voice, named by its word.
    const unnamed = rejected.groups?.unnamed ? { kind: 'PERSON' as const, name: rejected.groups.unnamed, aliases: [], description: 'unnamed' } : null;
    const denier = rejected.groups?.sp ? (mentions[Number(rejected.groups.sp.slice(2, -1))]?.entity ?? null) : unnamed;
    for (const c of [...claims]) {
      // Where a town lies is the outlet's, not the accusation's.
      if (c.polarity !== 'ASSERTED' || c.subject.kind === 'LOCATION') continue;
      // "…, a figure the authorities dismissed": the figures only, not the rest of the sentence.
      if (rejected.groups?.figure && !c.quantity) continue;
      claims.push({ ...c, polarity: 'DENIED', reporter: denier ?? c.subject, intermediary: null, attribution: 'REPORTER', hedged: false, credibility: 2 });
    }
  }
  discourse.noteStatement({
    claims: claims.filter((c) => c.polarity === 'ASSERTED' && DENIABLE.has(c.predicate)),
    names: new Set(mentions.flatMap((m) => (m.entity ? [m.entity.name] : []))),
  });
  if (claims.length > 0) return { claims: withoutSubsumed(claims), warning: null };
  return { claims, warning: warningFor(blocked, voice, content, mentions) };
}

/**
 * "…, and denied that Goma had fallen", "X denied the accusation, and said that its forces had killed
 * …": a speaker's second statement in the same sentence, read with its own polarity (a denial, or
 * an assertion after a denial). Only for a named speaker, whose voice both statements are.
 */
const SECOND_STATEMENT = /^(?<first>.+?),? and (?:also |later |again |separately )?(?:(?<say>said|says|added|adds|claimed|claims|stated|insisted|announced)(?: (?:in|on|at|to) [^«;,]{0,50}?)?|(?<deny>denied|denies|rejected|rejects|dismissed|dismisses)(?: (?:the |any )?(?:«C\d+» )?(?:[a-z-]+ )?(?:reports?|claims?|allegations?|accusations?|suggestions?))?) that (?<second>.+)$/;

/** "denied that Kurakhove had fallen, saying its units still held positions there": what the denier asserts instead. */
const SAYING_INSTEAD = /^(?<first>.+?), (?:(?:saying|adding|insisting|arguing)(?: that)?|telling (?:[a-z-]+ ){1,3}?that) (?<second>.+)$/;

/** "…; JNIM separately claimed to have killed 50 Russians": a second speaker after a semicolon, with its own words. */
const OTHER_SPEAKER = /; (?<sp>«[CFOP](?<i>\d+)») (?:(?:also|separately|later|for its part|in turn),? )?(?:said|says|claimed|claims|reported|stated|announced)(?: to have| that)? (?<rest>.+)$/;

function statementsOf(voice: Voice, content: string, mentions: Mention[]): Array<{ voice: Voice; content: string; speakerOnly?: boolean }> {
  const other = OTHER_SPEAKER.exec(content);
  const speaker = other?.groups ? mentions[Number(other.groups.i)]?.entity : undefined;
  if (other?.groups && speaker && speaker !== voice.reporter) {
    const second: Voice = { ...voice, attribution: 'REPORTER', reporter: speaker, intermediary: null, polarity: 'ASSERTED', denial: false };
    return [
      ...statementsOf(voice, content.slice(0, other.index), mentions),
      { voice: second, content: `${other.groups.sp} ${other.groups.rest}` },
    ];
  }
  const instead = voice.polarity === 'DENIED' ? SAYING_INSTEAD.exec(content) : null;
  if (instead?.groups) {
    return [
      { voice, content: instead.groups.first ?? '' },
      { voice: { ...voice, polarity: 'ASSERTED', denial: false }, content: instead.groups.second ?? '' },
    ];
  }
  const m = voice.attribution === 'REPORTER' ? SECOND_STATEMENT.exec(content) : null;
  if (!m?.groups) return [{ voice, content }];
  const denies = Boolean(m.groups.deny);
  return [
    { voice, content: m.groups.first ?? '' },
    { voice: { ...voice, polarity: denies ? 'DENIED' : 'ASSERTED', denial: denies }, content: m.groups.second ?? '' },
  ];
}

/** Predicates a later "denied the reports" can deny: events and support, not where a town lies. */
const DENIABLE = new Set(['ATTACKED', 'KILLED_IN', 'WOUNDED_IN', 'CASUALTIES_IN', 'MISSING_IN', 'CAPTURED_BY', 'SEIZED', 'SUPPORTS', 'DEPLOYED_TO', 'FIGHTS_IN']);

/** A denial whose object is only "the reports", "the accusation" (as false, as baseless): what the sentence before said. */
function refersBack(content: string): boolean {
  // "denied the claim on Monday": when it was denied says nothing of what.
  const rest = content.replace(/«T\d+»/g, '').trim().replace(/^(?:(?:the|these|those|such|all|any|its|their) )?(?:[a-z-]+ ){0,2}?(?:reports?|accusations?|allegations?|claims?|charges?)\b/, '').trim();
  return rest === '' || /^[.,;]/.test(rest) || /^as [^«,;]*?(?:[,;.]|$)/.test(rest);
}

/**
 * "denied that any soldiers were captured", "…that its troops had been killed": an event named by a
 * bare noun only, no side, which the rules cannot read alone: the predicate it denies, else null.
 */
function deniedEvent(content: string): RelationshipType | null {
  const m = /^(?:that )?(?:any|its|their|the|some|(?:any|some|many) of (?:its|their)|«Q\d+»(?: of)?) (?:own )?(?:[a-z-]+ )?(?:soldiers|troops|fighters|men|servicemen|personnel|members|officers|combatants)(?: (?:had|have|has|were|was))?(?: been)? (?:(?:captured|taken prisoner|detained)|(?<killed>killed)|(?<wounded>wounded|injured))\b/.exec(content);
  if (!m) return null;
  return m.groups?.killed ? 'KILLED_IN' : m.groups?.wounded ? 'WOUNDED_IN' : 'CAPTURED_BY';
}

/**
 * The claims of a sentence before (the last of the three before that has some), denied by this
 * sentence's speaker, when that sentence named the speaker (the accused answers: "The RSF rejected
 * the accusation", "dismissed the report as propaganda" a sentence later) and was not the
 * speaker's own; `event` keeps only the claims of one predicate ("denied that any soldiers were
 * captured"). Without their figures: the denial is of the event, not of a number.
 */
function deniedAgain(discourse: Discourse, voice: Voice, sentence: Sentence, event: RelationshipType | 'ANY'): ExtractedClaim[] {
  const denier = voice.reporter;
  if (!denier) return [];
  const fits = (c: ExtractedClaim) => c.reporter?.name !== denier.name && (event === 'ANY' || c.predicate === event);
  const before = [...discourse.recentStatements].reverse().find((st) => st.names.has(denier.name) && st.claims.some(fits));
  if (!before) return [];
  return before.claims
    .filter(fits)
    .map((c) => ({ ...c, polarity: 'DENIED' as const, quantity: null, reporter: denier, intermediary: voice.intermediary, attribution: 'REPORTER' as const, hedged: false, credibility: 2, excerpt: sentence.text, start: sentence.start, end: sentence.end, rule: DENIED_AGAIN }));
}

/** The rule name of a claim denied by a later sentence (docs/extraction.md, "How a sentence is read"). */
export const DENIED_AGAIN = 'denial of the sentence before';

/** "«C0», which denies arming «F1»,": the antecedent denies its own act (a gerund). */
const RELATIVE_DENIAL = /(«[CFO](\d+)»),? which (?:has )?(?:(?:repeatedly|consistently|always|strongly|long) )?(?:denies|denied|rejects|rejected) (?<rest>[a-z]+ing\b[^,;.]*)/;

/** A denial by the accused at the end of an accusation: ", a charge «C3» rejects", ", allegations it rejects". */
const REJECTED_TAIL = /,? (?:(?:a charge|charges|an accusation|accusations|allegations?|claims?|a claim|(?<figure>a figure|figures|a toll)) (?:that )?|which )(?:(?<sp>«[COFP]\d+»)|it|they|the (?<unnamed>authorities|government|officials)) (?:has |have )?(?:(?:repeatedly|consistently|strongly) )?(?:denies|deny|rejects|reject|denied|rejected|disputes|dismisses|dismissed)\.?$/;

/** The force a later "they" stands for: the last one named before it in the sentence. */
function forceBefore(before: string): string | null {
  const forces = [...before.matchAll(/«F\d+»/g)];
  return forces[forces.length - 1]?.[0] ?? null;
}

/** The place a later "it" stands for: the last one named, less the places an apposition adds ("X, the capital of Y"). */
function placeBefore(before: string): string | null {
  const bare = before.replace(/, (?:the|a|an) [^,]{0,80}?(?:,|$)/g, ',');
  const places = [...bare.matchAll(/«L\d+»/g)];
  return places[places.length - 1]?.[0] ?? null;
}

/** The speaker's own force: the force itself, or the national force of the speaker's country (a ministry's, a general staff's). */
function speakerForce(voice: Voice): ExtractedEntity | null {
  const speaker = voice.reporter;
  if (!speaker) return null;
  if (speaker.kind === 'ARMED_FORCE') return speaker;
  const countryEntity = speaker.kind === 'COUNTRY' ? speaker : speaker.partOf?.kind === 'COUNTRY' ? speaker.partOf : null;
  const country = countryEntity ? lexicon().countries.byName.get(countryEntity.name) : undefined;
  return country ? nationalForce(country) : null;
}

/**
 * Sides named by a noun only the context tells: "the enemy", "35 enemy combatants" in a speaker's
 * words are the side the speaker fights (the last other national force the article named); a bare
 * "dozens of soldiers" is the army of the side that killed or captured them fights, else, with no
 * actor ("18 soldiers were killed"), the speaker's own army or that of the country the article is
 * about. They become force mentions of their own; nothing changes when the context does not tell.
 */
function sidesNamedByNoun(content: string, voice: Voice, mentions: Mention[], discourse: Discourse): string {
  if (!/\b(?:enemy|soldiers|troops|servicemen)\b/.test(content)) return content;
  const own = speakerForce(voice) ?? (discourse.mainCountry ? nationalForce(discourse.mainCountry) : null);
  const add = (entity: ExtractedEntity, head: string) => {
    mentions.push({ letter: 'F', start: -1, end: -1, entity, national: true, head, coreferent: true, priority: 0 });
    return `«F${mentions.length - 1}»`;
  };
  const forceOf = (placeholder: string): ExtractedEntity | null => {
    const m = mentions[Number(placeholder.slice(2, -1))];
    if (!m) return null;
    if (m.letter === 'F') return m.entity;
    return m.letter === 'C' && m.country ? nationalForce(m.country) : null;
  };
  const lex = lexicon();
  // A non-state group fights the army of its country (lexicon); else the last other national force
  // named, else that of the country the article names most.
  const adversary = (force: ExtractedEntity): ExtractedEntity | null => {
    const home = lex.groupByName.get(force.name)?.fights;
    const country = home ? lex.countries.byName.get(home) : undefined;
    if (country) return nationalForce(country);
    const named = discourse.adversaryOf(force);
    if (named) return named;
    for (const c of discourse.rankedCountries) {
      const army = nationalForce(c);
      if (army.name !== force.name && c.entity.name !== force.partOf?.name) return army;
    }
    return null;
  };
  return content
    .replace(/\b(?:the )?enemy(?: (?<head>combatants|soldiers|fighters|troops|forces|servicemen))?\b(?! of)/gi, (all: string, head: string | undefined) => {
      const enemy = own ? adversary(own) : null;
      return enemy ? add(enemy, head ?? 'forces') : all;
    })
    .replace(/(«Q\d+» )(?:of )?(soldiers|troops|servicemen)\b/g, (all: string, qty: string, head: string, at: number, whole: string) => {
      const before = whole.slice(0, at);
      const actor = /(«[FC]\d+»|\b(?:its|their) (?:own )?(?:fighters|forces|troops|men|units))(?: [a-z]+){0,3}? (?:killed|wounded|injured|captured|neutrali[sz]ed|eliminated|took) $/.exec(before);
      // "X claimed the attack, saying its fighters had killed …": the group named before.
      const owner = actor?.[1]?.startsWith('«') ? actor[1] : [...before.matchAll(/«F\d+»/g)].pop()?.[0];
      const killer = actor && owner ? forceOf(owner) : null;
      // With no actor, only the subject of a casualty figure: "18 soldiers had been killed", not "lost 1,200 troops" or "sent 1,000 troops".
      const figure = /^(?: and [a-z -]{1,40}?)? (?:(?:have|has|had) )?(?:been|were|was|are|is) (?:killed|wounded|injured|missing|captured)\b/.test(whole.slice(at + all.length));
      // "the two soldiers captured by Ukraine": the side the captor fights.
      const by = /^(?: (?:who|that) (?:were|had been|have been))? (?:captured|killed|wounded|taken prisoner|detained) by (?:the )?(«[FC]\d+»)/.exec(whole.slice(at + all.length));
      const captor = by ? forceOf(by[1] ?? '') : null;
      const side = actor ? (killer ? adversary(killer) : null) : captor ? adversary(captor) : figure ? own : null;
      return side ? `${qty}${add(side, head)}` : all;
    });
}

/**
 * "its forces", "their soldiers", "our troops" in what a speaker says are the speaker's own: the force
 * itself, or the national force of the speaker's country (a ministry's, a general staff's). They
 * become force mentions of their own.
 */
function ownForces(voice: Voice, mentions: Mention[]): string {
  const speaker = voice.reporter;
  if (!speaker) return voice.content;
  const force = speakerForce(voice);
  if (!force) return voice.content;
  const own = force;
  const addOwn = (head: string) => {
    mentions.push({ letter: 'F', start: -1, end: -1, entity: own, national: true, head, coreferent: true, priority: 0 });
    return `«F${mentions.length - 1}»`;
  };
  // "The RSF said it had seized …", "M23 said they had captured Goma": the speaker acts.
  const content = speaker.kind === 'PERSON' ? voice.content : voice.content.replace(/^(?:it|they|we) (?=(?:had|has|have|was|were)? ?(?:[a-z]+ed|struck|hit|shot|took|retook|overran|fought|lost|won)\b)/i, () => `${addOwn('forces')} `);
  return content.replace(/\b(?:its|their|our) (?:own )?(?<head>forces|troops|soldiers|servicemen|fighters|army|military|units|operators|air force|artillery|gunners|men|formations|drones|air defences)\b/gi, (_all, head: string) => {
    return addOwn(head.toLowerCase());
  });
}

function makeClaim(draft: ClaimDraft, voice: Voice, hedged: boolean, time: { from: PartialDate | null; to: PartialDate | null }, sentence: Sentence, rule: string): ExtractedClaim {
  let { subject, object } = draft;
  // Symmetric types (declared in src/vocabulary/) keep their two sides in name order, as every write path does.
  if (object && relationshipType(draft.predicate).symmetric && object.name.localeCompare(subject.name) < 0) [subject, object] = [object, subject];
  return {
    subject,
    predicate: draft.predicate,
    object,
    polarity: voice.polarity,
    quantity: draft.quantity ?? null,
    validFrom: time.from,
    validTo: time.to,
    reporter: voice.reporter,
    intermediary: voice.intermediary,
    attribution: voice.attribution,
    credibility: hedged ? 3 : 2,
    hedged,
    excerpt: sentence.text,
    start: sentence.start,
    end: sentence.end,
    rule,
  };
}

/**
 * Two rules may read the same statement, one seeing more of it: a claim without a quantity or
 * without an object is dropped when the sentence gives the same claim with one.
 */
function withoutSubsumed(claims: ExtractedClaim[]): ExtractedClaim[] {
  return claims.filter(
    (c) =>
      !claims.some(
        (o) =>
          o !== c &&
          o.subject.name === c.subject.name &&
          o.predicate === c.predicate &&
          o.polarity === c.polarity &&
          ((c.quantity === null && o.quantity !== null && (c.object === null || o.object?.name === c.object.name)) ||
            (c.object === null && o.object !== null && (c.quantity === null || o.quantity?.value === c.quantity.value))),
      ),
  );
}

const claimKey = (c: ExtractedClaim) => [c.subject.name, c.predicate, c.object?.name ?? '', c.polarity, c.quantity?.value ?? ''].join('|');

/**
 * The time of a match: a time expression in its clause before it ("Since December, North Korea has
 * sent …"), or right after it with no comma between ("… were killed in Kursk on Monday", also past
 * an apposition of the place: "… attacked Marib, the group's last stronghold, on Sunday"), or inside
 * it ("the army on Monday bombed …").
 */
function timeOf(content: string, start: number, end: number, mentions: Mention[]): { from: PartialDate | null; to: PartialDate | null } {
  const none = { from: null, to: null };
  const pick = (m: Mention | undefined) => (m?.time ? { from: m.time.from, to: m.time.since ? null : m.time.to } : none);
  // "attacked Marib, the last government stronghold in the north, on Sunday": past an apposition of the place.
  const rest = content.slice(end).replace(/^, (?:the|a|an) [^,;«]{0,60}?(?:«L\d+»[^,;«]{0,30}?)?,(?= «T\d+»)/, '');
  const after = /^[^,;«]{0,40}?«T(\d+)»|^(?:[^,;]{0,60}?)«T(\d+)»/.exec(rest);
  if (after) return pick(mentions[Number(after[1] ?? after[2])]);
  // "the army on Monday bombed the airport": a time between the subject and its verb.
  const inside = /«T(\d+)»/.exec(content.slice(start, end));
  if (inside) return pick(mentions[Number(inside[1])]);
  const before = content.slice(clauseStart(content, start), start);
  const times = [...before.matchAll(/«T(\d+)»/g)];
  const last = times[times.length - 1];
  return last ? pick(mentions[Number(last[1])]) : none;
}

/** Why a sentence that gave nothing is worth a look, or null when it is not. */
function warningFor(blocked: Blocker[], voice: Voice, content: string, mentions: Mention[]): string | null {
  if (blocked.length > 0) return `${BLOCKER_REASON[blocked[0] as Blocker]}: nothing extracted`;
  const actors = new Map<string, ExtractedEntity>();
  for (const m of mentions) {
    if (!m.entity || !['C', 'F', 'O'].includes(m.letter)) continue;
    if (m.entity === voice.reporter || m.entity === voice.intermediary) continue;
    const name = m.country && m.letter === 'C' ? m.country.entity.name : m.entity.name;
    actors.set(name, m.entity);
  }
  if (voice.denial) return 'a denial of something the rules do not model: nothing extracted';
  if (actors.size < 2) return null;
  const names = [...actors.keys()].join(' and ');
  const blocker = blockerIn(content.replace(/«[A-Z]\d+»/g, ' '));
  if (blocker) return `names ${names} but is ${BLOCKER_REASON[blocker]}: nothing extracted`;
  return `names ${names} but matches no rule: nothing extracted`;
}

/** The countries the whole article names, so that "Donetsk" is read as the one in a country it is about. */
function noteArticleCountries(text: string, discourse: Discourse): void {
  const lex = lexicon();
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${lex.countryNames}|${lex.demonyms})(?![\p{L}])`, 'gu');
  const counts = new Map<Country, number>();
  for (const m of text.matchAll(pattern)) {
    const country = lex.countryByAny(m[0]);
    if (!country) continue;
    discourse.noteCountry(country, country.code);
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  // A dateline in a capital ("KHARTOUM, March 21 (SNNA) -", "Kinshasa, 22 January 2025 (ACI) –") counts twice: the story is there.
  const dateline = /^\s*([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,2})(?:,| \()/u.exec(text)?.[1];
  const capital = dateline ? lex.countries.byCapital.get(dateline.toLowerCase().replace(/(^|[ -])\p{L}/gu, (c) => c.toUpperCase())) : undefined;
  if (capital) counts.set(capital, (counts.get(capital) ?? 0) + 2);
  // The article is about a country it names at least twice and more often than any other.
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  discourse.rankedCountries = ranked.map(([country]) => country);
  const [first, second] = ranked;
  if (first && first[1] >= 2 && (!second || second[1] < first[1])) discourse.mainCountry = first[0];
}
