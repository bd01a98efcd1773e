import { describeClaim } from '../../src/extract/describeClaim';
import { extract, only, voice } from './extractHelpers';

describe('attribution', () => {
  it('makes "X said on Saturday" X the reporter, and keeps Saturday out of the event\'s time', () => {
    const claim = only('The Sudanese army said on Saturday that the RSF had seized Bara.');
    expect([describeClaim(claim), voice(claim), claim.validFrom]).toEqual(['Rapid Support Forces SEIZED Bara', 'REPORTER Sudanese troops', null]);
  });

  it('reads "X told reporters" and "X said in a statement" as the speaker\'s voice', () => {
    expect(voice(only('Budanov told reporters that 11,000 North Korean troops had been deployed to Kursk.'))).toBe('REPORTER Budanov');
    expect(voice(only('M23 rebels seized Goma, the Congolese army said in a statement.'))).toBe('REPORTER Congolese troops');
  });

  it('reads a speaker after the statement, inverted or not', () => {
    expect(voice(only('Ukrainian forces shelled Horlivka, Russia said.'))).toBe('REPORTER Russia');
    expect(voice(only('Ukrainian forces shelled Horlivka, said Russia\'s defence ministry.'))).toBe("REPORTER Russia's defence ministry");
  });

  it('makes "according to X" X the reporter', () => {
    expect(voice(only('The Arakan Army captured Paletwa, according to Radio Free Asia.'))).toBe('REPORTER Radio Free Asia');
  });

  it('records "X quoted Y as saying" with Y the reporter and X the intermediary', () => {
    const claim = only('KCNA quoted Kim Jong Un as saying that North Korea had sent troops to Russia.');
    expect(voice(claim)).toBe('REPORTER Kim Jong Un via Korean Central News Agency');
  });

  it('records "X reported, citing Y" with Y the reporter and X the intermediary', () => {
    const text = "South Korea's National Intelligence Service (NIS) briefed lawmakers. Yonhap reported, citing the NIS, that two North Korean soldiers were captured by Ukrainian forces.";
    const [claim] = extract(text).claims;
    expect(voice(claim!)).toBe('REPORTER National Intelligence Service via Yonhap');
  });

  it('records "a legislator briefed by the intelligence service said" with the service as reporter and the legislator as intermediary', () => {
    const text = "South Korea's National Intelligence Service (NIS) met lawmakers. A legislator briefed by the intelligence service said about 100 North Korean troops were killed in Kursk.";
    const [claim] = extract(text).claims;
    expect([describeClaim(claim!), voice(claim!)]).toEqual(['North Korean troops KILLED_IN Kursk [APPROXIMATELY 100 troops]', 'REPORTER National Intelligence Service via legislator']);
  });

  it('carries the voice across sentences: "…, the agency said. It added that …"', () => {
    const text = "Ukrainian troops shelled Belgorod, Russia's defence ministry said. It added that Russian forces had retaken Sudzha.";
    const claims = extract(text).claims;
    expect(claims.map((c) => `${describeClaim(c)} | ${voice(c)}`)).toEqual([
      "Ukrainian troops ATTACKED Belgorod | REPORTER Russia's defence ministry",
      "Russian troops SEIZED Sudzha | REPORTER Russia's defence ministry",
    ]);
  });

  it('resolves "the agency" to the agency named before', () => {
    const text = "Yonhap cited South Korea's spy agency on Monday. The agency said North Korea had sent 3,000 more troops to Russia.";
    expect(voice(extract(text).claims[0]!)).toBe("REPORTER South Korea's intelligence agency");
  });

  it('makes "reports suggest" and "reportedly" unattributed and hedged, with credibility 3', () => {
    for (const text of ['Reports suggest that M23 has seized Sake.', 'M23 has reportedly seized Sake.']) {
      const claim = only(text);
      expect([voice(claim), claim.hedged, claim.credibility]).toEqual(['UNATTRIBUTED', true, 3]);
    }
  });

  it("gives the outlet's own voice SOURCE, no reporter, credibility 2", () => {
    const claim = only('M23 seized Sake.');
    expect([voice(claim), claim.hedged, claim.credibility]).toEqual(['SOURCE', false, 2]);
  });

  it('never makes the outlet of a dateline a reporter', () => {
    const claim = only('GOMA, Congo, Jan 27 (Reuters) - M23 rebels seized Sake on Sunday.');
    expect(voice(claim)).toBe('SOURCE');
  });
});
