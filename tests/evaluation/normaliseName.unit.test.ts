import { namesMatch, normaliseName } from '../../src/evaluation';

describe('normaliseName', () => {
  it.each([
    ['The Democratic Republic of the Congo', 'democratic republic of congo'],
    ['El-Fasher', 'el fasher'],
    ['Côte d’Ivoire', 'cote divoire'],
    ["South Korea's  National\u00a0Intelligence Service", 'south koreas national intelligence service'],
    ['  M23 ', 'm23'],
  ])('normalises %j to %j', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('matches when any name equals any accepted spelling', () => {
    expect(namesMatch(['Rapid Support Forces', 'RSF'], ['R.S.F.'])).toBe(false);
    expect(namesMatch(['Rapid Support Forces', 'RSF'], ['rsf'])).toBe(true);
    expect(namesMatch(['Goma'], ['Bukavu'])).toBe(false);
  });
});
