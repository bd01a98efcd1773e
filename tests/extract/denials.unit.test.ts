import { extract, lines, voice } from './extractHelpers';
import { describeClaim } from '../../src/extract/describeClaim';

/**
 * Denials whose object is not a clause of their own: "denied the accusation", "dismissed the reports
 * as lies" deny what the sentence before said; "…, and denied that …" is a second statement of the
 * same speaker, with its own polarity.
 */
describe('a denial of what the sentence before said', () => {
  it('denies the claims of the accusation it answers, by the accused', () => {
    const text = 'Rights groups said the Houthis had shelled Taiz on Friday. The Houthis rejected the accusation as baseless.';
    const denied = extract(text).claims.filter((c) => c.polarity === 'DENIED');
    expect(denied.map(describeClaim)).toEqual(['Houthis NOT ATTACKED Taiz']);
    expect(denied.map(voice)).toEqual(['REPORTER Houthis']);
    expect(denied[0]?.excerpt).toBe('The Houthis rejected the accusation as baseless.');
  });

  it('denies the event, not its figure', () => {
    const text = 'A monitoring group said Wagner fighters killed 40 villagers in Moura. Wagner dismissed the reports as fabrications.';
    expect(lines(text)).toContain('villagers NOT KILLED_IN Moura');
  });

  it('denies nothing when the sentence before did not name the speaker', () => {
    const text = 'Rights groups said the Houthis had shelled Taiz on Friday. Saudi Arabia rejected the accusation as baseless.';
    expect(extract(text).claims.filter((c) => c.polarity === 'DENIED')).toEqual([]);
  });

  it('denies nothing the speaker itself said before', () => {
    const text = 'The Houthis said they had shelled Taiz on Friday. The Houthis later dismissed the reports as exaggerated.';
    expect(extract(text).claims.filter((c) => c.polarity === 'DENIED')).toEqual([]);
  });

  it('reads a denial with a content of its own as that content, not as the sentence before', () => {
    const text = 'Rights groups said the Houthis had shelled Taiz on Friday. The Houthis denied that they had shelled Marib.';
    expect(lines(text).filter((l) => l.includes(' NOT '))).not.toContain('Houthis NOT ATTACKED Taiz');
  });
});

describe('a second statement of the same speaker', () => {
  it('reads "…, and denied that <clause>" as the speaker\'s denial', () => {
    const text = 'M23 rebels said they had captured Bukavu. A government spokesman, Jean Mbala, said Congolese troops still held the airport, and denied that Bukavu had fallen.';
    const denied = extract(text).claims.filter((c) => c.polarity === 'DENIED');
    expect(denied.map(describeClaim)).toEqual(['M23 NOT SEIZED Bukavu']);
    expect(denied.map(voice)).toEqual(['REPORTER Jean Mbala']);
  });

  it('reads "X denied …, and said that <clause>" as X asserting the clause', () => {
    const text = 'The RSF denied the accusation, and said in a statement that its fighters had captured 25 Sudanese soldiers.';
    const made = extract(text).claims;
    expect(made.map(describeClaim)).toEqual(['Sudanese troops CAPTURED_BY Rapid Support Forces [EXACTLY 25 soldiers]']);
    expect(made[0]?.polarity).toBe('ASSERTED');
  });

  it('keeps the blockers of the second statement: a denial of a possibility is no claim', () => {
    const text = 'M23 rebels said they had captured Bukavu. The governor said troops held the airport, and denied that Bukavu could fall soon.';
    expect(extract(text).claims.filter((c) => c.polarity === 'DENIED')).toEqual([]);
  });

  it('splits only a named speaker\'s words, not an unattributed sentence', () => {
    const text = 'Fighting continued near Bukavu, and reports that the airport had been seized were denied.';
    expect(extract(text).claims.filter((c) => c.polarity === 'DENIED')).toEqual([]);
  });
});

describe('what a denier asserts instead', () => {
  const before = 'M23 rebels said they had captured Uvira. ';

  it('reads "denied …, saying <clause>" as a denial and an assertion of the same speaker', () => {
    const made = extract(`${before}Army spokesman Sylvain Ekenge denied that Uvira had fallen, saying Congolese troops were still holding positions in its northern districts.`).claims;
    const own = made.filter((c) => c.reporter?.name === 'Sylvain Ekenge');
    expect(own.map((c) => `${c.polarity} ${c.subject.name} ${c.predicate} ${c.object?.name}`)).toEqual(['DENIED M23 SEIZED Uvira', 'ASSERTED Congolese troops LOCATED_IN Uvira']);
  });

  it('keeps a negation in what is asserted instead', () => {
    const made = extract(`${before}Army spokesman Sylvain Ekenge denied that Uvira had fallen, saying Congolese troops had not left its northern districts.`).claims;
    expect(made.filter((c) => c.predicate === 'LOCATED_IN')).toEqual([]);
  });
});
