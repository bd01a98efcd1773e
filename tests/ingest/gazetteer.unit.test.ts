import { countryGazetteer, type CountryEntry } from '../../src/ingest/gazetteer';

/** The country gazetteer built from the world-countries package. */
describe('countryGazetteer', () => {
  const gazetteer = countryGazetteer();
  const entry = (name: string): CountryEntry => {
    const found = gazetteer.find((e) => e.name === name);
    if (!found) throw new Error(`no gazetteer entry named ${name}`);
    return found;
  };
  const allAliases = gazetteer.flatMap((e) => e.aliases.map((a) => ({ country: e.name, ...a })));

  it('has about 250 countries, each named once', () => {
    expect(gazetteer.length).toBeGreaterThanOrEqual(240);
    expect(gazetteer.length).toBeLessThanOrEqual(260);
    expect(new Set(gazetteer.map((e) => e.name)).size).toBe(gazetteer.length);
  });

  it('knows North Korea by its official name, DPRK, its demonym and its capital', () => {
    const northKorea = entry('North Korea');
    expect(northKorea.demonym).toBe('North Korean');
    expect(northKorea.aliases).toEqual(
      expect.arrayContaining([
        { name: 'DPRK', kind: 'ALIAS' },
        { name: "Democratic People's Republic of Korea", kind: 'ALIAS' },
        { name: 'North Korean', kind: 'DEMONYM' },
        { name: 'Pyongyang', kind: 'METONYM' },
      ]),
    );
  });

  it('knows Russia by Moscow, as a metonym, and by its demonym', () => {
    const russia = entry('Russia');
    expect(russia.demonym).toBe('Russian');
    expect(russia.aliases).toEqual(
      expect.arrayContaining([
        { name: 'Moscow', kind: 'METONYM' },
        { name: 'Russian', kind: 'DEMONYM' },
      ]),
    );
  });

  it('knows Ukraine by Kyiv and South Korea by Seoul', () => {
    expect(entry('Ukraine').aliases).toContainEqual({ name: 'Kyiv', kind: 'METONYM' });
    expect(entry('South Korea').aliases).toContainEqual({ name: 'Seoul', kind: 'METONYM' });
  });

  it('leaves out every alias shorter than 3 characters (two-letter codes match too much)', () => {
    expect(allAliases.filter((a) => a.name.length < 3)).toEqual([]);
    expect(entry('North Korea').aliases.map((a) => a.name)).not.toContain('KP');
  });

  it('leaves out every alias with a comma (index forms such as "Korea, Republic of")', () => {
    expect(allAliases.filter((a) => a.name.includes(','))).toEqual([]);
  });

  it('never repeats a country\'s common name among its aliases, nor an alias within a country', () => {
    expect(gazetteer.length).toBeGreaterThanOrEqual(240);
    for (const e of gazetteer) {
      const names = e.aliases.map((a) => a.name);
      expect(names).not.toContain(e.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('lists a demonym that is a plain word, and not the country\'s name, as a DEMONYM alias (North Korean, Russian, Ukrainian)', () => {
    for (const name of ['North Korea', 'Russia', 'Ukraine', 'South Korea']) {
      const e = entry(name);
      expect(e.aliases.filter((a) => a.kind === 'DEMONYM')).toEqual([{ name: e.demonym, kind: 'DEMONYM' }]);
    }
  });

  // Documented: every country comes with its demonym. Where world-countries also lists the demonym
  // among the alternative spellings (Thai, Togolese, Vatican), it is added first as an ALIAS and the
  // DEMONYM is then dropped as a duplicate, so the rules never see it as a demonym.
  it('lists every plain-word demonym that is not the country\'s name as a DEMONYM alias', () => {
    const plain = gazetteer.filter((g) => g.demonym !== null && g.demonym !== g.name && /^[A-Za-z][A-Za-z ]{2,}$/.test(g.demonym));
    const missing = plain.filter((e) => !e.aliases.some((a) => a.kind === 'DEMONYM' && a.name === e.demonym));
    expect(missing.map((e) => `${e.name}: ${e.demonym}`)).toEqual([]);
  });
});
