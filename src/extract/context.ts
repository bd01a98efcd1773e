import type { Discourse } from './discourse';
import { nationalForce } from './entities';
import { placeholderIndex } from './mask';
import type { Mention } from './mentions';
import type { ExtractedEntity } from './model';
import { clauseStart } from './modality';
import type { RuleContext } from './rules';

/** What the rules may ask about one sentence (see RuleContext). */
export function ruleContext(content: string, mentions: Mention[], discourse: Discourse): RuleContext {
  const mention = (placeholder: string | undefined) => (placeholder ? mentions[placeholderIndex(placeholder)] : undefined);
  const place = (placeholder: string | undefined): ExtractedEntity | null => {
    const m = mention(placeholder);
    if (!m) return null;
    if (m.letter === 'L' || m.letter === 'C') return m.entity;
    return null;
  };
  return {
    content,
    mention,
    actor: (placeholder) => {
      const m = mention(placeholder);
      return m && (m.letter === 'C' || m.letter === 'F' || m.letter === 'O') ? m.entity : null;
    },
    force: (placeholder) => {
      const m = mention(placeholder);
      if (!m) return null;
      if (m.letter === 'F') return m.entity;
      if (m.letter === 'C' && m.country) return nationalForce(m.country);
      return null;
    },
    place,
    quantity: (placeholder, unit) => {
      const q = mention(placeholder)?.quantity;
      return q ? { value: q.value, upper: q.upper, unit, qualifier: q.qualifier } : null;
    },
    placeAround: (index) => {
      const after = content.slice(index);
      const end = after.search(/;| but |, (?:which|who|as|after|before|when|according|underlining|marking|drawing)\b/);
      const clause = end === -1 ? after : after.slice(0, end);
      // "killed in Israeli strikes on Rafah": a demonym is no place; the next one after a preposition is.
      // "killed by stray bullets when the rebels entered the town": where the side entered is where it happened.
      const near = [...clause.matchAll(/\b(?:in|near|around|at|outside|inside|across|on|during fighting in|in fighting in|in the battle for|when «[CF]\d+» (?:[a-z-]+ ){0,2}?(?:entered|stormed|overran|raided|hit|struck|attacked|shelled|bombed|pounded)) (?:the )?(?:[a-z-]+ ){0,3}?(?:«C\d+» (?:town|city|village|region|province) of )?«([LC])(\d+)»(?! (?:soil|territory))?/g)].find((n) => {
        const m = mentions[Number(n[2])];
        return m && (!m.demonymOnly || /«C\d+» (?:soil|territory)/.test(clause));
      });
      const found = near ? mentions[Number(near[2])] : undefined;
      if (near && found) {
        // "near the villages of A and B in the Kursk region": one fact, so the place that holds them all.
        const rest = clause.slice((near.index ?? 0) + near[0].length);
        const container = /^(?:,? (?:and|or) (?:the )?(?:[A-Z][\p{L}-]+ ?){1,3}|(?:,? (?:and |or )?«L\d+»)+) (?:in|of) (?:the )?«([LC])(\d+)»/u.exec(rest);
        if (container) return mentions[Number(container[2])]?.entity ?? null;
        if (/^(?:,? (?:and|or) (?:[A-Z]|«L))/.test(rest)) return null;
        return found.entity;
      }
      // Else the place named last before it in its clause ("struck the centre of Kharkiv …, killing six"),
      // but the innermost of "a village on Ramree Island in Rakhine State", not the place an
      // apposition adds ("Kadugli, the capital of South Kordofan"), and none of a list ("Goma and Bukavu").
      const start = clauseStart(content, index);
      const before = content.slice(start, index);
      const places = [...before.matchAll(/«L(\d+)»/g)];
      const lastFound = places[places.length - 1];
      if (!lastFound) return eventPlace(clause, before);
      let last: RegExpMatchArray = lastFound;
      for (let i = places.length - 2; i >= 0; i--) {
        const previous = places[i] as RegExpMatchArray;
        const between = before.slice((previous.index ?? 0) + previous[0].length, last.index ?? 0);
        if (!/^(?:,? (?:in|on|near) (?:the )?(?:[a-z-]+ )?|, (?:the|a|an) [^,«]{0,60}? (?:of|in) (?:the )?)$/.test(between)) break;
        last = previous;
      }
      const tail = before.slice((last.index ?? 0) + last[0].length);
      const head = before.slice(0, last.index ?? 0);
      if (/^,? (?:and|or) «L/.test(tail) || /«L\d+»,? (?:and|or) $/.test(head)) return null;
      return mentions[Number(last[1])]?.entity ?? null;
    },
    rename: (from, to) => {
      if (discourse.lastUnnamedPerson === from || discourse.lastUnnamedPerson?.name === from.name) discourse.lastUnnamedPerson = to;
    },
    sideNamedBy: (noun, index) => {
      const n = noun.toLowerCase();
      if (n === 'attackers' || n === 'assailants') {
        const attacks = [...content.slice(0, index).matchAll(/\b(?:attacks?|assaults?|offensive|raids?|incursion) by (?:the )?«([CF])(\d+)»/g)];
        const last = attacks[attacks.length - 1];
        if (last) {
          const m = mentions[Number(last[2])];
          return m?.letter === 'F' ? m.entity : m?.country ? nationalForce(m.country) : null;
        }
        return new Set(discourse.lastAttackers.map((a) => a.name)).size === 1 ? discourse.lastAttacker : null;
      }
      return discourse.groupsByNoun.get(n.replace(/s$/, '')) ?? discourse.lastArmedGroup;
    },
    lastAttackPlace: () => discourse.lastAttackPlace,
    lastCaptive: () => discourse.lastCaptive,
    countedBefore: (placeholder) => {
      const q = mention(placeholder)?.quantity;
      return q ? (discourse.counted.get(q.value) ?? null) : null;
    },
    lastActor: (predicate, place) => (predicate === 'ATTACKED' ? discourse.lastAttacker : place ? (discourse.seizers.get(place.name) ?? null) : null),
    state: {},
  };

  /** "killed in the strike": the place of the attack the article reported last. */
  function eventPlace(clause: string, before: string): ExtractedEntity | null {
    return /\b(?:in|during|by) (?:the|that|this) (?:[a-z-]+ )?(?:strike|attack|raid|assault|shelling|bombardment|bombing|explosion|blast|ambush)\b/.test(`${before} ${clause}`) ? discourse.lastAttackPlace : null;
  }
}
