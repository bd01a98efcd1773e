import type { Attribution, Polarity } from '../generated/types';
import type { Discourse } from './discourse';
import { placeholderIndex } from './mask';
import { letterOf, type Mention } from './mentions';
import type { ExtractedEntity } from './model';
import { isHedged } from './modality';

/**
 * Who a sentence speaks for. Reads the masked sentence (see mask.ts) and returns the voice and the
 * content: the sentence without its reporting clause, so that the rules never read "said on Monday"
 * as the time of the event, nor the speaker as an actor.
 *
 * - "X said [on Monday] [in a statement] [that] …", "… , X said [on Monday].", "…, said X.", "…, X said, …":
 *   reporter X;
 * - "according to X": reporter X; "according to (media) reports": unattributed;
 * - "X quoted Y as saying that …": reporter Y, intermediary X;
 * - "X reported, citing Y" and "…, X said, citing Y": reporter Y, intermediary X;
 * - "a legislator briefed by Y said …": reporter Y, intermediary the legislator;
 * - "X denied (reports) that …", "X called the reports (of …) fake", "X dismissed … as false": DENIED,
 *   reporter X;
 * - "It added that …", "He said …": the reporter named before (see discourse.ts);
 * - "reports suggest", "it is reported that", "reportedly", "is reported to": unattributed;
 * - otherwise the source's own voice.
 * Hedges ("reportedly", "allegedly", "is believed to") mark the voice hedged.
 */
export interface Voice {
  attribution: Attribution;
  reporter: ExtractedEntity | null;
  intermediary: ExtractedEntity | null;
  polarity: Polarity;
  hedged: boolean;
  /** The content the rules read: the masked sentence less its reporting clause. */
  content: string;
  /** A denial whose content matched no rule is worth a warning. */
  denial: boolean;
  /** "…, which according to X had …": what X alone says, read apart from the sentence (see scopedAccording). */
  scoped?: Array<{ voice: Voice; content: string }>;
}

const SP = String.raw`«[COFP]\d+»`;
/** "a «O» report", "the «O» statement": the organisation speaks through its document. */
const DOC = String.raw`(?<doc> (?:[a-z-]+ ){0,2}(?:report|statement|assessment|study|investigation|document|panel|experts?|spokes(?:man|woman|person)|adviser|advisor|official|officer|commander|source|office|agency|mission|coordinator|envoy|team))?`;
/**
 * "the UN human rights office", "UN experts", "a MONUSCO spokesperson", "a JCS officer": a body's own
 * office, panel or member speaks, named by the words the text uses, part of the body. A report or a
 * statement is the body itself speaking.
 */
const OWN_VOICE = /^ (?:(?:[a-z-]+ ){0,2}(?:panel|experts?|office|mission|team|agency)|(?:[a-z-]+ ){0,1}(?:spokes(?:man|woman|person)|source|officer|official))$/;
/** "claimed responsibility for the attack", "claimed a drone attack on X": an act, not a reporting verb. */
const CLAIMED_ACT = String.raw`(?! (?:responsibility|credit)\b| (?:an?|the) (?:[a-z-]+ ){0,2}(?:attacks?|strikes?|bombings?|raids?|ambush(?:es)?|assaults?)\b)`;
const RV = String.raw`(?:said|says|say|found that|told|tells|stated|states|announced|announces|claimed${CLAIMED_ACT}|claims${CLAIMED_ACT}|confirmed|confirms|reported|reports|added|adds|wrote|writes|noted|notes|warned|warns|estimated|estimates|assessed|assesses|believes|believe|revealed|reveals|disclosed|discloses|acknowledged|admitted|alleged|alleges|insisted|explained|posted|briefed|informed)`;
const TAIL = String.raw`(?:(?: (?:also|earlier|later|previously|again|separately))?(?: (?:on|in|at|late on|early on|earlier on|late|early) «T\d+»| «T\d+»| (?:reporters|journalists|lawmakers|parliament|legislators|a (?:news )?(?:conference|briefing))|(?<=(?:told|tells|briefed|informed)) (?:the )?«[COP]\d+»|(?<=(?:told|tells)) (?:the press|the media|local media|local radio|state (?:media|television|TV)|our (?:channel|station|newspaper|reporter|correspondent|programme|program)|[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2}(?= that|[,.;]|$))| in (?:a |an |its |their |his |her )?(?:[a-z-]+ ){0,2}(?:statement|address|briefing|interview|post|report|update|assessment|message|speech|session|communique|dispatch)(?: (?:on|to|with) (?:«[A-Z]\d+»|Telegram|X|Facebook|social media|state television|state TV|the [a-z ]+))?| on (?:Telegram|X|Facebook|social media|state television|state TV|its website)| (?:at|during) (?:a |an |the )?[a-z -]{0,25}(?:briefing|conference|session|meeting|hearing))*)`;
const CITE = String.raw`(?:,? citing (?:the )?(?<cite>${SP}|(?:an? |the |unnamed |anonymous )*[a-z][a-z ]{0,40}?(?:sources?|officials?|reports?)))?`;
/** An organisation the lexicons do not know, named by its owner: "Gaza's health ministry", "the rebels' health ministry". */
const OWNED = String.raw`(?:[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?'s|(?:[Tt]he )?[a-z]+s') (?:[a-z]+ ){0,2}(?:ministry|agency|office|authority|authorities|service|council|government|command|army|military)`;
/** "the state health ministry", "the regional prosecutor's office": a body the lexicons do not know, named by its words. */
const BODY_WORDS = String.raw`(?:[Tt]he (?:[A-Z][a-z-]+ )?|(?:[Tt]he )?«[CFO]\d+»-(?:run|controlled|led|backed|affiliated) )(?:[a-z-]+ ){1,3}(?:ministry|commission|command|committee|office|authority|authorities|government|agency|service|directorate|council|mission|police|administration|junta|presidency)`;
const UNNAMED = String.raw`${OWNED}|${BODY_WORDS}|(?:[Ss]everal |[Ss]ome |[Mm]any )?(?:governments and )?(?:«[CO]\d+» )?(?:[Aa]n? |[Oo]ne |[Tt]he |[Tt]wo |[Ss]everal |[Ss]ome )?(?:(?:[Ss]enior|[Uu]nnamed|[Aa]nonymous|[Ll]ocal|[Hh]ospital|[Hh]ealth|[Pp]olice|[Vv]illage|[Cc]ommunity|[Tt]ribal|[Ww]estern|[Mm]ilitary|[Ii]ntelligence|[Ss]ecurity|[Gg]overnment|[Oo]pposition|[Rr]egional|[Hh]umanitarian|[Mm]edical|[a-z]+-ranking|«C\d+») )*(?:[Ll]egislators?|[Ll]awmakers?|[Oo]fficials?|[Ss]pokes(?:man|woman|person)|[Ss]pokes(?:men|women|people)|[Ss]ources?|[Mm]embers? of parliament|MPs?|[Ss]enators?|[Dd]iplomats?|[Oo]fficers?|[Rr]esidents?|[Ww]itnesses?|[Aa]ctivists?|[Aa]nalysts?|[Aa]id workers?|[Rr]ights groups?|[Dd]octors?|[Mm]edics?|[Pp]rosecutors?|[Ee]xperts?|[Rr]esearchers?|(?:[Ss]tate|[Ll]ocal|[Oo]fficial|[Ss]ocial) (?:media|television|TV|radio|news agency))(?: (?:at|in|of|from) (?:the )?(?:«L\d+»|[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)(?: (?:hospital|camp|clinic))?)?`;
/** A clause after the reporting verb that adds nothing to the voice: ", warning that …", ", as reports emerged …". */
const AFTER = String.raw`(?:, (?:as|while|adding|warning|saying|speaking|asking|requesting|after|before|when|but|though|although|in|without|describing|calling)\b[^]*?)?`;
const DENY_VERB = String.raw`(?:denied|denies|deny|rejected|rejects|refuted|refutes|dismissed|dismisses)`;
const FALSE = String.raw`"?(?:fake|false|baseless|groundless|lies|a lie|fabricated|fabrications?|propaganda|nonsense|fake news|rumou?rs?|untrue|disinformation)"?`;

const P = {
  quoted: new RegExp(String.raw`(?<inter>${SP})(?: (?:news|state news|state) agency)? (?:also )?quoted (?:an? |the )?(?<rep>${SP}|${UNNAMED}) as saying(?: that)?,? `, 'u'),
  briefed: new RegExp(String.raw`(?<inter>${SP}|${UNNAMED})(?:,)? (?:who (?:was|were|had been|has been) )?briefed by (?<rep>${SP}),? (?:(?:also|later|earlier) )?${RV}${TAIL}(?: that|:|,)? `, 'u'),
  denyCalled: new RegExp(String.raw`^(?<lead>.{0,40}?)(?<sp>${SP})${DOC} (?:has |had |have )?(?:also )?called (?:the |such |these |those )?(?:reports?|claims?|allegations?|accusations?)(?: (?:that|of|about) (?<content>.+?))? ${FALSE}`, 'u'),
  denyDismissed: new RegExp(String.raw`^(?<lead>.{0,40}?)(?<sp>${SP})${DOC} (?:has |had |have )?(?:also )?dismissed (?:the |such |these )?(?:(?:reports?|claims?|allegations?|accusations?)(?: that| of)? )?(?<content>.+?) as ${FALSE}`, 'u'),
  denied: new RegExp(String.raw`^(?<lead>.{0,40}?)(?<sp>${SP})(?<appos>,[^,]{1,80},)?(?: «T\d+»)? (?:has |had |have )?(?:(?:flatly|strongly|repeatedly|categorically|previously|also) )*${DENY_VERB}(?: (?:the |any |such |all )?(?:[A-Za-z-]+ ){0,2}?(?:reports?|claims?|allegations?|accusations?|suggestions?|assertions?|speculation|information)(?: that| of| about)?| that)? `, 'u'),
  accused: new RegExp(String.raw`^(?<lead>.{0,40}?)(?:[Aa]n? |[Tt]he )?(?<sp>${SP}|${UNNAMED})${DOC}(?: and (?:[a-z-]+ ){0,2}[a-z]+)?(?: «T\d+»)? (?:has |have |had )?(?:(?:repeatedly|long|also) )*(?:accused|accuses|accuse) `, 'u'),
  citingFirst: new RegExp(String.raw`^[Cc]iting (?:the )?(?<cite>${SP}|(?:an? |the |unnamed |anonymous )*[a-z][a-z ]{0,40}?(?:sources?|officials?|reports?)), (?:[Aa]n? |[Tt]he )?(?<sp>${SP}|${UNNAMED})${DOC}(?<appos>,[^,]{1,80},)? (?:(?:also|earlier|later|previously|has|had|have) )*${RV}${TAIL}(?:,? that|:|,)? `, 'u'),
  first: new RegExp(String.raw`^(?<lead>(?:(?:On|In|Late on|Earlier on|Speaking) «T\d+»,? |In a [a-z ]{1,40}?, |But |And |However, |Meanwhile, |Separately, |[A-Z][a-z]*(?: [a-z]+){0,4}(?: «T\d+»)?, )?)(?:[Aa]n? |[Tt]he )?(?<sp>${SP}|${UNNAMED})${DOC}(?<appos>,[^,]{1,80},)? (?:(?:also|earlier|later|previously|has|had|have|separately) )*${RV}${TAIL}${CITE}(?:,? that|:|,)? `, 'u'),
  splitQuote: new RegExp(String.raw`^(?<c1>.+?),"? (?:an? |the )?(?<sp>${SP}|${UNNAMED})${DOC} (?:also )?${RV}${TAIL}${CITE}, "?(?<c2>.+)$`, 'u'),
  last: new RegExp(String.raw`^(?<content>.+?),?"? (?:an? |the )?(?<sp>${SP}|${UNNAMED})${DOC}(?<appos>,[^,]{1,80},)?(?: and (?:[a-z-]+ ){0,2}[a-z]+)? (?:(?:also|later|earlier|has|have) )*${RV}${TAIL}${CITE}${AFTER}[.!"]*$`, 'u'),
  lastInverted: new RegExp(String.raw`^(?<content>.+?),"? ${RV} (?<sp>${SP}|${UNNAMED})(?<appos>,[^,]{1,80},)?${TAIL}${CITE}${AFTER}[.!"]*$`, 'u'),
  inner: new RegExp(String.raw`(?<=, (?<join>in which|where|when|after|as) )(?:an? |the )?(?<sp>${SP}|${UNNAMED})${DOC} (?:say|says|said|claim|claims|claimed)(?: that)? `, 'u'),
  according: new RegExp(String.raw`,?\s*[Aa]ccording to (?:an? |the )?(?:(?:[a-z-]+ )?(?:report|statement|assessment|study|estimates?|figures?) (?:by|from|of) (?:the )?)?(?:(?<unattributed>(?:media |unconfirmed |local |some |news |press |several )*reports|sources|unnamed sources)|(?<sp>${SP}|${UNNAMED}))${DOC}(?:'s [a-z ]{1,30}?)?${CITE},?`, 'u'),
  unattributed: /(?:\b[Rr]eports (?:suggest|say|said|indicate|indicated|claim|claimed|suggested)(?: that)?|\b[Ii]t (?:is|was|has been|had been) (?:reported|claimed|alleged)(?: that)?|\b[Uu]nconfirmed reports (?:say|said|suggest)(?: that)?|\b[Rr]eportedly,?|\b(?:is|are|was|were) reported to\b)/u,
};

/** The voice of one sentence, given its masked form and mentions. */
export function voiceOf(maskedSentence: string, mentions: Mention[], discourse: Discourse, sentence = ''): Voice {
  // "«C0»'s «F1» said", "«F0»'s «F1» said": the owned one speaks (and acts).
  // "«O0» press secretary «P1» said": the person speaks.
  // "«C0»'s top commander, «P1», said", "a spokesman for «C0»'s group of forces, «P1», denied": the person speaks.
  let masked0 = maskedSentence.replace(/(?:(?:[Aa]n?|[Tt]he) )?(?:«[CFO]\d+»(?:'s)? )?(?:[a-z-]+ ){0,3}(?:spokes(?:man|woman|person)|commander|[Mm]inister|chief|head|leader|official|adviser|advisor|envoy|coordinator|director|governor|president|secretary|ambassador|representative)(?: (?:of|for) [^,]{1,60}?)?, («P\d+»),/g, '$1');
  // "A lawyers' group that documents abuses in the war, «O0», said": the name speaks.
  // "Hamas's armed wing, «F1», said": the name speaks too.
  masked0 = masked0.replace(/^(?:(?:An?|The) [a-z][^,«]{2,80}|«[CFO]\d+»'s [a-z][^,«]{2,60}), («[COFP]\d+»),(?= )/, '$1');
  // "A spokesman for the RSF said", "the group's military spokesman said": an armed side's unnamed spokesman speaks for it.
  masked0 = masked0.replace(new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ )?spokes(?:man|woman|person) (?:for|of) (?:the )?(«F\d+»)(?=,? (?:also |later )?${RV}\b)|(«F\d+»)'s (?:[a-z-]+ ){0,2}spokes(?:man|woman|person)(?=,? (?:also |later )?${RV}\b)`, 'g'), (_all, a: string | undefined, b: string | undefined) => a ?? b ?? _all);
  // "A statement from the army said", "a report by the UN found": the body speaks through its document.
  masked0 = masked0.replace(new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Ii]n an?) (?:[a-z-]+ )?(?:statement|communiqu[eé]|report|post) (?:from|by|issued by|released by|published by) (?:the )?(«[COFP]\d+»)(?=,? (?:also )?${RV}\b)`, 'g'), '$1');
  // "the statement said", "its report added": the voice of the sentence before.
  if (discourse.lastSpeaker) {
    const previous = discourse.lastSpeaker;
    masked0 = masked0.replace(new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat) (?:[a-z-]+ ){0,2}(?:statement|communiqu[eé]|post|message|report|update)(?= (?:also |later )?${RV}\b)`), () => {
      mentions.push({ letter: letterOf(previous), start: -1, end: -1, entity: previous, coreferent: true, priority: 0 });
      return `«${letterOf(previous)}${mentions.length - 1}»`;
    });
  }
  const full = masked0.replace(/«[CFO]\d+»'s («[FOP]\d+»)/g, '$1').replace(/«[CO]\d+»(?:'s)? (?:(?:press|deputy|chief|senior|foreign|defence|defense|military|top|government) )*(?:secretary|spokes(?:man|woman|person)|chief|head|minister|commander|director|adviser|advisor|official|envoy|representative) («P\d+»)/g, '$1');
  // "…, which according to the UN had …": the clause is the UN's; the rest of the sentence has a voice of its own.
  const scope = scopedAccording(full);
  const masked = scope ? scope.main : full;
  const entityOf = (placeholder: string | undefined): ExtractedEntity | null => {
    if (!placeholder) return null;
    if (!/^«[A-Z]\d+»$/.test(placeholder)) {
      // "The officer added": the unnamed speaker named before with that word ("a JCS officer").
      const again = /^(?:[Tt]he )?([a-z]+)$/.exec(placeholder);
      const last = discourse.lastSpeaker;
      if (again && last?.description === 'unnamed' && last.name.endsWith(` ${again[1]}`)) return last;
      return unnamedSpeaker(placeholder, mentions);
    }
    return mentions[placeholderIndex(placeholder)]?.entity ?? null;
  };
  const base = { hedged: isHedged(masked), denial: false, intermediary: null as ExtractedEntity | null };
  const speaking = (sp: string | undefined, content: string, extra: Partial<Voice> = {}): Voice | null => {
    const speaker = entityOf(sp);
    if (!speaker) return null;
    const previous = discourse.lastVoice;
    const mention = sp && /^«[A-Z]\d+»$/.test(sp) ? mentions[placeholderIndex(sp)] : undefined;
    // "It added that …": the voice of the sentence before, intermediary and all.
    if (mention?.coreferent && previous && previous.speaker === speaker) {
      return { ...base, attribution: 'REPORTER', reporter: previous.reporter, intermediary: previous.intermediary, polarity: 'ASSERTED', content, ...extra };
    }
    return { ...base, attribution: 'REPORTER', reporter: speaker, polarity: 'ASSERTED', content, ...extra };
  };
  const cited = (m: RegExpExecArray, content: string): Voice | null => {
    const speaker = speaking(m.groups?.sp, content);
    const source = m.groups?.cite;
    if (!speaker || !source) return speaker;
    const citedEntity = entityOf(source);
    if (citedEntity) return { ...speaker, reporter: citedEntity, intermediary: speaker.reporter };
    return { ...speaker, attribution: 'UNATTRIBUTED', reporter: null, intermediary: speaker.reporter, hedged: true };
  };

  let m: RegExpExecArray | null;
  let voice: Voice | null = null;
  if ((m = P.quoted.exec(masked))) {
    const rep = entityOf(m.groups?.rep);
    const inter = entityOf(m.groups?.inter);
    voice = { ...base, attribution: rep ? 'REPORTER' : 'UNATTRIBUTED', reporter: rep, intermediary: inter, polarity: 'ASSERTED', content: masked.slice(0, m.index) + masked.slice(m.index + m[0].length) };
  } else if ((m = P.briefed.exec(masked))) {
    voice = { ...base, attribution: 'REPORTER', reporter: entityOf(m.groups?.rep), intermediary: entityOf(m.groups?.inter), polarity: 'ASSERTED', content: masked.slice(0, m.index) + masked.slice(m.index + m[0].length) };
  } else if ((m = P.denyCalled.exec(masked)) || (m = P.denyDismissed.exec(masked))) {
    voice = speaking(m.groups?.sp, m.groups?.content ?? '', { polarity: 'DENIED', denial: true });
  } else if ((m = P.denied.exec(masked))) {
    voice = speaking(m.groups?.sp, masked.slice(m.index + m[0].length), { polarity: 'DENIED', denial: true });
    if (voice) voice.content = denialContent(voice.content, m.groups?.sp ?? '');
  } else if ((m = P.accused.exec(masked))) {
    // "X accused Y of arming Z": X's claim, read as "Y of arming Z" by the rules.
    voice = speaking(m.groups?.sp, masked.slice(m.index + m[0].length));
  } else if ((m = P.citingFirst.exec(masked)) || (m = P.first.exec(masked))) {
    voice = cited(m, masked.slice(m.index + m[0].length));
  } else if ((m = P.splitQuote.exec(masked))) {
    voice = cited(m, `${m.groups?.c1 ?? ''}, ${m.groups?.c2 ?? ''}`);
  } else if ((m = P.last.exec(masked)) || (m = P.lastInverted.exec(masked))) {
    voice = cited(m, m.groups?.content ?? '');
  }
  if (!voice && (m = P.inner.exec(masked))) {
    // "…, in which rights groups say at least 124 people were killed": the voice of what follows.
    voice = cited(m, `${masked.slice(0, m.index)}${masked.slice(m.index + m[0].length)}`);
  }
  if (!voice && (m = P.according.exec(masked))) {
    const content = masked.slice(0, m.index) + masked.slice(m.index + m[0].length);
    voice = m.groups?.unattributed ? { ...base, attribution: 'UNATTRIBUTED', reporter: null, polarity: 'ASSERTED', content, hedged: true } : cited(m, content);
  }
  if (!voice && (m = P.unattributed.exec(masked))) {
    const keep = /reported to/.test(m[0]);
    voice = { ...base, attribution: 'UNATTRIBUTED', reporter: null, polarity: 'ASSERTED', hedged: true, content: keep ? masked : masked.slice(0, m.index) + masked.slice(m.index + m[0].length) };
  }
  voice ??= { ...base, attribution: 'SOURCE', reporter: null, polarity: 'ASSERTED', content: masked };
  if (scope) {
    const clauseVoice = scope.match.groups?.unattributed ? null : cited(scope.match, scope.clause);
    if (clauseVoice) voice.scoped = [{ voice: clauseVoice, content: scope.clause }];
  }
  const own = ownVoice(m, voice, mentions, sentence);
  if (own) voice = { ...voice, reporter: own };
  // "The RSF said it had not targeted civilians": a speaker's negated statement about itself is its denial.
  const self = voice.attribution === 'REPORTER' && voice.polarity === 'ASSERTED' ? /^((?:that )?(?:it|they|we|its (?:own )?(?:forces|troops|fighters|soldiers|units)) (?:had|has|have|was|were)) (?:not|never) /i.exec(voice.content) : null;
  if (self) voice = { ...voice, polarity: 'DENIED', denial: true, content: `${self[1]} ${voice.content.slice(self[0].length)}` };
  voice.content = voice.content.replace(/ {2,}/g, ' ').trim();
  if (voice.attribution === 'UNATTRIBUTED') voice.hedged = true;
  if (voice.attribution === 'REPORTER' && voice.reporter) {
    const speakerPlaceholder = m?.groups?.sp ?? m?.groups?.inter;
    discourse.lastSpeaker = own ?? ((speakerPlaceholder && entityOf(speakerPlaceholder)) || voice.reporter);
    discourse.lastVoice = { speaker: discourse.lastSpeaker, reporter: voice.reporter, intermediary: voice.intermediary };
  }
  return voice;
}

/**
 * "«L1», which according to «O2» had …", "«F0», who according to «O3» are backed by «C4», …",
 * "«L1» (where, according to «O2», …)": an "according to" inside a relative clause or a parenthesis
 * that says more than the attribution. Returns the sentence without that clause (main) and the
 * clause with its antecedent and without "according to …" (clause), or null.
 */
export function scopedAccording(masked: string): { main: string; clause: string; match: RegExpExecArray } | null {
  if (!masked.includes('ccording to')) return null;
  const m = P.according.exec(masked);
  if (!m) return null;
  const before = masked.slice(0, m.index);
  const opening = /(?:, (?:which|who|where|whose)\b|\((?:which|who|where|whose)?)[^,;()]*$/.exec(before);
  if (!opening) return null;
  const afterAt = m.index + m[0].length;
  const after = masked.slice(afterAt);
  const paren = opening[0].startsWith('(');
  // "who are backed by «C1» according to «O2», attacked": the comma after the source closes the clause;
  // "which, according to «O2», had been": a comma on both sides sets the source apart inside it.
  const closed = !paren && m[0].endsWith(',') && !m[0].startsWith(',');
  const endAt = paren ? after.indexOf(')') : closed ? 0 : after.search(/[,;]|[.!]?$/);
  if (endAt < 0) return null;
  const rest = after.slice(0, endAt);
  const inside = `${before.slice(opening.index + (paren ? 1 : 2))}${rest}`.replace(/^(?:which|who|where|whose)\s*/, '').trim();
  // "(according to MSF)" alone, or "which, according to X." with nothing said: the whole sentence is X's.
  if (inside.replace(/«T\d+»|[\s,]/g, '').length < 6) return null;
  const antecedent = /«[A-Z]\d+»(?: [a-z]+)?$/.exec(before.slice(0, opening.index).trimEnd())?.[0];
  if (!antecedent) return null;
  const pronoun = /^(?:, |\()(?:(which|who|where|whose)\b)?/.exec(opening[0])?.[1] ?? 'where';
  // "«L1», where … were killed" reads as "… were killed in «L1»".
  const clause = (pronoun === 'where' && antecedent.startsWith('«L') ? `${inside} in ${antecedent}` : `${antecedent}, ${pronoun} ${inside}`).replace(/ {2,}/g, ' ');
  let tail = after.slice(endAt + (paren ? 1 : 0));
  if (!paren && tail.startsWith(',')) tail = tail.slice(1);
  // "…, where 40 were killed, according to MSF.": at the end of the sentence the source may speak for all of it.
  if (!paren && !/[^\s.!"]/.test(tail) && /^,/.test(m[0])) return null;
  const main = `${masked.slice(0, opening.index)}${tail}`.replace(/ {2,}/g, ' ');
  return { main, clause, match: m };
}

/** The body's office, panel or member that speaks ("UN human rights office"), when the match named one (OWN_VOICE). */
function ownVoice(m: RegExpExecArray | null, voice: Voice, mentions: Mention[], sentence: string): ExtractedEntity | null {
  const doc = m?.groups?.doc;
  const sp = m?.groups?.sp;
  if (!doc || !sp || !OWN_VOICE.test(doc) || !/^«[OC]\d+»$/.test(sp)) return null;
  const mention = mentions[placeholderIndex(sp)];
  const body = mention?.entity;
  if (!mention || !body || voice.reporter !== body) return null;
  // "a Sudanese military spokesperson": a country's unnamed official is a person, named by the demonym as written.
  if (body.kind === 'COUNTRY') {
    if (!/(?:spokes|source|officer|official)/.test(doc)) return null;
    const demonym = mention.start >= 0 ? sentence.slice(mention.start, mention.end) : (mention.country?.demonym ?? body.name);
    return { kind: 'PERSON', name: `${demonym} ${doc.trim()}`, aliases: [], partOf: body, description: 'unnamed' };
  }
  if (body.kind !== 'ORGANIZATION') return null;
  const written = mention.start >= 0 ? sentence.slice(mention.start, mention.end).replace(/^(?:the|a|an) /i, '') : body.name;
  const role = doc.trim();
  const person = /(?:spokes|source|officer|official)/.test(role);
  return { kind: person ? 'PERSON' : 'ORGANIZATION', name: `${written} ${role}`, aliases: [], partOf: body, description: person ? 'unnamed' : `${role} of ${body.name}` };
}

/** "denied sending troops to Russia": the denier's own act, read as "«denier» sent troops to Russia". */
export function denialContent(content: string, speaker: string): string {
  const gerund = /^(?:having )?(sending|deploying|dispatching|supplying|attacking|capturing|seizing|targeting|bombing|shelling|arming|backing|supporting|killing|firing|launching|striking|raiding)\b/.exec(content);
  if (!gerund) return content;
  const past: Record<string, string> = { sending: 'sent', deploying: 'deployed', dispatching: 'dispatched', supplying: 'supplied', attacking: 'attacked', capturing: 'captured', seizing: 'seized', targeting: 'targeted', bombing: 'bombed', shelling: 'shelled', arming: 'armed', backing: 'backed', supporting: 'supported', killing: 'killed', firing: 'fired', launching: 'launched', striking: 'struck', raiding: 'raided' };
  return `${speaker} ${past[gerund[1] ?? ''] ?? ''}${content.slice(gerund[0].length)}`;
}

/**
 * "a legislator briefed by …", "Ukrainian officials", "a local official": an unnamed voice, named by
 * the words the text uses, without the article ("local official", "Ukrainian officials").
 */
function unnamedSpeaker(words: string, mentions: Mention[]): ExtractedEntity | null {
  // "the «F0»-run health ministry": the group as the text names it ("Hamas-run health ministry").
  const named = words.replace(/«[A-Z](\d+)»/g, (all, i: string) => mentions[Number(i)]?.entity?.name ?? all);
  if (/'s |s' /.test(words) || new RegExp(`^${BODY_WORDS}$`).test(words)) return { kind: 'ORGANIZATION', name: named.replace(/^the /i, ''), aliases: [] };
  // "state media reported", "local radio said": an outlet no lexicon names, by its words.
  if (/(?:media|television|TV|radio|news agency)$/.test(words)) return { kind: 'ORGANIZATION', name: words.replace(/^(?:the|a|an) /i, '').replace(/^(?:State|Local|Official|Social) /, (w) => w.toLowerCase()), aliases: [], description: 'unnamed' };
  // "«C2» officials": the country's demonym as written ("Ukrainian officials", "American official").
  const written = words.replace(/«C(\d+)»/g, (_all, i: string) => {
    const country = mentions[Number(i)]?.country;
    return country?.demonym ?? country?.entity.name ?? '';
  });
  // "Medics at Al-Najjar hospital": the medics; where they are is not part of their name.
  const noun = written.replace(/^(?:an?|one|the|two|several|some) /i, '').replace(/ (?:at|in|of|from) .*$/, '').trim();
  if (!noun || /«/.test(noun)) return null;
  const demonymFirst = /^(?:(?:an?|one|the|two|several|some) )?«C/i.test(words);
  return { kind: 'PERSON', name: demonymFirst ? noun : noun.charAt(0).toLowerCase() + noun.slice(1), aliases: [], description: 'unnamed' };
}
