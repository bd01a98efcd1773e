import { extract, lines, voice } from './extractHelpers';
import { describeClaim } from '../../src/extract/describeClaim';

/** Phenomena of wire copy the rules read since issue #12's second round; sentences written for these tests. */
describe('relative clauses, appositions and participles', () => {
  it('carries a subject across a non-restrictive relative clause, and reads the clause itself', () => {
    expect(lines('The rebels of M23, who officials say are backed by about 2,500 troops from Rwanda, seized the town of Sake on Tuesday.')).toEqual(
      expect.arrayContaining(['M23 SEIZED Sake', 'Rwandan troops SUPPORTS M23 [APPROXIMATELY 2500 troops]']),
    );
  });

  it('carries a subject across a participle between commas', () => {
    expect(lines("Russia's forces, backed by hundreds of North Korean troops, have retaken the village of Sverdlikovo.")).toEqual(
      expect.arrayContaining(['Russian troops SEIZED Sverdlikovo', 'North Korean troops SUPPORTS Russian troops [AT_LEAST 200 troops]']),
    );
  });

  it('reads a place that is the object of a relative clause, and no modal of the main clause in it', () => {
    expect(lines('The separatists may try to retake Kidal, which Malian troops seized in November 2023.')).toEqual(['Malian troops SEIZED Kidal']);
  });
});

describe('lists of places', () => {
  it('makes one claim per place of a list taken', () => {
    expect(lines('The Arakan Army has taken the towns of Buthidaung, Maungdaw and Paletwa.')).toEqual([
      'Arakan Army SEIZED Buthidaung',
      'Arakan Army SEIZED Maungdaw',
      'Arakan Army SEIZED Paletwa',
    ]);
  });

  it('puts a casualty figure in the region that holds a list of villages', () => {
    expect(lines('Ukrainian forces killed 30 Russian soldiers near the villages of Sverdlikovo and Plekhovo in the Kursk region.')).toEqual([
      'Russian troops KILLED_IN Kursk [EXACTLY 30 soldiers]',
    ]);
  });
});

describe('place granularity', () => {
  it('takes the innermost place of a chain, not the region around it', () => {
    expect(lines('A Burmese air strike on a village on Ramree Island in Rakhine State killed at least 12 people.')).toContain('people KILLED_IN Ramree [AT_LEAST 12 people]');
  });

  it('does not take the place an apposition adds', () => {
    expect(lines('RSF fighters shelled Dilling, a town in South Kordofan, killing five civilians.')).toContain('civilians KILLED_IN Dilling [EXACTLY 5 civilians]');
  });

  it('puts the dead "in the strike" where the article said the strike was', () => {
    const text = 'An Israeli drone strike hit a car in the town of Nabatieh. The health ministry said three people were killed in the strike.';
    expect(lines(text)).toContain('people KILLED_IN Nabatieh [EXACTLY 3 people]');
  });
});

describe('events named by nouns', () => {
  it('gives an attack named by a noun to the subject of its clause', () => {
    expect(lines('Gunmen of JNIM killed at least 40 villagers in a dawn raid on the town of Djibo.')).toContain('JNIM ATTACKED Djibo');
  });

  it('resolves "the attack" to the attacker the article named before', () => {
    const text = 'The RSF shelled El Fasher on Friday. The attack also hit the nearby town of Tawila.';
    expect(lines(text)).toEqual(['Rapid Support Forces ATTACKED El Fasher', 'Rapid Support Forces ATTACKED Tawila']);
  });

  it('denies a fall with the captor the article named before', () => {
    const text = 'M23 rebels said they had seized Uvira. Congolese troops denied that Uvira had fallen.';
    expect(extract(text).claims.map((c) => `${describeClaim(c)} | ${voice(c)}`)).toEqual([
      'M23 SEIZED Uvira | REPORTER M23',
      'M23 NOT SEIZED Uvira | REPORTER Congolese troops',
    ]);
  });
});

describe('speakers the lexicons do not know', () => {
  it('makes an acronym that speaks an organisation', () => {
    const [claim] = extract('Ukrainian paratroopers captured two Russian soldiers, the SBU said.').claims;
    expect(voice(claim!)).toBe('REPORTER SBU');
  });

  it('makes "the <words> ministry" that speaks an organisation named by its words', () => {
    const [claim] = extract('At least nine civilians were killed in Kadugli, the state health ministry said.').claims;
    expect(voice(claim!)).toBe('REPORTER state health ministry');
  });

  it('keeps a name defined with its acronym, and the acronym names it later', () => {
    const text = 'The Sudan Liberation Movement-Minawi (SLM-M) said it had repelled an attack. The SLM-M said RSF fighters shelled Tawila.';
    const claims = extract(text).claims;
    expect(claims.map((c) => `${describeClaim(c)} | ${voice(c)}`)).toContain('Rapid Support Forces ATTACKED Tawila | REPORTER Sudan Liberation Movement-Minawi');
  });

  it('names an unnamed voice as written, and a person after a role between commas', () => {
    expect(voice(extract('Russian troops shelled Kherson, Ukrainian officials said.').claims[0]!)).toBe('REPORTER Ukrainian officials');
    expect(voice(extract("Congo's government spokesman, Patrick Muyaya, said M23 rebels seized Walikale.").claims[0]!)).toBe('REPORTER Patrick Muyaya');
  });

  it('gives "he said" to the unnamed official who spoke before', () => {
    const text = 'A local official said RSF fighters shelled Kadugli. About 20 attackers were killed, he said.';
    const { claims } = extract(text);
    // The shelling, and the attackers' dead (the side of the shelling: figureNouns.unit.test.ts).
    expect(claims.map(describeClaim)).toEqual(['Rapid Support Forces ATTACKED Kadugli', 'Rapid Support Forces KILLED_IN - [APPROXIMATELY 20 attackers]']);
    expect(claims.map(voice)).toEqual(['REPORTER local official', 'REPORTER local official']);
  });
});

describe('casualty figures', () => {
  it('reads "put <side> losses at <number>" as a total', () => {
    expect(lines("Ukraine's General Staff put Russian losses over the past day at 1,250 personnel killed or wounded.")).toEqual(['Russian troops CASUALTIES_IN - [EXACTLY 1250 personnel]']);
  });

  it('reads a part of a figure, and a bare number of the force named before it', () => {
    expect(lines('Ukrainian officials said Russian forces suffered at least 300 casualties, including dozens killed.')).toEqual([
      'Russian troops CASUALTIES_IN - [AT_LEAST 300 casualties]',
      'Russian troops KILLED_IN - [AT_LEAST 24 -]',
    ]);
    expect(lines('Some 9,000 North Korean soldiers remain in Kursk, after about 3,000 were killed or wounded.')).toContain('North Korean troops CASUALTIES_IN - [APPROXIMATELY 3000 -]');
  });
});

describe('support and alliances', () => {
  it('reads shipments and receipts as support, without the shipment as quantity', () => {
    expect(lines('Iran has shipped thousands of drones to Russia.')).toEqual(['Iran SUPPORTS Russia']);
    expect(lines('Pyongyang has received air-defence missiles from Russia.')).toEqual(['Russia SUPPORTS North Korea']);
  });

  it('reads working with another side as an alliance, for each partner', () => {
    expect(lines('Congolese troops have continued to coordinate with the FDLR and with local militias known as Wazalendo.')).toEqual([
      'Congolese troops ALLIED_WITH Democratic Forces for the Liberation of Rwanda',
      'Congolese troops ALLIED_WITH Wazalendo',
    ]);
  });
});

describe('denials', () => {
  it("reads a speaker's negated statement about itself as its denial", () => {
    const [claim] = extract('Hamas said it had not attacked civilians.').claims;
    expect([describeClaim(claim!), voice(claim!)]).toEqual(['Hamas NOT ATTACKED civilians', 'REPORTER Hamas']);
  });

  it("adds the accused's rejection at the end of an accusation as a denied claim", () => {
    const claims = extract('Kinshasa accuses Rwanda of arming the M23, a charge Kigali rejects.').claims;
    expect(claims.map((c) => `${describeClaim(c)} | ${voice(c)}`)).toEqual(['Rwanda SUPPORTS M23 | REPORTER DR Congo', 'Rwanda NOT SUPPORTS M23 | REPORTER Rwanda']);
  });
});
