import type { ExtractedEntity } from '../../src/extract';
import { describeClaim } from '../../src/extract/describeClaim';
import { extract, only } from './extractHelpers';

const names = (e: ExtractedEntity | null | undefined) => e?.aliases.map((a) => a.name) ?? [];

describe('entities', () => {
  it('keeps a person\'s title apart from the name', () => {
    const claim = only('Foreign ministry spokeswoman Maria Zakharova denied that North Korean troops had been sent to Kursk.');
    expect([claim.reporter?.kind, claim.reporter?.name, claim.reporter?.description]).toEqual(['PERSON', 'Maria Zakharova', 'spokeswoman of the foreign ministry']);
  });

  it('names a country\'s agency by its own name, with the acronym in brackets as an alias and the country as partOf', () => {
    const claim = only("South Korea's National Intelligence Service (NIS) said North Korea had sent 3,000 more troops to Russia.");
    expect([claim.reporter?.kind, claim.reporter?.name, names(claim.reporter), claim.reporter?.partOf?.name]).toEqual(['ORGANIZATION', 'National Intelligence Service', ['NIS'], 'South Korea']);
  });

  it('names a national force "<Demonym> troops" with "<Demonym> forces" and "<Demonym> soldiers" as aliases', () => {
    const claim = only('Ukrainian soldiers captured two North Korean soldiers.');
    expect(claim.object?.name).toBe('Ukrainian troops');
    expect(names(claim.object)).toEqual(expect.arrayContaining(['Ukrainian forces', 'Ukrainian soldiers']));
  });

  it('makes units part of their national force, and a PART_OF claim only where the text says so', () => {
    const deployed = only('Russia has deployed paratroopers to Kursk.');
    expect([deployed.subject.name, deployed.subject.partOf?.name]).toEqual(['Russian paratroopers', 'Russian troops']);
    expect(extract("Russia's 155th Marine Brigade fought near Kurakhove.").claims.map(describeClaim)).toEqual([
      '155th Marine Brigade FIGHTS_IN Kurakhove',
      '155th Marine Brigade PART_OF Russian troops',
    ]);
  });

  it('reads non-state forces as armed forces: the Rapid Support Forces, M23, Hamas', () => {
    for (const text of ['The Rapid Support Forces (RSF) seized Bara.', 'M23 rebels seized Sake.', 'Hamas fighters attacked Sderot.']) {
      expect(only(text).subject.kind).toBe('ARMED_FORCE');
    }
  });

  it('takes a place from the gazetteer, with coordinates, only where the context says it is a place', () => {
    const claim = only('M23 seized the town of Sake.');
    expect([claim.object?.kind, claim.object?.name]).toEqual(['LOCATION', 'Sake']);
    expect(claim.object?.coordinates?.latitude).toBeCloseTo(-1.57, 1);
    expect(extract('Will Said sent troops.').claims).toEqual([]);
  });

  it('names a region by its name, with "the X region" as alias', () => {
    const claim = only('North Korean troops are fighting in the Kursk region.');
    expect([claim.object?.name, names(claim.object)]).toEqual(['Kursk', ['Kursk region']]);
  });

  it('resolves "Pyongyang" and "the North" to North Korea', () => {
    expect(describeClaim(only('North Korea and Russia signed a defence pact. Pyongyang has sent 10,000 troops to Russia.'.split('. ')[1] as string))).toBe('North Korean troops DEPLOYED_TO Russia [EXACTLY 10000 troops]');
    const text = 'North Korea is isolated. The North has sent 10,000 troops to Russia.';
    expect(extract(text).claims.map(describeClaim)).toEqual(['North Korean troops DEPLOYED_TO Russia [EXACTLY 10000 troops]']);
  });

  it('resolves "the soldier", "the army", "the group" and "he" to what was named before them', () => {
    const text =
      'Ukrainian forces captured a North Korean soldier. The soldier was wounded in Kursk. The Sudanese army spoke. The army said the RSF seized Bara. The RSF is a militia. The group attacked El Obeid. Budanov told reporters that M23 seized Sake. He said M23 seized Goma.';
    const claims = extract(text).claims;
    expect(claims.map((c) => `${describeClaim(c)} | ${c.reporter?.name ?? '-'}`)).toEqual([
      'Captured North Korean soldier CAPTURED_BY Ukrainian troops | -',
      'Captured North Korean soldier WOUNDED_IN Kursk | -',
      'Rapid Support Forces SEIZED Bara | Sudanese troops',
      'Rapid Support Forces ATTACKED El Obeid | -',
      'M23 SEIZED Sake | Budanov',
      'M23 SEIZED Goma | Budanov',
    ]);
  });
});
