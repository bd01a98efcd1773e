import { extract, lines, voice } from './extractHelpers';

/**
 * Speakers named by a title, a place or an apposition, and words that point back: "the president
 * wrote", "told the press", "Medics at a hospital said", "Hamas's armed wing, the Qassam Brigades,
 * said", "since they were deployed", a place after a demonym ("killed in Israeli strikes on Rafah").
 */
describe('speakers', () => {
  it('gives "the president wrote" to the president named before', () => {
    const text = 'President Felix Tshisekedi said the army would hold Uvira. Congolese troops have captured 14 M23 fighters, the president wrote on X.';
    const captured = extract(text).claims.filter((c) => c.predicate === 'CAPTURED_BY');
    expect(captured.map(voice)).toEqual(['REPORTER Felix Tshisekedi']);
  });

  it('gives "the president said" to no one when no president was named', () => {
    const text = 'Foreign Minister Olivier Nduhungirehe met envoys in Kigali. Rwandan troops have entered Goma, the president said.';
    expect(extract(text).claims.map(voice)).not.toContain('REPORTER Olivier Nduhungirehe');
  });

  it('takes "told the press" and "told our station" off the content', () => {
    const text = 'Major General Pacifique Masunzu told the press that M23 fighters had seized Nyangezi.';
    expect(lines(text)).toEqual(['M23 SEIZED Nyangezi']);
    expect(extract(text).claims.map(voice)).toEqual(['REPORTER Pacifique Masunzu']);
    expect(extract('A resident told our station that the RSF had captured Babanusa.').claims.map(voice)).toEqual(['REPORTER resident']);
  });

  it('names a voice by its words, not by the place it speaks from', () => {
    const text = 'Doctors at Nasser hospital said at least 12 people were killed in Israeli strikes on Rafah.';
    expect(extract(text).claims.map(voice)).toContain('REPORTER doctors');
  });

  it('reads an organisation named by a capitalised place and its words ("The Gaza health ministry says")', () => {
    const text = 'The Gaza health ministry says at least 40 people were killed in Rafah on Sunday.';
    expect(extract(text).claims.map(voice)).toEqual(['REPORTER Gaza health ministry']);
  });

  it('lets the name in an apposition after an owner speak', () => {
    const text = "The Arakan Army's political wing, the United League of Arakan (ULA), said Burmese troops had shelled Sittwe.";
    expect(extract(text).claims.map(voice)).toEqual(['REPORTER United League of Arakan']);
  });
});

describe('words that point back', () => {
  it('reads "since they were deployed" as the force named before in the sentence', () => {
    expect(lines('Some 600 North Korean soldiers have been killed since they were deployed to Russia.')).toContain('North Korean troops DEPLOYED_TO Russia');
  });

  it('leaves "they" alone when no force was named before it', () => {
    expect(lines('Officials said they were deployed to Russia in October.')).toEqual([]);
  });

  it('finds the place after a demonym ("killed in Israeli strikes on Rafah")', () => {
    expect(lines('At least 23 Palestinians had been killed in Israeli strikes on Rafah.')).toContain('Palestinians KILLED_IN Rafah [AT_LEAST 23 Palestinians]');
  });

  it('reads a figure across a parenthesis of its parts ("30 civilians, including 12 children, were killed")', () => {
    expect(lines('At least 30 civilians, including 12 children, were killed in Omdurman.')).toEqual(['civilians KILLED_IN Omdurman [AT_LEAST 30 civilians]']);
  });

  it('blocks a possibility across that parenthesis', () => {
    expect(lines('At least 30 civilians, including 12 children, may have been killed in Omdurman.')).toEqual([]);
  });

  it('reads "<country>\'s capital" as the capital city', () => {
    expect(lines("At least 40 people were killed in strikes on Sudan's capital on Monday.")).toContain('people KILLED_IN Khartoum [AT_LEAST 40 people]');
  });

});

describe('captures reported by the captor', () => {
  it('gives a capture without a captor to the force that reports it', () => {
    const text = 'M23 rebels attacked Uvira on Sunday. The Congolese army said 20 of the attackers had been captured.';
    expect(lines(text)).toContain('M23 CAPTURED_BY Congolese troops [EXACTLY 20 attackers]');
  });

  it('names no captor when the speaker is no armed force', () => {
    const text = 'M23 rebels attacked Uvira on Sunday. Local officials said 20 of the attackers had been captured.';
    expect(lines(text)).toContain('M23 CAPTURED_BY - [EXACTLY 20 attackers]');
  });
});

describe('state media\'s own army', () => {
  it('reads "The Armed Forces" as the army of the country named before it, when no army was named', () => {
    expect(lines('Khartoum, 5 May (SUNA) - The Armed Forces have regained full control of Omdurman.')).toContain('Sudanese troops SEIZED Omdurman');
  });

  it('leaves "The Armed Forces" unread when no country was named before it', () => {
    expect(lines('The Armed Forces have regained full control of Omdurman.')).toEqual([]);
  });
});
