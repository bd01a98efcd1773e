import { extract, voice } from './extractHelpers';
import { describeClaim } from '../../src/extract/describeClaim';

/** Phenomena the rules read since issue #12's fourth round; sentences written for these tests. */
describe('geography in a report', () => {
  it('states where a town lies in the outlet\'s voice, not the speaker\'s', () => {
    const { claims } = extract("The army said its soldiers had retaken the town of Tabqa in the Raqqa region.");
    const where = claims.find((c) => c.predicate === 'LOCATED_IN');
    expect(where && describeClaim(where)).toBe('Tabqa LOCATED_IN Raqqa');
    expect(where && voice(where)).toBe('SOURCE');
  });

  it('keeps where a town lies asserted inside a denial', () => {
    const { claims } = extract('The rebels denied that the town of En Nahud in West Kordofan had fallen.');
    const where = claims.find((c) => c.predicate === 'LOCATED_IN');
    expect(where?.polarity).toBe('ASSERTED');
  });
});

describe('"the army" before any army is named', () => {
  it('is the army of the country the article names most', () => {
    const text = "Chad's government declared a curfew in the east. Chad closed its border with Sudan. The army on Tuesday shelled Abeche.";
    expect(extract(text).claims.map(describeClaim)).toEqual(['Chadian troops ATTACKED Abeche']);
  });

  it('owns a numbered unit ("the army\'s 7th Infantry Division") for that country', () => {
    const text = "Fighting spread across Chad. Chad closed its border. The army's 7th Infantry Division repelled an attack.";
    expect(extract(text).claims.map(describeClaim)).toEqual(['7th Infantry Division PART_OF Chadian troops']);
  });

  it('is nobody\'s when no country stands out', () => {
    const text = 'Chad closed its border with Sudan. The army on Tuesday shelled Abeche.';
    expect(extract(text).claims).toEqual([]);
  });
});
