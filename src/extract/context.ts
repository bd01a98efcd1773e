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
      const near = /\b(?:in|near|around|at|outside|inside|across|on|during fighting in|in fighting in|in the battle for) (?:the )?(?:[a-z-]+ ){0,3}?«([LC])(\d+)»(?! (?:soil|territory))?/.exec(clause);
      const found = near ? mentions[Number(near[2])] : undefined;
      if (found && (!found.demonymOnly || /«C\d+» (?:soil|territory)/.test(clause))) return found.entity;
      // Else the place named last before it in its clause ("struck the centre of Kharkiv …, killing six").
      const before = content.slice(clauseStart(content, index), index);
      const places = [...before.matchAll(/«L(\d+)»/g)];
      const last = places[places.length - 1];
      return last ? (mentions[Number(last[1])]?.entity ?? null) : null;
    },
    rename: (from, to) => {
      if (discourse.lastUnnamedPerson === from || discourse.lastUnnamedPerson?.name === from.name) discourse.lastUnnamedPerson = to;
    },
    state: {},
  };
}
