import { extract, lines } from './extractHelpers';

/**
 * A national force named by more than "troops" or "forces", and an armed group the lexicons do not
 * know, named by the noun after it (issue #12; sentences written for these tests).
 */
describe('a national force by what it fights with', () => {
  it('reads "<Demonym> army reinforcements" and "reinforcements" as the national force', () => {
    expect(lines('Iraqi army reinforcements were sent to Mosul, the defence ministry said.')).toEqual(['Iraqi troops DEPLOYED_TO Mosul']);
    expect(lines('Nigerien reinforcements were deployed to Tillaberi.')).toEqual(['Nigerien troops DEPLOYED_TO Tillaberi']);
  });

  it('reads "<Demonym> government troops" as the force, not the government', () => {
    expect(lines('Sudanese government troops recaptured the town of Sinja on Saturday.')).toEqual(['Sudanese troops SEIZED Sinja']);
  });

  it('reads "<Demonym> warplanes" as the national force', () => {
    expect(lines('Turkish warplanes bombed Qamishli overnight.')).toEqual(['Turkish troops ATTACKED Qamishli']);
  });
});

describe('an armed group the lexicons lack, by the noun after its name', () => {
  it('reads "<Name> militiamen" and "the <Name> militia" as the group, not as a place', () => {
    expect(lines('Zarqo militiamen seized the town of Adigrat on Friday.')).toEqual(['Zarqo SEIZED Adigrat']);
    expect(lines('The Zarqo militia attacked Adigrat.')).toEqual(['Zarqo ATTACKED Adigrat']);
  });

  it('leaves a country\'s demonym to the national force ("Somali militants" is no new group)', () => {
    expect(lines('Somali militants attacked Baidoa.').join(' ')).not.toMatch(/^Somali ATTACKED/);
  });
});

describe('unnamed voices of wire copy', () => {
  it('reads "<role> told <an outlet the lexicons lack>" at the end of a sentence, and a clause after it', () => {
    for (const text of [
      'At least 9 civilians were killed in the shelling, a hospital official told Sahel Dispatch.',
      'At least 9 civilians were killed in the shelling, a hospital official told Sahel Dispatch, speaking on condition of anonymity.',
    ]) {
      const [claim] = extract(text).claims;
      expect([claim?.attribution, claim?.reporter?.name, claim?.reporter?.kind]).toEqual(['REPORTER', 'hospital official', 'PERSON']);
    }
  });

  it('reads a spokesman no body owns by his words ("a military spokesman said")', () => {
    const [claim] = extract('Chad has deployed about 800 troops to Tibesti, a military spokesman said.').claims;
    expect([claim?.attribution, claim?.reporter?.name]).toEqual(['REPORTER', 'military spokesman']);
  });

  it('reads a body owned by a plural noun ("the rebels\' health ministry") as an organisation', () => {
    const [claim] = extract("At least 30 people were killed in the air strikes, the insurgents' health ministry said.").claims;
    expect([claim?.reporter?.name, claim?.reporter?.kind]).toEqual(["insurgents' health ministry", 'ORGANIZATION']);
  });
});
