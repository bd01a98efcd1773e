import type { PartialDate } from '../support';
import type { Discourse } from './discourse';
import { namedUnitOf, nationalForce, policeOf, unitOf, unnamedPerson } from './entities';
import { eitherCase, lexicon, pickPlace, placesNamed, type Country, type Lexicon } from './lexicon';
import type { ExtractedEntity } from './model';
import { findQuantities, type FoundQuantity } from './quantity';
import { findTimes, type FoundTime } from './time';

/**
 * A name, number or date found in a sentence. Rules read the sentence with every mention replaced
 * by a placeholder of its kind (see mask.ts): C country, F armed force, O organisation, P person,
 * L place, Q quantity, T time.
 */
export type MentionLetter = 'C' | 'F' | 'O' | 'P' | 'L' | 'Q' | 'T';

export interface Mention {
  letter: MentionLetter;
  start: number;
  end: number;
  entity: ExtractedEntity | null;
  /** The country of a country, demonym or national-force mention. */
  country?: Country | null;
  /** A bare demonym ("Russian operations"), standing for its country. */
  demonymOnly?: boolean;
  /** A national force ("North Korean troops"), as opposed to a unit or a non-state group. */
  national?: boolean;
  /** The noun a force or person mention ends with: "troops", "soldiers", "soldier". */
  head?: string;
  /** "an injured North Korean soldier". */
  wounded?: boolean;
  /** A place named as a region ("the Kursk region", "North Kivu province"), not a city. */
  region?: boolean;
  /** The text says whose unit it is ("Russia's 155th Marine Brigade", "the army's 14th Infantry Division"). */
  statedPartOf?: boolean;
  /** The mention names the entity through an earlier one ("the agency", "he"). */
  coreferent?: boolean;
  quantity?: FoundQuantity;
  time?: FoundTime;
  /** Higher wins when two candidates cover the same words. */
  priority: number;
}

const CAPW = String.raw`[A-Z][\p{L}'-]*[\p{L}]`;
const CAPSEQ = `${CAPW}(?: ${CAPW}){0,3}`;
/** A place name: capitalised words, none a possessive ("Ukraine's Donetsk" is Donetsk, owned). */
const PLACEW = String.raw`(?:[Aa]l-|[Ee]l-)?[A-Z][\p{L}-]*[\p{L}](?!'s)`;
const PLACESEQ = `${PLACEW}(?: ${PLACEW}){0,3}`;
const ACRONYM = String.raw`(?: ?\((?<acr>[A-Z][A-Za-z0-9/&-]{1,10})\))?`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const REPORTING_VERB = String.raw`(?:said|says|say|told|tells|stated|announced|claimed|confirmed|reported|reports|added|adds|wrote|noted|warned|estimated|assessed|believes|revealed|disclosed|acknowledged|admitted|alleged|insisted|explained|denied|denies|dismissed|rejected|called|quoted)`;

const NATIONAL_HEADS = ['occupiers', 'invaders', 'occupation forces', 'government troops', 'government forces', 'army reinforcements', 'military reinforcements', 'reinforcements', 'security forces', 'security personnel', 'warplanes', 'fighter jets', 'jets', 'military aircraft', 'tanks', 'drones', 'artillery', 'helicopter gunships', 'helicopters', 'gunboats', 'warships', 'armed forces', 'formations', 'infantry', 'positions', 'gun crews', 'troops', 'forces', 'soldiers', 'servicemen', 'servicemembers', 'military personnel', 'personnel', 'army', 'military', 'fighters', 'combatants', 'contingent', 'peacekeepers', 'units', 'battalions', 'brigades'];
/** "Russia's military efforts" is about Russia, not its army: nouns that make "military" or "army" an adjective. */
const NOT_A_FORCE_AFTER = String.raw`(?:efforts?|operations?|aid|support|ties|cooperation|engagements?|equipment|assistance|campaign|exercises|drills|spending|leadership|intelligence|hardware|technology|capabilit(?:y|ies)|power|might|presence|involvement|build-?up|activity|activities|action|strategy|doctrine|industry|facilities|base|bases|budget|officials?|sources|analysts?|experts?|spokes(?:man|woman|person)|chief|commanders?|leaders?|junta|government|regime|council|court|vehicles|aircraft|trucks|hospital|police|academy|attach[eé]s?)${E}`;
const UNIT_HEADS = ['special operations forces', 'special forces', 'paratroopers', 'marines', 'commandos', 'artillery units', 'drone units', 'air force', 'navy', 'naval forces', 'border guards', 'national guard', 'airborne troops'];
const NAMED_UNIT = String.raw`(?:\d+(?:st|nd|rd|th) )?(?:${CAPW} ){0,3}(?:Brigade|Division|Regiment|Battalion|Corps|Fleet|Guards?)`;
/** An unknown name before a noun only armed groups take ("Fano militiamen"), see findMentions. */
const HEADED_GROUP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Tt]he )?(?<name>(?:[A-Z][\p{L}'-]*[\p{L}] ){0,2}[A-Z][\p{L}'-]*[\p{L}]) (?<head>militia|militias|militiamen|militants|insurgents|gunmen|jihadists|paramilitaries|rebels|separatists)(?![\p{L}\p{N}])`,
  'gu',
);
/** Nouns that "police" only qualifies: "police officials said" is an unnamed voice, "a police station" a place. */
const POLICE_QUALIFIES = /^ (?:officials?|sources?|spokes(?:man|woman|person|people|men|women)|chiefs?|commanders?|commissioners?|stations?|headquarters|academy|academies|school|posts?|department|officer|statement|report|investigation|vehicles?|cars?|checkpoints?|barracks|recruits|cadets|trainees|inspector|superintendent|general|minister)\b/i;
/** What a side owns and another strikes: "struck Hezbollah positions" is an attack on Hezbollah. */
const GROUP_TARGETS = 'targets|positions|strongholds|hideouts|bases|sites|drones|missiles';
const GROUP_SUFFIX = String.raw`(?:Forces|Army|Movement|Brigades|Front|Militia|Liberation Army|[Gg]roup of [Ff]orces)`;
const TITLES = [
  'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister', 'Deputy Foreign Minister', 'Deputy Defence Minister',
  'President', 'Minister', 'spokeswoman', 'spokesman', 'spokesperson', 'Spokeswoman', 'Spokesman', 'leader', 'Leader', 'commander', 'Commander',
  'commander-in-chief', 'Commander-in-Chief', 'chief', 'Chief', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Lt. Col.', 'Lieutenant General', 'Major General',
  'Brigadier General', 'Lieutenant Colonel', 'General', 'Gen.', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Sergeant', 'Sgt.', 'Lieutenant', 'Lt.', 'lawmaker',
  'legislator', 'Senator', 'Sen.', 'Rep.', 'Ambassador', 'ambassador', 'envoy', 'Secretary-General', 'Secretary', 'Chairman', 'chairman', 'head', 'Mr.', 'Ms.',
  'Mrs.', 'Mr', 'Ms', 'Mrs', 'Dr.', 'analyst', 'official', 'Governor', 'governor', 'Mayor', 'mayor', 'Admiral', 'Adm.', 'Field Marshal', 'Marshal', 'adviser',
  'advisor', 'aide', 'researcher', 'Pope', 'King', 'Queen', 'Prince',
];
/** "Minister of Communication", "Chief of the General Staff": an office named by its portfolio, before the holder's name. */
const OFFICE_OF = String.raw`(?:Minister|Secretary|Secretary of State|Minister of State|Chief|Head|Director|Commissioner|Commander) (?:of|for) (?:State for )?(?:the )?(?:National |Public |Internal |Home |Foreign |Humanitarian |Veterans )?(?:Communications?(?: and Media)?|Information(?: and Communications?)?|Defen[cs]e(?: and Veterans Affairs)?|Foreign Affairs(?: and International Cooperation)?|Affairs|Interior(?: and Security)?|Security|Justice|Health|Finance|Culture|Staff|General Staff|Defen[cs]e Staff|Armed Forces|Army|Territorial Administration|Regional Integration|Energy|Trade|Economy|Police)`;
const TITLE_MODIFIERS = String.raw`(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Mm]ilitary|[Ii]ntelligence|[Aa]rmy|[Nn]avy|[Ss]tate|[Pp]arliamentary|[Gg]overnment|[Mm]inistry|[Kk]remlin|[Pp]entagon|[Dd]eputy|[Ss]enior|[Ff]ormer|[Tt]op|[Ss]upreme|[Rr]egional|[Ll]ocal|[Oo]pposition|[Rr]ebel|[Jj]unta|[Pp]residential|[Ss]outh|[Nn]orth) )*`;
/** "The Armed Forces", "Special Forces", "Joint Force": a description, not a group's name. */
/** Second words of a state's own force named after its country: "Russian Aerospace Forces", "Rwanda Defence Force". */
const NATIONAL_SECOND_WORDS = new Set(['Aerospace', 'Land', 'Territorial', 'Border', 'Navy', 'Marine', 'Strategic', 'Missile', 'Airborne', 'Coast', 'Republican', 'Revolutionary', 'Army', 'Military', 'Forces']);
const GENERIC_FORCE_WORDS = new Set(['Armed', 'Joint', 'Special', 'Allied', 'Government', 'Security', 'Defence', 'Defense', 'Air', 'Ground', 'Naval', 'Regular', 'Federal', 'National', 'Enemy', 'Rebel', 'Opposition']);
/** Words that start a capitalised run but are not a name. */
const NOT_A_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'As', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its',
  'Their', 'Our', 'Some', 'Many', 'Most', 'Reports', 'Officials', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Since', 'After', 'Before', 'During',
  'While', 'When', 'Recent', 'Meanwhile', 'However', 'According', 'Staff', 'Ministry', 'Service', 'Agency', 'Council', 'Committee', 'Forces', 'Army',
  'Office', 'Command', 'General', 'Security', 'Intelligence', 'News', 'Read', 'More', 'Original', 'Source', 'Image', 'Photo', 'Also', 'Still', 'Yet',
  'Residents', 'Witnesses', 'Sources', 'Analysts', 'Experts', 'Doctors', 'Activists', 'Diplomats', 'Researchers', 'Lawmakers', 'Legislators', 'Several',
  'Both', 'Each', 'All', 'No', 'Under', 'Among', 'Three', 'Two', 'Four', 'Five', 'Local', 'Aid', 'Western', 'Regional',
]);
/** The last word of a name that makes it a body, not a person: "Relief International", "Sudan Doctors Network". */
const ORGANISATION_LAST_WORDS = /^(?:International|Network|Watch|Lawyers|Monitor|Observatory|Institute|Foundation|Federation|Union|Association|Frontieres|Frontières|Crescent|Cross|Programme|Program|Fund|Coalition|Centre|Center|Project|Initiative|Alliance|Group|Team|Mission|Commission|Committee|Council|Agency|Service|Ministry|Office|Authority|Media|News|Radio|Television|TV|Times|Post|Press|Tribune|Herald)$/;
const FACILITY_WORDS = /(?:Airport|Airbase|Air Base|Palace|Camp|Market|Bridge|Crossing|Mosque|Church|School|University|Stadium|Dam|Prison|Port|Hospital|airport|airbase|crossing|camp|bridge)$/;
const PLACE_SUFFIX = String.raw`(?:region|province|oblast|state|district|area|governorate|city|town|village|displacement camp|refugee camp|camp|island|Island|valley|Valley|Oblast|Province|Region|State|District|Governorate|Strip|Krai|Mountains|Hills|Highlands|Plateau)`;
const LOCATIVE = String.raw`(?:in|near|around|outside|into|from|at|towards|toward|across|inside|within|on|to|of|through|over|between|and|or)`;
const PLACE_ADJECTIVES = String.raw`(?:(?:eastern|western|northern|southern|north-eastern|northeastern|south-eastern|southeastern|north-western|northwestern|south-western|southwestern|central|besieged|strategic|key|frontline|front-line|border|embattled|occupied|Russian-occupied|rebel-held|army-held|RSF-held|devastated) )*`;

interface Patterns {
  countryOrg: RegExp;
  countryNamedOrg: RegExp;
  namedOrg: RegExp;
  bodies: RegExp;
  groups: RegExp;
  groupAdjective: RegExp;
  groupUnit: RegExp;
  armedForcesOf: RegExp;
  countryUnit: RegExp;
  countryUnitNoun: RegExp;
  police: RegExp;
  national: RegExp;
  namedUnit: RegExp;
  ownedUnit: RegExp;
  namedGroup: RegExp;
  forceCoref: RegExp;
  groupCoref: RegExp;
  orgCoref: RegExp;
  personTitled: RegExp;
  personAppositive: RegExp;
  personSays: RegExp;
  pronoun: RegExp;
  titleCoref: RegExp;
  unnamedSoldier: RegExp;
  personCoref: RegExp;
  country: RegExp;
  capital: RegExp;
  countryCapital: RegExp;
  demonym: RegExp;
  theNorth: RegExp;
  placeSuffixed: RegExp;
  placeOf: RegExp;
  placeList: RegExp;
  placeCoref: RegExp;
  facility: RegExp;
  placeLocative: RegExp;
  placeAfterVerb: RegExp;
  placeFell: RegExp;
  definedAcronym: RegExp;
  personAfterRole: RegExp;
  acronymSpeaker: RegExp;
  countrysOrg: RegExp;
}

let compiled: Patterns | null = null;

function patterns(lex: Lexicon): Patterns {
  if (compiled) return compiled;
  const N = lex.countryNames;
  const D = lex.demonyms;
  // The owner of a possessive or the demonym before a noun, as a capitalised run checked against the
  // lexicon afterwards (countryOf): an alternation of every country name in every pattern is slow.
  const firstWords = [...lex.countries.byDemonym.keys()].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0] as string);
  const DEMONYM_START = `(?:(?:${[...new Set(firstWords)].join('|')}) )?`;
  const POSS = String.raw`(?:(?<pc>[A-Z][\p{L}.-]*(?: (?:[A-Z][\p{L}.-]*|of|the|and)){0,4})'s|(?<pd>U\.S\.|${DEMONYM_START}[A-Z][\p{L}-]*))`;
  const titles = TITLES.sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const NAME = String.raw`(?:${CAPW})(?: (?:(?:al-|el-|bin |ibn |de |van |von |da )?${CAPW})){0,3}`;
  compiled = {
    countryOrg: new RegExp(String.raw`${B}(?:[Tt]he )?${POSS} (?<words>${lex.genericOrganisations})${ACRONYM}${E}`, 'gu'),
    countryNamedOrg: new RegExp(String.raw`${B}(?:[Tt]he )?${POSS} (?<name>(?:${CAPW} |of |the |and |for ){0,5}(?:${lex.organisationHeads})(?: of (?:the )?${CAPSEQ})?)${ACRONYM}${E}`, 'gu'),
    // "the Central Military Commission of the Workers' Party of Korea": a tail with a possessive is read but left out of the name.
    namedOrg: new RegExp(String.raw`${B}(?:[Tt]he )?(?<name>${CAPW}(?: (?:${CAPW}|of|the|and|for|on)){0,5} (?:${lex.organisationHeads})(?: (?:of|on) (?:the )?${CAPSEQ}(?: of (?:the )?${CAPSEQ})?(?!'))?)(?: of (?:the )?${CAPW}' ${CAPSEQ}(?: of (?:the )?${CAPSEQ})?)?${ACRONYM}${E}`, 'gu'),
    bodies: new RegExp(String.raw`${B}(?:[Tt]he )?(?<name>${lex.bodies})${E}`, 'gu'),
    // "Hezbollah's elite Radwan Force": a named unit of a group the lexicon knows.
    groupUnit: new RegExp(String.raw`${B}(?<name>${lex.groups})'s (?:elite |special |armed )?(?<unit>(?:${CAPW} ){1,3}(?:Force|Unit|Brigades?|Battalion|Division|Regiment))${E}`, 'gu'),
    groups: new RegExp(String.raw`${B}(?:[Tt]he )?(?<name>${lex.groups})${ACRONYM}(?: (?<head>fighters|militants|rebels|troops|forces|soldiers|paramilitaries|members|mercenaries|gunmen|combatants|elements|militiamen|units|${GROUP_TARGETS}))?${E}`, 'gu'),
    // "Houthi fighters", "Israeli jets struck Houthi targets": the group's adjective before a noun of its own.
    groupAdjective: new RegExp(String.raw`${B}(?:[Tt]he )?(?<adj>${lex.groupAdjectives}) (?<head>fighters|militants|rebels|forces|paramilitaries|members|gunmen|combatants|militiamen|units|${GROUP_TARGETS})${E}`, 'gu'),
    armedForcesOf: new RegExp(String.raw`${B}(?:[Tt]he )?Armed Forces of (?:the )?(?<pc>${N})${ACRONYM}${E}`, 'gu'),
    countryUnit: new RegExp(String.raw`${B}(?:[Tt]he )?${POSS} (?<unit>${NAMED_UNIT})${ACRONYM}${E}`, 'gu'),
    // "Somali police officers", "police said", "riot police": a country's police, a force of its own (see findMentions).
    police: new RegExp(String.raw`${B}(?:[Tt]he )?(?:${POSS} )?(?:(?:local|regional|state|federal|national|riot|provincial|district|city|armed|paramilitary) )?(?<head>[Pp]olice(?: officers| forces?| units| commandos| personnel)?|[Pp]olicemen)${E}`, 'gu'),
    countryUnitNoun: new RegExp(String.raw`${B}(?:[Tt]he )?${POSS} (?<unit>${UNIT_HEADS.map(eitherCase).join('|')})${E}`, 'gu'),
    // "the Ukrainian neo-Nazi occupiers", "the Zionist enemy forces": state media's words for the other side's army.
    national: new RegExp(String.raw`${B}(?:[Tt]he )?${POSS} (?:(?:neo-Nazi|Nazi|fascist|puppet|terrorist|hostile|invading|occupying) )?(?<head>${NATIONAL_HEADS.map(eitherCase).join('|')})${ACRONYM}${E}(?! ${NOT_A_FORCE_AFTER})`, 'gu'),
    ownedUnit: new RegExp(String.raw`${B}[Tt]he (?:army|military)'s (?<unit>(?:\d+(?:st|nd|rd|th) )?(?:${CAPW} ){0,3}(?:Brigade|Division|Regiment|Battalion|Corps|Military Region|Command))${E}`, 'gu'),
    namedUnit: new RegExp(String.raw`${B}(?:[Tt]he )?(?<unit>\d+(?:st|nd|rd|th) (?:${CAPW} ){0,3}(?:Brigade|Division|Regiment|Battalion|Corps|Army))${ACRONYM}${E}`, 'gu'),
    namedGroup: new RegExp(String.raw`${B}(?:[Tt]he )?(?<name>(?:${CAPW} ){1,4}${GROUP_SUFFIX})${ACRONYM}${E}`, 'gu'),
    forceCoref: /(?<![\p{L}])[Tt]he (?:country's )?(?<noun>army|military|armed forces|Armed Forces)(?![\p{L}])(?! of)/gu,
    groupCoref: /(?<![\p{L}])[Tt]he (?<noun>rebel group|rebels|militia|militias|separatists|separatist group|group|paramilitary group|paramilitary force|paramilitary|paramilitaries|insurgents|militants|jihadists|terrorists|terrorist group)(?![\p{L}])/gu,
    orgCoref: /(?<![\p{L}])[Tt]he (?<noun>intelligence service|intelligence agency|spy agency|news agency|agency|service|ministry|committee|commission|command|council|general staff|directorate|broadcaster|outlet|mission)(?![\p{L}])/gu,
    personTitled: new RegExp(String.raw`${B}(?:(?:[Tt]he |[Aa]n? )?(?:${POSS} |(?<po>[A-Z]{2,6}) )?(?<mod>${TITLE_MODIFIERS}))(?<title>(?:${OFFICE_OF}|${titles})(?: (?:${titles}))*) (?<name>${NAME})${E}`, 'gu'),
    personAppositive: new RegExp(String.raw`${B}(?<name>${CAPW}(?: (?:al-|el-|bin |de |van |von )?${CAPW}){1,3}), (?:the |a |an )?(?<role>[a-z][^,]{2,80}?),(?= (?:who |also )?${REPORTING_VERB}${E})`, 'gu'),
    personSays: new RegExp(String.raw`${B}(?<name>${CAPW}(?: (?:al-|el-|bin |de |van |von )?${CAPW}){0,2})(?= (?:also |later |previously )?${REPORTING_VERB}${E}| as saying)`, 'gu'),
    pronoun: new RegExp(String.raw`${B}(?<pronoun>[Ii]t|[Hh]e|[Ss]he|[Tt]hey)(?= (?:also |further |later |previously |then )?${REPORTING_VERB}${E})`, 'gu'),
    titleCoref: new RegExp(String.raw`${B}[Tt]he (?<title>president|prime minister|minister|spokes(?:man|woman|person)|commander|governor|general|chairman|mayor|ambassador)(?= (?:also |further |later |previously |then )?${REPORTING_VERB}${E})`, 'gu'),
    unnamedSoldier: new RegExp(String.raw`${B}(?:(?:[Aa]n?|[Tt]he|[Oo]ne) )?(?:(?<adj>injured|wounded|captured|young) )*${POSS} (?<noun>soldier|serviceman|fighter|prisoner of war|POW|officer|pilot|prisoner|conscript)(?!s)${E}`, 'gu'),
    personCoref: /(?<![\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat) (?<noun>soldier|serviceman|prisoner|captive|man|fighter|POW|conscript)(?![\p{L}])/gu,
    country: new RegExp(String.raw`${B}(?:the )?(?<name>${N})${E}(?!'s (?:${lex.genericOrganisations}))`, 'gu'),
    capital: new RegExp(String.raw`${B}(?<name>${lex.capitals})${E}`, 'gu'),
    countryCapital: new RegExp(String.raw`${B}(?:[Tt]he )?(?<pc>[A-Z][\p{L}.-]*(?: [A-Z][\p{L}.-]*){0,3})'s capital${E}(?!,? [A-Z])`, 'gu'),
    demonym: new RegExp(String.raw`${B}(?<name>${D})${E}`, 'gu'),
    theNorth: /(?<![\p{L}])[Tt]he (?<side>North|South)(?![\p{L}])(?! (?:of|and))/gu,
    placeSuffixed: new RegExp(String.raw`${B}(?:[Tt]he )?(?<name>${PLACESEQ}) (?<suffix>${PLACE_SUFFIX})${E}`, 'gu'),
    placeOf: new RegExp(String.raw`${B}(?:[Tt]he )?(?:city|town|village|region|province|port|capital|settlements?|villages) of (?<name>${PLACESEQ})${E}`, 'gu'),
    facility: new RegExp(String.raw`${B}(?:[Tt]he )?(?<name>(?:${CAPW} ){1,3}(?:Hospital|Airport|Airbase|Air Base|Palace|Camp|Market|Bridge|Crossing|Mosque|Church|School|University|Stadium|Dam|Prison|Port)|${CAPW} (?:airport|airbase|crossing|camp|bridge))${E}`, 'gu'),
    // "the settlements of Nikolayevo-Darino and Nizhnyaya Parovaya", "Masisi, Rutshuru and Nyiragongo territories": every name of the list is a place.
    placeList: new RegExp(String.raw`(?:(?<=(?:settlements|villages|towns|cities|districts|localities) of (?:the )?)(?<list1>${PLACESEQ}(?:, ${PLACESEQ})*,? and ${PLACESEQ})|${B}(?<list2>${PLACESEQ}(?:, ${PLACESEQ})*,? and ${PLACESEQ}) (?:territories|districts|provinces|regions|villages|towns|states|oblasts|areas))${E}`, 'gu'),
    placeCoref: /(?<![\p{L}])[Tt]he (?<noun>city|town|village|area|region|province|camp|sector|territory)(?![\p{L}])(?! of)/gu,
    placeAfterVerb: new RegExp(String.raw`${B}(?<verb>captured|seized|took|taken|retook|retaken|recaptured|retake|recapture|liberated|regained|occupied|overran|entered|shelled|struck|attacked|bombed|pounded|raided|stormed|besieged|encircled|fired (?:[a-z-]+ ){1,3}?(?:at|into)|(?:strikes|airstrikes|air strikes|raids|shelling) (?:on|against)|(?:attacks?|strike|raid) (?:on|against)|(?:attack|strike|raid|assault|ambush|shelling|bombardment)s? (?:near|outside)|hit|control of|control over|fell to|advanced on|advance on|siege of|battle for|fight for|fighting for|offensive on|assault on|withdraw from|withdrew from|withdrawn from|withdrawing from|pull out of|pulled out of|retreated from|(?:attack|strike|raid|assault) on (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:near|outside))"?(?: the)? ${PLACE_ADJECTIVES}(?<name>${PLACESEQ})${E}`, 'gu'),
    placeFell: new RegExp(String.raw`${B}(?<name>${PLACESEQ}) (?:fell|has fallen|had fallen|was captured|was seized|was taken|was overrun|came under)${E}`, 'gu'),
    placeLocative: new RegExp(String.raw`${B}(?<prep>${LOCATIVE}) (?:the )?${PLACE_ADJECTIVES}(?<name>${PLACESEQ})${E}`, 'gu'),
    // "the Sudan People's Liberation Movement-North (SPLM-N)": a name the lexicons lack, defined with its acronym.
    definedAcronym: new RegExp(String.raw`${B}(?:[Tt]he )?(?<name>${CAPW}(?: (?:${CAPW}|(?:of|for|on)(?: the)?|de|du|des)){0,9}) \((?<acr>[A-Z][A-Za-z0-9/&-]{1,10})\)`, 'gu'),
    // "Congo's government spokesman, Patrick Muyaya, said": the name after a role, between commas, speaks.
    personAfterRole: new RegExp(String.raw`(?<=(?:spokes(?:man|woman|person)|[Cc]ommander|[Mm]inister|[Cc]hief|[Hh]ead|leader|official|adviser|advisor|envoy|coordinator|[Dd]irector|[Gg]overnor|[Pp]resident|[Ss]ecretary|[Aa]mbassador|representative)(?: (?:of|for) [^,]{1,60})?, )(?<name>${NAME}),(?= (?:also |later |earlier )?${REPORTING_VERB}${E})`, 'gu'),
    // "the SBU said", "NIS told lawmakers", "according to HUR": an acronym that speaks is an organisation.
    acronymSpeaker: new RegExp(String.raw`(?<=[Aa]ccording to (?:the )?)(?<acr>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?)${E}|${B}(?:[Tt]he )?(?<acr2>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?)${E}(?=(?: (?:also|later|earlier|previously|has|had|have))* ${REPORTING_VERB}${E})`, 'gu'),
    // "citing the country's intelligence service": the country named last.
    countrysOrg: new RegExp(String.raw`${B}[Tt]he country's (?<words>${lex.genericOrganisations})${E}`, 'gu'),
  };
  return compiled;
}

/**
 * Every mention of a sentence, without overlaps: of two candidates over the same words the longer
 * wins, then the one of higher priority. Updates the article's discourse as it goes.
 */
export function findMentions(sentence: string, discourse: Discourse, publishedAt: PartialDate | null): Mention[] {
  const lex = lexicon();
  const p = patterns(lex);
  const candidates: Mention[] = [];
  // "Islamic State-linked", "RSF-allied": an adjective of affiliation is never a name (see AFFILIATED_GROUP).
  const push = (m: Omit<Mention, 'priority'>, priority: number) => {
    if (m.entity?.name.includes('-') && AFFILIATION_WORD.test(m.entity.name)) return;
    candidates.push({ ...m, priority });
  };
  const countryOf = (g: Record<string, string | undefined>): Country | null => {
    const name = g.pc ?? g.pd;
    return name ? (lex.countryByAny(name) ?? null) : null;
  };

  for (const t of findTimes(sentence, publishedAt)) push({ letter: 'T', start: t.start, end: t.end, entity: null, time: t }, 5);
  for (const q of findQuantities(sentence)) push({ letter: 'Q', start: q.start, end: q.end, entity: null, quantity: q }, 4);

  for (const m of sentence.matchAll(p.countryOrg)) {
    const country = countryOf(m.groups ?? {});
    if (!country) continue;
    const words = canonicalOrganisation((m.groups?.words ?? '').toLowerCase());
    const aliases = m.groups?.acr ? [{ name: m.groups.acr, kind: 'ALIAS' as const }] : [];
    const entity: ExtractedEntity = { kind: 'ORGANIZATION', name: `${country.entity.name}'s ${words}`, aliases, description: `the ${words} of ${country.entity.name}`, partOf: country.entity };
    push({ letter: 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity }, 6);
  }
  for (const m of sentence.matchAll(p.countryNamedOrg)) {
    const country = countryOf(m.groups ?? {});
    const name = (m.groups?.name ?? '').trim();
    if (!country || !/[A-Z]/.test(name.replace(/^(?:the|of) /, ''))) continue;
    const generic = canonicalOrganisation(name.toLowerCase());
    const isGeneric = GENERIC_ORGANISATION_NAMES.has(generic);
    const aliases = m.groups?.acr ? [{ name: m.groups.acr, kind: 'ALIAS' as const }] : [];
    const entity: ExtractedEntity = isGeneric
      ? { kind: 'ORGANIZATION', name: `${country.entity.name}'s ${generic}`, aliases, description: `the ${generic} of ${country.entity.name}`, partOf: country.entity }
      : // "Sudan Doctors Network": a body that carries its country's name in its own keeps it.
        { kind: 'ORGANIZATION', name: m.groups?.pd && lex.countries.byName.has(m.groups.pd) ? `${m.groups.pd} ${name}` : name, aliases, description: `${describeOrganisation(name)} of ${country.entity.name}`, partOf: country.entity };
    push({ letter: 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity }, 6);
  }
  for (const m of sentence.matchAll(p.namedOrg)) {
    // "The Panel of Experts": a head that is a whole name leaves the article as its first word.
    const name = (m.groups?.name ?? '').trim().replace(/^The (?=(?:Group|Panel) of )/, '');
    const first = name.split(' ')[0] ?? '';
    if (NOT_A_NAME.has(first) && name.split(' ').length < 3) continue;
    // "Sudan Doctors Network" is an organisation; "Russia Defence Ministry" is the country's ministry.
    if (lex.countryByAny(first) && name.split(' ').length < 3) continue;
    const aliases = m.groups?.acr ? [{ name: m.groups.acr, kind: 'ALIAS' as const }] : [];
    push({ letter: 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: { kind: 'ORGANIZATION', name, aliases } }, 3);
  }
  for (const m of sentence.matchAll(p.definedAcronym)) {
    // "Gunmen of the Coordination of Azawad Movements (CMA)" at the start of a sentence: the name is after "of".
    const capitalLead = /^(Separatists|Rebels|Fighters|Militants|Insurgents|Militiamen|Combatants|Gunmen|Jihadists) of (?:the )?/.exec(m.groups?.name ?? '');
    const name = (m.groups?.name ?? '').slice(capitalLead?.[0].length ?? 0).trim();
    const acr = m.groups?.acr ?? '';
    const owner = /^(.+?)'s /.exec(name)?.[1];
    if (!acr || NOT_A_NAME.has(name.split(' ')[0] ?? '') || (owner && lex.countryByAny(owner)) || lex.countryByAny(name) || lex.groupByName.has(name) || lex.groupByName.has(acr) || lex.bodyByName.has(name) || lex.bodyByName.has(acr)) continue;
    // "separatists of the Strategic Framework for … (CSP-DPA)": fighters of a body make it an armed group.
    const fightersOf = capitalLead ? [capitalLead[0], (capitalLead[1] ?? '').toLowerCase()] : FIGHTERS_OF.exec(sentence.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
    const force = Boolean(fightersOf) || /(?:Forces?|Army|Movement|Front|Brigades?|Militia|Group|Guards?|Corps|Alliance)(?:-[A-Z][a-z]+)?$/.test(name);
    const entity: ExtractedEntity = { kind: force ? 'ARMED_FORCE' : 'ORGANIZATION', name, aliases: [{ name: acr, kind: 'ALIAS' }] };
    push({ letter: force ? 'F' : 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, head: force ? (fightersOf?.[1] ?? 'forces') : undefined }, capitalLead ? 4 : 1);
  }
  for (const m of sentence.matchAll(p.acronymSpeaker)) {
    const acr = m.groups?.acr ?? m.groups?.acr2 ?? '';
    if (discourse.acronyms.has(acr) || lex.bodyByName.has(acr) || lex.groupByName.has(acr) || lex.countryByAny(acr) || NOT_A_NAME.has(acr)) continue;
    const at = (m.index ?? 0) + m[0].length - acr.length;
    push({ letter: 'O', start: m.index ?? 0, end: at + acr.length, entity: { kind: 'ORGANIZATION', name: acr, aliases: [] } }, 1);
  }
  for (const m of sentence.matchAll(p.bodies)) {
    const entry = lex.bodyByName.get(m.groups?.name ?? '');
    if (!entry) continue;
    const entity: ExtractedEntity = { kind: 'ORGANIZATION', name: entry.name, aliases: entry.aliases.filter((a) => !/^the /.test(a)).map((a) => ({ name: a, kind: 'ALIAS' as const })), description: entry.news ? 'a news organisation' : null };
    push({ letter: 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity }, 7);
  }
  if (discourse.acronyms.size > 0) {
    for (const m of sentence.matchAll(cachedPattern(`${B}(?:${[...discourse.acronyms.keys()].join('|')})${E}`))) {
      const entity = discourse.acronyms.get(m[0]);
      if (entity) push({ letter: entity.kind === 'ARMED_FORCE' ? 'F' : 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 6);
    }
  }

  for (const m of sentence.matchAll(p.groupUnit)) {
    const entry = lex.groupByName.get(m.groups?.name ?? '');
    const unit = m.groups?.unit ?? '';
    // An alias of the group itself ("Hamas's Qassam Brigades") is the group.
    if (!entry || entry.country || lex.groupByName.has(unit)) continue;
    const owner: ExtractedEntity = { kind: 'ARMED_FORCE', name: entry.name, aliases: entry.aliases.map((a) => ({ name: a, kind: 'ALIAS' as const })) };
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: { kind: 'ARMED_FORCE', name: unit, aliases: [], partOf: owner }, head: 'unit', statedPartOf: true }, 7);
  }
  for (const m of sentence.matchAll(p.groups)) {
    const entry = lex.groupByName.get(m.groups?.name ?? '');
    if (!entry) continue;
    const country = entry.country ? (lex.countries.byName.get(entry.country) ?? null) : null;
    const entity = country ? nationalForce(country) : { kind: 'ARMED_FORCE' as const, name: entry.name, aliases: entry.aliases.map((a) => ({ name: a, kind: 'ALIAS' as const })) };
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, country, national: Boolean(country), head: m.groups?.head ?? 'forces' }, 7);
  }
  for (const m of sentence.matchAll(p.groupAdjective)) {
    const entry = lex.groupByAdjective.get(m.groups?.adj ?? '');
    if (!entry) continue;
    const entity: ExtractedEntity = { kind: 'ARMED_FORCE', name: entry.name, aliases: entry.aliases.map((a) => ({ name: a, kind: 'ALIAS' as const })) };
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, head: m.groups?.head ?? 'forces' }, 7);
  }
  for (const m of sentence.matchAll(p.armedForcesOf)) {
    const country = countryOf(m.groups ?? {});
    if (country) push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: nationalForce(country), country, national: true, head: 'forces' }, 7);
  }
  for (const m of sentence.matchAll(p.countryUnit)) {
    const country = countryOf(m.groups ?? {});
    const unit = m.groups?.unit ?? '';
    if (!country) continue;
    const national = /^(?:Army|Armed Forces|Forces|Military)$/i.test(unit);
    const entity = national ? nationalForce(country) : withAcronym(namedUnitOf(country, unit), m.groups?.acr);
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, country, national, head: unit, statedPartOf: !national }, 6);
  }
  for (const m of sentence.matchAll(p.countryUnitNoun)) {
    const country = countryOf(m.groups ?? {});
    if (!country) continue;
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: unitOf(country, (m.groups?.unit ?? '').toLowerCase()), country, head: m.groups?.unit }, 6);
  }
  // "Somali police officers killed …", "police said": the police of the country named, else of the
  // country the article is about. Not "military police" (the army's), nor a noun the police only
  // qualifies ("police officials", "police station", "the police chief").
  if (/\b[Pp]olice/.test(sentence)) {
    for (const m of sentence.matchAll(p.police)) {
      const at = m.index ?? 0;
      if (/military $/i.test(sentence.slice(Math.max(0, at - 9), at)) || POLICE_QUALIFIES.test(sentence.slice(at + m[0].length))) continue;
      const named = m.groups?.pc ?? m.groups?.pd;
      const country = named ? countryOf(m.groups ?? {}) : null;
      // A capitalised word before "police" that is no country ("Riot police") leaves the country to the article.
      const entity = policeOf(country ?? discourse.mainCountry);
      push({ letter: 'F', start: at, end: at + m[0].length, entity, country, head: (m.groups?.head ?? 'police').toLowerCase() }, 5);
    }
  }
  for (const m of sentence.matchAll(p.national)) {
    const country = countryOf(m.groups ?? {});
    if (!country) continue;
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: nationalForce(country), country, national: true, head: (m.groups?.head ?? '').toLowerCase() }, 5);
  }
  for (const m of sentence.matchAll(p.ownedUnit)) {
    const owner = discourse.lastNationalForce ?? (discourse.mainCountry ? nationalForce(discourse.mainCountry) : null);
    const unit = m.groups?.unit ?? '';
    if (owner) push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: { kind: 'ARMED_FORCE', name: unit, aliases: [], partOf: owner }, head: 'unit', statedPartOf: true }, 5);
  }
  for (const m of sentence.matchAll(p.namedUnit)) {
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: withAcronym(unitOf(null, m.groups?.unit ?? ''), m.groups?.acr), head: 'unit' }, 4);
  }
  for (const m of sentence.matchAll(p.namedGroup)) {
    const name = (m.groups?.name ?? '').trim();
    const first = name.split(' ')[0] ?? '';
    // "Sudan Shield Forces", "Syrian Democratic Forces": a group named after its country, when the word
    // after the country is no part of a state's force ("Sudanese Armed Forces", "Ukrainian Ground Forces").
    const words = name.split(' ');
    const countryFirst = Boolean(lex.countryByAny(first)) && words.length >= 3 && !GENERIC_FORCE_WORDS.has(words[1] ?? '') && !NATIONAL_SECOND_WORDS.has(words[1] ?? '');
    if (NOT_A_NAME.has(first) || (lex.countryByAny(first) && !countryFirst) || first.endsWith("'s") || lex.groupByName.has(name) || GENERIC_FORCE_WORDS.has(first)) continue;
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: withAcronym({ kind: 'ARMED_FORCE', name, aliases: [] }, m.groups?.acr), head: 'forces' }, 3);
  }
  // "Fano militiamen", "the Fano militia", "Wagner fighters": a name the lexicons lack, made a group by
  // the noun after it (a place or a person would not be "militiamen"). Demonyms and countries are
  // the national patterns' ("Sudanese fighters"), known groups the lexicon's.
  for (const m of sentence.matchAll(HEADED_GROUP)) {
    const name = (m.groups?.name ?? '').trim();
    const first = name.split(' ')[0] ?? '';
    // "Yemen's Houthi rebels": a possessive owner is no part of a group's name (the lexicon reads the rest).
    if (/'s$/.test(first) || NOT_A_NAME.has(first) || lex.countryByAny(first) || lex.countryByAny(name) || lex.groupByName.has(name) || GENERIC_FORCE_WORDS.has(first)) continue;
    // "Seleka rebels", but not "Darfur rebels" (rebels of a place) nor "Houthi rebels" (the lexicon's).
    if (/^(?:rebels|separatists)$/.test(m.groups?.head ?? '') && (placesNamed(name).length > 0 || lex.groupByAdjective.has(name) || /^(?:Rebel|Separatist|Government|Opposition)/.test(name))) continue;
    push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: { kind: 'ARMED_FORCE', name, aliases: [] }, head: m.groups?.head ?? 'fighters' }, 3);
  }
  // "Islamic State-linked insurgents", "RSF-allied militias": an unnamed group, described by whom it is
  // linked to; the patron keeps its own mention ("Iran-backed militias" still reads as Iran's backing).
  if (AFFILIATION_WORD.test(sentence)) {
    for (const m of sentence.matchAll(AFFILIATED_GROUP)) {
      const words = m.groups?.words ?? '';
      const entry = lex.groupByName.get(words);
      if (entry || lex.countryByAny(words.split(' ')[0] ?? '')) continue;
      const relation = m.groups?.rel ?? 'linked';
      const by = /^(?:linked|allied|affiliated)$/.test(relation) ? 'to' : relation === 'aligned' ? 'with' : 'by';
      const at = (m.index ?? 0) + m[0].length - words.length;
      const entity: ExtractedEntity = { kind: 'ARMED_FORCE', name: words.toLowerCase(), aliases: [], description: `unnamed, ${relation} ${by} ${m.groups?.patron ?? ''}` };
      push({ letter: 'F', start: at, end: at + words.length, entity, head: (m.groups?.noun ?? '').toLowerCase() }, 3);
    }
  }
  // "Gangs of the Viv Ansanm coalition", "fighters from the Mahoragas group", "a group called Mahoragas",
  // "a militia known as Zero Tolerance": a name the lexicons lack, made a group by the words around it.
  // The article may name it again alone, so it is remembered as the article's own name.
  if (INTRODUCED_CUE.test(sentence)) {
    for (const m of sentence.matchAll(INTRODUCED_GROUP)) {
      const name = m.groups?.name ?? m.groups?.name2 ?? '';
      const first = name.split(' ')[0] ?? '';
      if (NOT_A_NAME.has(first) || lex.countryByAny(first) || lex.countryByAny(name) || lex.bodyByName.has(name) || GENERIC_FORCE_WORDS.has(first)) continue;
      const entry = lex.groupByName.get(name);
      const entity: ExtractedEntity = entry ? { kind: 'ARMED_FORCE', name: entry.name, aliases: entry.aliases.map((a) => ({ name: a, kind: 'ALIAS' as const })) } : { kind: 'ARMED_FORCE', name, aliases: [] };
      if (!entry && !discourse.acronyms.has(name)) discourse.acronyms.set(name, entity);
      push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, head: (m.groups?.noun ?? 'group').toLowerCase() }, 6);
    }
  }
  // A force named earlier in the same sentence comes first: "Sudan's army … , the military said".
  const earlierForce = (at: number, national: boolean) =>
    candidates.filter((c) => c.letter === 'F' && !c.coreferent && Boolean(c.national) === national && c.end <= at && c.entity?.kind === 'ARMED_FORCE').sort((a, b) => b.end - a.end)[0]?.entity ?? null;
  // "KHARTOUM (SNNA) - The Armed Forces have regained …": state media's own army, of the country named before it.
  const countryBefore = (at: number): Country | null => {
    for (const w of sentence.slice(0, at).matchAll(/[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?/gu)) {
      const country = lex.countryByAny(w[0]);
      if (country) return country;
    }
    return null;
  };
  // "several hundred regime soldiers", "junta troops": the army of the country the article is about.
  // "Government forces retook …", "security forces said": the army of the country the article is about (named first).
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:[Gg]overnment|[Ss]ecurity) (?<noun>soldiers|troops|forces)(?![\p{L}])/gu)) {
    // "Somali security forces" is the national pattern's; "pro-government forces" are someone else's.
    if (/(?:[A-Z][\p{L}'-]*|-) ?$/u.test(sentence.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0).replace(/(?:^|\s)(?:The|the|On|In)\s$/, ''))) continue;
    const entity = discourse.mainCountry ? nationalForce(discourse.mainCountry) : null;
    if (entity) push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, national: true, coreferent: true, head: m.groups?.noun }, 2);
  }
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:regime|junta) (?<noun>soldiers|troops|forces)(?![\p{L}])/gu)) {
    const entity = discourse.lastNationalForce ?? (discourse.mainCountry ? nationalForce(discourse.mainCountry) : null);
    if (entity) push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, national: true, coreferent: true, head: m.groups?.noun }, 2);
  }
  for (const m of sentence.matchAll(p.forceCoref)) {
    const stateMedia = m.groups?.noun === 'Armed Forces' && !discourse.lastNationalForce ? countryBefore(m.index ?? 0) : null;
    // Before any army is named, "the army" is that of the country the article is about.
    const main = discourse.mainCountry ? nationalForce(discourse.mainCountry) : null;
    // Once the article has named that army, "the army" is still it, though another was named since
    // ("a column of Malian soldiers and Wagner contractors … Russian forces … the army withdrew").
    const mainNamed = main && (discourse.nationalForces.some((f) => f.name === main.name) || candidates.some((c) => c.national && c.entity?.name === main.name && c.end <= (m.index ?? 0))) ? main : null;
    const entity = mainNamed ?? earlierForce(m.index ?? 0, true) ?? discourse.lastNationalForce ?? (stateMedia ? nationalForce(stateMedia) : null) ?? main;
    if (entity) push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, national: true, coreferent: true, head: m.groups?.noun }, 2);
  }
  // "Insurgents attacked …", "Jihadist fighters killed …", "Gangs seized …": a non-state side named by a
  // common noun only, at the head of the sentence or after "by". The group named before with that noun
  // when there is one, else a side of its own, named by the words (lower case, as unnamed voices are).
  for (const m of BARE_GROUP_CUE.test(sentence) ? sentence.matchAll(BARE_GROUP) : []) {
    const words = (m.groups?.words ?? '').replace(/^(?:[Tt]he )/, '');
    const noun = (m.groups?.noun ?? '').toLowerCase();
    const known = discourse.groupsByNoun.get(noun.replace(/s$/, '')) ?? (noun === 'rebels' ? discourse.lastArmedGroup : null);
    // "Rebels led by Hemedti", "militiamen loyal to Ahmed Madobe": the unnamed side is described by its leader.
    const leader = known ? null : /^ (led by|loyal to|commanded by) ((?:[A-Z][\p{L}'-]*[\p{L}] ?){1,3})/u.exec(sentence.slice((m.index ?? 0) + m[0].length));
    const entity: ExtractedEntity = known ?? { kind: 'ARMED_FORCE', name: words.charAt(0).toLowerCase() + words.slice(1), aliases: [], description: leader ? `unnamed, ${leader[1]} ${(leader[2] ?? '').trim()}` : 'unnamed' };
    const at = (m.index ?? 0) + m[0].length - (m.groups?.words ?? '').length;
    push({ letter: 'F', start: at, end: at + (m.groups?.words ?? '').length, entity, coreferent: Boolean(known), head: noun }, 1);
  }
  for (const m of sentence.matchAll(p.groupCoref)) {
    const noun = (m.groups?.noun ?? '').toLowerCase().replace(/s$/, '').replace(/^rebel group$/, 'rebel');
    const entity = discourse.groupsByNoun.get(noun) ?? earlierForce(m.index ?? 0, false) ?? discourse.lastGroup;
    if (entity) push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true, head: m.groups?.noun }, 2);
  }
  for (const m of sentence.matchAll(p.orgCoref)) {
    const entity = discourse.organisation(m.groups?.noun ?? '');
    if (entity) push({ letter: 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 2);
  }

  for (const m of sentence.matchAll(p.personTitled)) {
    const g = m.groups ?? {};
    const name = trimName(g.name ?? '');
    if (!name || lex.countryByAny(name) || lex.groupByName.has(name) || lex.bodyByName.has(name)) continue;
    const country = countryOf(g);
    // A capitalised modifier read as a would-be demonym ("Foreign ministry spokeswoman") is a modifier.
    const mod = `${!country && g.pd ? `${g.pd} ` : ''}${g.mod ?? ''}`.trim();
    const entity: ExtractedEntity = { kind: 'PERSON', name, aliases: [], description: describeTitle(g.title ?? '', mod, country, g.po ?? null) };
    const nameAt = m[0].lastIndexOf(g.name ?? '');
    push({ letter: 'P', start: m.index ?? 0, end: (m.index ?? 0) + nameAt + name.length, entity }, 5);
  }
  for (const m of sentence.matchAll(p.personAppositive)) {
    const name = m.groups?.name ?? '';
    if (NOT_A_NAME.has(name.split(' ')[0] ?? '') || name.split(' ').some((w) => lex.countryByAny(w))) continue;
    push({ letter: 'P', start: m.index ?? 0, end: (m.index ?? 0) + name.length, entity: { kind: 'PERSON', name, aliases: [], description: m.groups?.role ?? null } }, 2);
  }
  for (const m of sentence.matchAll(p.personAfterRole)) {
    const name = m.groups?.name ?? '';
    if (name.split(' ').some((w) => NOT_A_NAME.has(w) || lex.countryByAny(w))) continue;
    const role = /(?:[a-z-]+ ){0,3}(?:spokes(?:man|woman|person)|commander|minister|chief|head|leader|official|adviser|advisor|envoy|coordinator|director|governor|president|secretary|ambassador|representative)(?: (?:of|for) [^,]{1,60})?, $/i.exec(sentence.slice(0, m.index ?? 0))?.[0].replace(/, $/, '').replace(/^(?:the|a|an) /i, '') ?? null;
    push({ letter: 'P', start: m.index ?? 0, end: (m.index ?? 0) + name.length, entity: { kind: 'PERSON', name, aliases: [], description: role } }, 3);
  }
  for (const m of sentence.matchAll(p.personSays)) {
    const name = m.groups?.name ?? '';
    const words = name.split(' ');
    // "Sudan Doctors Network said": a body named after its country is still one body.
    const countryBody = words.length >= 3 && Boolean(lex.countryByAny(words[0] ?? '')) && ORGANISATION_LAST_WORDS.test(words[words.length - 1] ?? '') && !words.slice(1).some((w) => lex.countryByAny(w));
    if (!countryBody && words.some((w) => NOT_A_NAME.has(w) || lex.countryByAny(w) || lex.groupByName.has(w) || lex.bodyByName.has(w) || discourse.acronyms.has(w))) continue;
    // A surname alone ("Budanov said") only when it cannot be anything else.
    if (words.length === 1 && (name.length < 4 || /^[A-Z]+$/.test(name) || placesNamed(name).length > 0)) continue;
    // "Relief International said", "Emergency Lawyers said": a name whose last word names a body is an organisation.
    const body = ORGANISATION_LAST_WORDS.test(words[words.length - 1] ?? '');
    push({ letter: body ? 'O' : 'P', start: m.index ?? 0, end: (m.index ?? 0) + name.length, entity: { kind: body ? 'ORGANIZATION' : 'PERSON', name, aliases: [] } }, 1);
  }
  if (discourse.surnames.size > 0) {
    const names = [...discourse.surnames.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    for (const m of sentence.matchAll(cachedPattern(`${B}(?:(?:Mr|Ms|Mrs|Dr)\\.? )?(?<surname>${names})${E}`))) {
      const entity = discourse.surnames.get(m.groups?.surname ?? '');
      if (entity) push({ letter: 'P', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 2);
    }
  }
  for (const m of sentence.matchAll(p.pronoun)) {
    const pronoun = (m.groups?.pronoun ?? '').toLowerCase();
    // "he said" after "a local official … said": the unnamed person who spoke last, when no one was named.
    const lastPersonSpeaker = discourse.lastSpeaker?.kind === 'PERSON' ? discourse.lastSpeaker : null;
    const entity = pronoun === 'he' || pronoun === 'she' ? (discourse.lastNamedPerson ?? lastPersonSpeaker) : discourse.lastSpeaker;
    if (entity) push({ letter: letterOf(entity), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 2);
  }
  // "the president wrote": the person named last with that title.
  for (const m of sentence.matchAll(p.titleCoref)) {
    const title = new RegExp(`\\b${m.groups?.title ?? ''}\\b`, 'i');
    const entity = [...discourse.namedPersons].reverse().find((e) => title.test(e.description ?? ''));
    if (entity) push({ letter: 'P', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 2);
  }
  for (const m of sentence.matchAll(p.unnamedSoldier)) {
    const country = countryOf(m.groups ?? {});
    if (!country) continue;
    const noun = /prisoner|POW/.test(m.groups?.noun ?? '') ? 'soldier' : (m.groups?.noun ?? 'soldier');
    if (/(?:^|[^\p{L}])(?:any|no|every)\s*$/iu.test(sentence.slice(0, m.index ?? 0))) {
      // "any North Korean soldier": the force, not a person.
      push({ letter: 'F', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: nationalForce(country), country, national: true, head: `${noun}s` }, 6);
      continue;
    }
    const entity = unnamedPerson(country, noun);
    push({ letter: 'P', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, country, head: noun, wounded: /injured|wounded/.test(m[0]) }, 6);
  }
  for (const m of sentence.matchAll(p.personCoref)) {
    const entity = discourse.lastUnnamedPerson;
    if (entity) push({ letter: 'P', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 2);
  }

  for (const m of sentence.matchAll(p.country)) {
    const country = lex.countries.byName.get(m.groups?.name ?? '');
    if (country) push({ letter: 'C', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: country.entity, country }, 4);
  }
  // "Mali's capital" is the city, Bamako (not when the text names it next: "Mali's capital, Bamako").
  for (const m of sentence.matchAll(p.countryCapital)) {
    const country = countryOf(m.groups ?? {});
    if (!country?.capital) continue;
    const place = pickPlace(country.capital, new Set([country.code]), false);
    push({ letter: 'L', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: placeEntity(country.capital, null, place) }, 7);
  }
  for (const m of sentence.matchAll(p.capital)) {
    const country = lex.countries.byCapital.get(m.groups?.name ?? '');
    if (country) push({ letter: 'C', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: country.entity, country }, 3);
  }
  for (const m of sentence.matchAll(p.demonym)) {
    const country = lex.countries.byDemonym.get(m.groups?.name ?? '');
    if (country) push({ letter: 'C', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: country.entity, country, demonymOnly: true }, 1);
  }
  for (const m of sentence.matchAll(p.theNorth)) {
    const korea = [...discourse.countries].find((c) => /Korea/.test(c.entity.name));
    if (!korea) continue;
    const country = lex.countries.byName.get(`${m.groups?.side} Korea`);
    if (country) push({ letter: 'C', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: country.entity, country, coreferent: true }, 2);
  }

  for (const m of sentence.matchAll(p.placeSuffixed)) {
    const name = m.groups?.name ?? '';
    const suffix = m.groups?.suffix ?? '';
    if (NOT_A_NAME.has(name.split(' ')[0] ?? '') || lex.countries.byName.has(name) || lex.countries.byDemonym.has(name)) continue;
    const region = !/^(?:city|town|village|camp)$/i.test(suffix);
    const full = /^[A-Z]/.test(suffix) ? `${name} ${suffix}` : null;
    const place = pickPlace(full && placesNamed(full).length > 0 ? full : name, discourse.countryCodes, region);
    push({ letter: 'L', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: placeEntity(name, `${name} ${suffix}`, place), region }, 6);
  }
  for (const m of sentence.matchAll(p.placeOf)) {
    const name = m.groups?.name ?? '';
    if (NOT_A_NAME.has(name.split(' ')[0] ?? '')) continue;
    const place = pickPlace(name, discourse.countryCodes, false);
    const at = (m.index ?? 0) + m[0].length - name.length;
    push({ letter: 'L', start: at, end: at + name.length, entity: placeEntity(name, null, place) }, 6);
  }
  for (const m of sentence.matchAll(p.placeList)) {
    const list = m.groups?.list1 ?? m.groups?.list2 ?? '';
    const listStart = (m.index ?? 0) + m[0].indexOf(list);
    for (const item of list.matchAll(new RegExp(PLACESEQ, 'gu'))) {
      const name = item[0];
      if (NOT_A_NAME.has(name.split(' ')[0] ?? '') || lex.countries.byName.has(name) || lex.countries.byDemonym.has(name)) continue;
      const known = placesNamed(name).length > 0;
      const at = listStart + (item.index ?? 0);
      push({ letter: 'L', start: at, end: at + name.length, entity: placeEntity(name, null, known ? pickPlace(name, discourse.countryCodes, false) : null) }, 4);
    }
  }
  for (const m of sentence.matchAll(p.placeLocative)) {
    const whole = m.groups?.name ?? '';
    const words = whole.split(' ');
    // A capital after "between", "and", "of"… is the state ("between Moscow and Pyongyang"); after "in", "on", "near"… the city.
    if (lex.countries.byCapital.has(whole) && !/^(?:in|near|around|outside|into|at|towards|toward|on|over|inside|across|through|from)$/.test(m.groups?.prep ?? '')) continue;
    // The longest run of leading words the gazetteer knows: "in Pokrovsk Ukrainian" is Pokrovsk.
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      if (NOT_A_NAME.has(words[0] ?? '') || lex.countries.byName.has(name) || lex.countries.byDemonym.has(name) || lex.groupByName.has(name) || lex.bodyByName.has(name)) break;
      if (placesNamed(name).length === 0) continue;
      const place = pickPlace(name, discourse.countryCodes, false);
      const at = (m.index ?? 0) + m[0].length - whole.length;
      push({ letter: 'L', start: at, end: at + name.length, entity: placeEntity(name, null, place), region: place?.kind === 'REGION' || place?.kind === 'AREA' }, 5);
      break;
    }
  }

  // After a verb of taking or attacking, a name the gazetteer knows is a place; after "control of" or
  // before "fell", any name that is nothing else is one (with no coordinates when unknown).
  for (const [pattern, strong] of [[p.placeAfterVerb, false], [p.placeFell, true]] as const) {
    for (const m of sentence.matchAll(pattern)) {
      const name = m.groups?.name ?? '';
      const first = name.split(' ')[0] ?? '';
      if (NOT_A_NAME.has(first) || lex.countries.byName.has(name) || lex.countries.byDemonym.has(name) || lex.groupByName.has(name) || lex.bodyByName.has(name) || discourse.acronyms.has(name)) continue;
      const known = placesNamed(name).length > 0;
      const certain = (strong || /control|fell|siege|battle|fight|seized|captured|overran|retook|retaken|recaptured|liberated|stormed|besieged|encircled|attacked|shelled|bombed|struck|pounded|raided|fired|strikes?|raids?|shelling|attacks?|assault|offensive|ambush|bombardment|withdr|pull|retreat|near|outside/.test(m.groups?.verb ?? '')) && name.split(' ').length <= 2;
      if (!known && !certain) continue;
      const at = pattern === p.placeFell ? (m.index ?? 0) : (m.index ?? 0) + m[0].length - name.length;
      push({ letter: 'L', start: at, end: at + name.length, entity: placeEntity(name, null, known ? pickPlace(name, discourse.countryCodes, false) : null) }, known ? 5 : 2);
    }
  }

  for (const m of sentence.matchAll(p.facility)) {
    const name = m.groups?.name ?? '';
    const first = name.split(' ')[0] ?? '';
    if (NOT_A_NAME.has(first)) continue;
    push({ letter: 'L', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity: { kind: 'LOCATION', name, aliases: [], coordinates: null } }, 6);
  }
  for (const m of sentence.matchAll(p.placeCoref)) {
    const noun = (m.groups?.noun ?? '').toLowerCase();
    // "the area" is whatever place was named last; "the town" the last city, "the region" the last region.
    // "the sector" is the town fought over; "the territory" the region named last.
    // "the region" with no region named yet is the area named last ("the Kursk area … most of the region").
    // "fighting in the Kursk area …, as Russian troops retook most of the region": a place earlier in the sentence first.
    const earlierPlace = /^(?:region|area)$/.test(noun) ? candidates.filter((c) => c.letter === 'L' && c.region && !c.coreferent && c.end <= (m.index ?? 0)).sort((a, b) => b.end - a.end)[0]?.entity : undefined;
    const entity = earlierPlace ?? (noun === 'area' ? discourse.lastPlace : /^(?:city|town|village|camp|sector)$/.test(noun) ? discourse.salientCity() : (discourse.lastRegion ?? (noun === 'region' ? discourse.lastPlace : null)));
    if (entity) push({ letter: 'L', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 1);
  }

  for (const m of sentence.matchAll(p.countrysOrg)) {
    const before = candidates.filter((c) => c.letter === 'C' && c.country && c.end <= (m.index ?? 0)).sort((a, b) => b.end - a.end)[0];
    const country = before?.country;
    if (!country) continue;
    const words = canonicalOrganisation((m.groups?.words ?? '').toLowerCase());
    const entity: ExtractedEntity = { kind: 'ORGANIZATION', name: `${country.entity.name}'s ${words}`, aliases: [], description: `the ${words} of ${country.entity.name}`, partOf: country.entity };
    push({ letter: 'O', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entity, coreferent: true }, 6);
  }
  const chosen = resolveOverlaps(candidates);
  for (const mention of chosen) note(mention, discourse);
  return chosen;
}

const patternCache = new Map<string, RegExp>();

/** A side named by a common noun only, first in the sentence or after "by" (see findMentions). */
/** The nouns BARE_GROUP reads: its lookbehinds are costly, so it runs only on sentences that hold one. */
const BARE_GROUP_CUE = /(?:nsurgents|ilitants|ilitiamen|ihadists|unmen|ighters|angs|ebels|\bmen)\b/;
const BARE_GROUP = /(?:^|(?<=\bby )|(?<=\b(?:said|says|say|reported|added|told [A-Z][\p{L}]+|told reporters)(?: that)? )|(?<=^(?:On|Late on|Early on|Earlier on|Overnight|Earlier|Later|Meanwhile)(?: [A-Z][a-z]+(?: (?:night|morning|evening|afternoon))?)?, ))(?<words>(?:(?:[Jj]ihadist|[Ii]slamist|[Aa]rmed|[Ss]uspected|[Hh]eavily armed|[Uu]nidentified|[Uu]nknown|[Mm]asked) )?(?<noun>[Ii]nsurgents|[Mm]ilitants|[Mm]ilitiamen|[Jj]ihadists|[Gg]unmen|[Ff]ighters|[Gg]angs|[Rr]ebels|men))(?= (?:loyal to|linked to|led by|(?:(?:have|had|has) )?(?:[a-z]+ed|stormed|overran|took|taken|seized|killed|struck|shot|abducted|burned|fired))\b)/gu;

const INTRODUCED_CUE = /\b(?:of|from) the [A-Z]|\b(?:called|known as|named|calling itself|which calls itself)\b/;
/** See findMentions: "<fighters> of the <Name> <coalition>", "a <group> called <Name>". */
const INTRODUCED_GROUP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<noun>[Gg]angs?|[Ff]ighters|[Mm]ilitants|[Rr]ebels|[Mm]embers|[Gg]unmen|[Mm]ilitiamen|[Ii]nsurgents|[Jj]ihadists) (?:of|from) the (?<name>${CAPSEQ}) (?:gang |armed |rebel |jihadist )?(?:coalition|alliance|group|gang|militia|movement|network|federation|faction)|(?:[Aa]n? |[Tt]he )?(?:(?:[a-z-]+) ){0,2}(?<noun2>group|militia|gang|movement|coalition|alliance|faction|rebel group|armed group) (?:called|known as|named|calling itself|which calls itself) (?:the )?["“]?(?<name2>${CAPSEQ})["”]?)(?![\p{L}\p{N}])`,
  'gu',
);

/** "-linked", "-backed", "-led": a compound adjective of affiliation ("Islamic State-linked", "Iran-backed"). */
const AFFILIATION_WORD = /\p{L}\.?-(?:linked|backed|led|aligned|allied|affiliated|supported|sponsored|funded|armed|trained|inspired)(?![\p{L}-])/u;
/** "Islamic State-linked insurgents", "al-Qaeda-affiliated jihadists", "RSF-allied Arab militias": the group noun after the adjective. */
const AFFILIATED_GROUP = /(?<patron>(?:[A-Z][\p{L}'.]*-?)+(?: [A-Z][\p{L}'.]*-?){0,3}?|[a-z]+)-(?<rel>linked|backed|led|aligned|allied|affiliated|supported|sponsored|funded|armed|trained|inspired) (?<words>(?:(?:[a-z]+|[A-Z][a-z]+) )?(?<noun>[Ii]nsurgents|[Mm]ilitants|[Mm]ilitias?|[Mm]ilitiamen|[Rr]ebels|[Ff]ighters|[Gg]unmen|[Jj]ihadists|[Pp]aramilitaries|[Ss]eparatists|[Ee]xtremists|(?:armed )?groups?))(?![\p{L}\p{N}])/gu;

/** The noun of fighters just before "of <defined name>": "Tuareg-led separatists of the …". */
const FIGHTERS_OF = /\b(separatists|rebels|fighters|militants|insurgents|militiamen|combatants|gunmen|jihadists) of (?:the )?$/;

/** A pattern built from what an article named (acronyms, surnames), compiled once per distinct source. */
function cachedPattern(source: string): RegExp {
  let pattern = patternCache.get(source);
  if (!pattern) {
    if (patternCache.size > 5_000) patternCache.clear();
    pattern = new RegExp(source, 'gu');
    patternCache.set(source, pattern);
  }
  return pattern;
}

/** Leftmost first; of candidates starting together the longer, then the higher priority. */
function resolveOverlaps(candidates: Mention[]): Mention[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const chosen: Mention[] = [];
  for (const c of sorted) {
    const clash = chosen.find((k) => c.start < k.end && k.start < c.end);
    if (!clash) {
      chosen.push(c);
      continue;
    }
    // A later, longer candidate of higher priority covering a shorter one replaces it ("the Kursk region" over "Kursk").
    if (c.end - c.start > clash.end - clash.start && c.priority >= clash.priority && chosen.filter((k) => c.start < k.end && k.start < c.end).length === 1) {
      chosen.splice(chosen.indexOf(clash), 1, c);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function note(mention: Mention, discourse: Discourse): void {
  const e = mention.entity;
  if (mention.country) discourse.noteCountry(mention.country, mention.country.code);
  if (!e) return;
  if (e.kind === 'ORGANIZATION') discourse.noteOrganisation(e, e.description === 'a news organisation');
  else if (e.kind === 'ARMED_FORCE' && !mention.coreferent) discourse.noteForce(e, Boolean(mention.national), mention.head);
  else if (e.kind === 'PERSON') discourse.notePerson(e, !e.description?.startsWith('an unnamed'));
  else if (e.kind === 'LOCATION' && !mention.coreferent) {
    discourse.lastPlace = e;
    // A facility ("Kavumu airport") is no "city" a later sentence names.
    if (FACILITY_WORDS.test(e.name)) return;
    if (mention.region) discourse.lastRegion = e;
    else discourse.noteCity(e);
  } else if (e.kind === 'LOCATION' && !mention.region && e === discourse.salientCity()) discourse.noteCity(e);
}

export function letterOf(entity: ExtractedEntity): MentionLetter {
  switch (entity.kind) {
    case 'ARMED_FORCE':
      return 'F';
    case 'COUNTRY':
      return 'C';
    case 'LOCATION':
      return 'L';
    case 'PERSON':
      return 'P';
    default:
      return 'O';
  }
}

function placeEntity(name: string, written: string | null, place: ReturnType<typeof pickPlace>): ExtractedEntity {
  const aliases = written && written !== name ? [{ name: written.replace(/^the /, ''), kind: 'ALIAS' as const }] : [];
  const coordinates = place && place.latitude !== null && place.longitude !== null ? { latitude: place.latitude, longitude: place.longitude } : null;
  return { kind: 'LOCATION', name, aliases, coordinates };
}

function withAcronym(entity: ExtractedEntity, acronym: string | undefined): ExtractedEntity {
  return acronym ? { ...entity, aliases: [...entity.aliases, { name: acronym, kind: 'ALIAS' }] } : entity;
}

const CANONICAL_ORGANISATION: Record<string, string> = {
  'ministry of defence': 'defence ministry',
  'ministry of defense': 'defence ministry',
  'defense ministry': 'defence ministry',
  'ministry of foreign affairs': 'foreign ministry',
  'military intelligence service': 'military intelligence agency',
  'spy agency': 'intelligence agency',
};
const GENERIC_ORGANISATION_NAMES = new Set(['defence ministry', 'foreign ministry', 'interior ministry', 'general staff', 'joint chiefs of staff', 'government', 'presidency', 'parliament', 'intelligence agency', 'intelligence service', 'military intelligence agency', 'security service', 'armed forces general staff']);

function canonicalOrganisation(words: string): string {
  return CANONICAL_ORGANISATION[words] ?? words;
}

function describeOrganisation(name: string): string {
  const lower = name.toLowerCase();
  if (/intelligence/.test(lower)) return 'the intelligence agency';
  if (/ministry/.test(lower)) return 'a ministry';
  if (/staff|command/.test(lower)) return 'the military command';
  return 'an organisation';
}

/** "Foreign ministry" + "spokeswoman" → "spokeswoman of the foreign ministry"; "Ukrainian" + "President" → "President of Ukraine". */
function describeTitle(title: string, modifiers: string, country: Country | null, organisation: string | null): string {
  const t = title.replace(/^(?:Mr|Ms|Mrs|Dr)\.?$/, '').trim();
  const mods = modifiers.toLowerCase();
  const institution = /ministry|staff|kremlin|pentagon|army|navy|government/.test(mods) ? mods : '';
  // "Defence Minister", "Lieutenant Colonel": a capitalised title keeps its modifiers as written.
  const rest = institution ? '' : /^[A-Z]/.test(t) ? modifiers : mods;
  // "spokesman Brigadier General" (from "Army spokesman Brigadier General X"): the rank, then the office.
  const ranked = /^((?:spokes(?:man|woman|person)|commander|chief|head|official)) ((?:[A-Z][a-z.]+ ?)+)$/.exec(t);
  const role = ranked ? `${ranked[2]}, ${[rest, ranked[1]].filter(Boolean).join(' ')}` : [rest, t].filter(Boolean).join(' ');
  if (institution) return `${role} of ${country ? `${country.entity.name}'s` : 'the'} ${institution}`;
  if (organisation) return `${role} of ${organisation}`;
  if (country) return `${role} of ${country.entity.name}`;
  return role;
}

/** A name ends before a capitalised word that starts a clause ("Zakharova On"). */
function trimName(name: string): string {
  const words = name.split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if (NOT_A_NAME.has(w)) break;
    kept.push(w);
  }
  return kept.join(' ');
}

/**
 * "KADUGLI — …", "Goma, Jan 27 (CW) -": the town of the dateline is what a later "the city" most
 * likely means, so it counts once for the article's salient city. Countries' capitals are left to
 * the country count (extractClaims.ts).
 */
export function noteDatelineCity(text: string, discourse: Discourse): void {
  const dateline = /^\s*([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,2})(?:,| \(| [—–-] )/u.exec(text)?.[1];
  if (!dateline) return;
  const name = dateline.toLowerCase().replace(/(^|[ -])\p{L}/gu, (c) => c.toUpperCase());
  if (lexicon().countries.byCapital.has(name)) return;
  const place = pickPlace(name, discourse.countryCodes, false);
  if (place && place.kind === 'CITY') discourse.noteCity(placeEntity(name, null, place));
}
