import type { ExtractedClaim, ExtractedEntity } from './model';
import type { Country } from './lexicon';

/**
 * What an article has named so far, for coreference: "the agency", "the ministry", "the army", "the
 * group", "the soldier", "he", "it", a surname alone, an acronym defined earlier ("NIS") and "the
 * North" resolve to the entity named before them. One per article; the mentions code updates it
 * sentence by sentence.
 */
export class Discourse {
  /** Countries the whole article names, for telling which "Donetsk" is meant. */
  readonly countries = new Set<Country>();
  readonly countryCodes = new Set<string>();
  lastNationalForce: ExtractedEntity | null = null;
  /** The country the article names most often (the first of a tie): whose "the army" it is before any army is named. */
  mainCountry: Country | null = null;
  /** The countries the article names, the most named first. */
  rankedCountries: Country[] = [];
  /** Every national force named, the latest last. */
  readonly nationalForces: ExtractedEntity[] = [];
  lastGroup: ExtractedEntity | null = null;
  /** The last non-state group named that is no unit of another force: what "the rebels" may mean. */
  lastArmedGroup: ExtractedEntity | null = null;
  lastNamedPerson: ExtractedEntity | null = null;
  /** Every person named with a title, in order: "the president said" is the last one whose title says so. */
  readonly namedPersons: ExtractedEntity[] = [];
  lastUnnamedPerson: ExtractedEntity | null = null;
  /** "in the city", "the town": the city named last; "the region": the region named last. */
  lastCity: ExtractedEntity | null = null;
  /** How often each city has been named or referred to: "the town" is the one the article is about. */
  private readonly cityCounts = new Map<string, { entity: ExtractedEntity; count: number }>();
  lastRegion: ExtractedEntity | null = null;
  /** The side of the last attack a claim recorded, and who seized each place (by name): events named again. */
  lastAttacker: ExtractedEntity | null = null;
  /** Every side of the last sentence that recorded an attack: "the attackers" is one of them only when there was one. */
  lastAttackers: ExtractedEntity[] = [];
  readonly seizers = new Map<string, ExtractedEntity>();
  /** The place named last, of any size: "in the area". */
  lastPlace: ExtractedEntity | null = null;
  /** The place of the last attack a claim recorded, for "killed in the strike". */
  lastAttackPlace: ExtractedEntity | null = null;
  /** The last reporter a sentence was attributed to: "It added that …". */
  lastSpeaker: ExtractedEntity | null = null;
  /** The whole voice of the last attributed sentence, for a pronoun that speaks again. */
  lastVoice: { speaker: ExtractedEntity; reporter: ExtractedEntity | null; intermediary: ExtractedEntity | null } | null = null;
  /** The captives of the last capture a claim recorded: "took them prisoner". */
  lastCaptive: ExtractedEntity | null = null;
  /** The force each number last counted: "the two men" are the two soldiers counted before. */
  readonly counted = new Map<number, ExtractedEntity>();
  /** The last three sentences' asserted claims and the names each mentioned, for "X denied the accusation" (the latest last). */
  readonly recentStatements: Array<{ claims: ExtractedClaim[]; names: Set<string> }> = [];

  noteStatement(statement: { claims: ExtractedClaim[]; names: Set<string> }): void {
    this.recentStatements.push(statement);
    if (this.recentStatements.length > 3) this.recentStatements.shift();
  }
  private readonly organisationsByHead = new Map<string, ExtractedEntity>();
  readonly acronyms = new Map<string, ExtractedEntity>();
  readonly surnames = new Map<string, ExtractedEntity>();

  noteCity(entity: ExtractedEntity): void {
    this.lastCity = entity;
    const seen = this.cityCounts.get(entity.name);
    if (seen) seen.count += 1;
    else this.cityCounts.set(entity.name, { entity, count: 1 });
  }

  /** "the town": the city named (or referred to) most often so far, the latest of a tie. */
  salientCity(): ExtractedEntity | null {
    const last = this.lastCity;
    if (!last) return null;
    let best = this.cityCounts.get(last.name) ?? { entity: last, count: 0 };
    for (const seen of this.cityCounts.values()) if (seen.count > best.count) best = seen;
    return best.entity;
  }

  noteCountry(country: Country, code: string | null): void {
    this.countries.add(country);
    if (code) this.countryCodes.add(code);
  }

  noteOrganisation(entity: ExtractedEntity, isNews: boolean): void {
    const words = `${entity.name} ${entity.description ?? ''}`.toLowerCase();
    for (const head of ['agency', 'service', 'ministry', 'committee', 'commission', 'council', 'staff', 'directorate', 'office', 'command', 'government', 'mission']) {
      if (words.includes(head)) this.organisationsByHead.set(head, entity);
    }
    if (isNews) {
      this.organisationsByHead.set('agency', entity);
      this.organisationsByHead.set('news agency', entity);
      this.organisationsByHead.set('broadcaster', entity);
      this.organisationsByHead.set('outlet', entity);
    }
    if (words.includes('intelligence')) {
      this.organisationsByHead.set('spy agency', entity);
      this.organisationsByHead.set('agency', entity);
    }
    this.noteAcronyms(entity);
  }

  organisation(head: string): ExtractedEntity | null {
    const h = head.toLowerCase();
    if (h === 'intelligence service' || h === 'intelligence agency') return this.organisationsByHead.get('spy agency') ?? null;
    return this.organisationsByHead.get(h) ?? null;
  }

  notePerson(entity: ExtractedEntity, named: boolean): void {
    if (named) {
      this.lastNamedPerson = entity;
      this.namedPersons.push(entity);
      // The last word, and the first (East Asian names put the family name first: "Lee Seong-kweun").
      const words = entity.name.split(' ');
      for (const word of words.length > 1 ? [words[words.length - 1], words[0]] : words) {
        if (word && word.length > 2 && /^[A-Z]/.test(word) && !this.surnames.has(word)) this.surnames.set(word, entity);
      }
    } else {
      this.lastUnnamedPerson = entity;
    }
  }

  /** Non-state groups by the noun they were named with: "M23 rebels" answers "the rebels". */
  readonly groupsByNoun = new Map<string, ExtractedEntity>();

  /** The side a force fights: the last national force the article named that is not it (nor its own army). */
  adversaryOf(force: ExtractedEntity): ExtractedEntity | null {
    for (let i = this.nationalForces.length - 1; i >= 0; i--) {
      const other = this.nationalForces[i] as ExtractedEntity;
      if (other.name !== force.name && other.name !== force.partOf?.name) return other;
    }
    return null;
  }

  noteForce(entity: ExtractedEntity, national: boolean, head?: string): void {
    if (national) {
      const at = this.nationalForces.findIndex((f) => f.name === entity.name);
      if (at >= 0) this.nationalForces.splice(at, 1);
      this.nationalForces.push(entity);
    }
    if (national) this.lastNationalForce = entity;
    else {
      this.lastGroup = entity;
      if (!entity.partOf) this.lastArmedGroup = entity;
      if (head) this.groupsByNoun.set(head.toLowerCase().replace(/s$/, ''), entity);
    }
    this.noteAcronyms(entity);
  }

  private noteAcronyms(entity: ExtractedEntity): void {
    for (const alias of entity.aliases) if (/^[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?$/.test(alias.name)) this.acronyms.set(alias.name, entity);
  }
}
