import { findTimes } from '../../src/extract/time';
import type { PartialDate } from '../../src/support';
import { extract, lines, only } from './extractHelpers';

/**
 * Phenomena of real wire copy read in the fifth round of issue #12, each in sentences written for
 * this suite (other conflicts than the gold set's where possible).
 */

// A Friday.
const FRIDAY: PartialDate = { iso: '2024-12-27', precision: 'DAY' };
const read = (text: string) => findTimes(text, FRIDAY).map((t) => [text.slice(t.start, t.end), t.from?.iso ?? null, t.to?.iso ?? null]);

describe('time spans keep their end', () => {
  it.each([
    ['Between November 25 and 27', ['Between November 25 and 27', '2024-11-25', '2024-11-27']],
    ['on 3 to 5 December', ['on 3 to 5 December', '2024-12-03', '2024-12-05']],
    ['in raids on December 14 to 16', ['on December 14 to 16', '2024-12-14', '2024-12-16']],
    ['between October 30 and November 2', ['between October 30 and November 2', '2024-10-30', '2024-11-02']],
    ['on Tuesday and Wednesday', ['on Tuesday and Wednesday', '2024-12-24', '2024-12-25']],
    ['from September to November', ['from September to November', '2024-09', '2024-11']],
  ])('reads "%s" as one span', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps two months joined by "and" apart, and a day apart from a number after it', () => {
    expect(read('in September and November').map((t) => t[0])).toEqual(['in September', 'November']);
    expect(read('on December 3 and 2,000 more').map((t) => t[0])).toEqual(['on December 3']);
  });

  it('dates a claim by a span, and by a time between the actor and its verb', () => {
    const span = only('Between November 25 and 27, Malian troops shelled Kidal.');
    expect([span.validFrom?.iso, span.validTo?.iso]).toEqual(['2024-11-25', '2024-11-27']);
    const between = only('In response, Ethiopian troops on Tuesday shelled Bahir Dar.');
    expect([between.validFrom?.iso, between.validTo?.iso]).toEqual(['2024-12-24', '2024-12-24']);
  });
});

describe('places and sides the article gives', () => {
  it('reads "the city" as the town of the dateline, not a foreign capital named once since', () => {
    const text = 'BENI — ADF fighters shelled Beni on Sunday. Delegates met in Nairobi in May. Officials said the rebels had attacked the eastern edge of the city.';
    expect(lines(text).filter((l) => /ATTACKED/.test(l))).toEqual(expect.arrayContaining([expect.stringMatching(/ATTACKED Beni/)]));
    expect(lines(text).join('\n')).not.toMatch(/ATTACKED Nairobi/);
  });

  it('places a casualty figure where the side entered, in a "when" clause', () => {
    const c = only('Residents said three farmers were killed when the Houthis entered Hajjah.');
    expect(c.object?.name).toBe('Hajjah');
  });

  it('reads "<Name> Mountains" as a region, not a town', () => {
    const text = 'Fighters of JNIM shelled Mopti in June and attacked camps in the Bandiagara Mountains. An official said the jihadists had shelled the centre of the city.';
    const said = extract(text).claims.filter((c) => c.reporter?.name === 'official');
    expect(said.map((c) => `${c.predicate} ${c.object?.name}`)).toEqual(['ATTACKED Mopti']);
  });

  it('reads a place followed by "the town they seized" as seized by the side before', () => {
    expect(lines('Witnesses said M23 rebels had pulled out of Goma, the city they seized in January.')).toEqual(expect.arrayContaining([expect.stringMatching(/^M23 SEIZED Goma/)]));
  });

  it('finds a division written without its Arabic article', () => {
    expect(lines('The RSF attacked eastern Jazirah on Monday.')).toEqual(expect.arrayContaining([expect.stringMatching(/Rapid Support Forces ATTACKED Jazirah/)]));
  });

  it('reads a group named after its country as a group, not as the country', () => {
    const c = only('Rebels of the Sudan Shield Forces captured Tamboul last week.');
    expect(c.subject.name).toBe('Sudan Shield Forces');
  });

  it('keeps "the army" the army of the country the article is about, once named, though another force was named since', () => {
    const text = 'BAMAKO, June 3 (Sahel Wire) - Malian troops and Wagner fighters clashed with jihadists near Menaka. Russian forces flew in reinforcements. Later the army retook Menaka, the ministry said.';
    expect(lines(text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Malian troops SEIZED Menaka/)]));
  });
});

describe('speakers', () => {
  it('gives a second speaker after a semicolon its own words', () => {
    const claims = extract('Ethiopian troops said they had killed 12 Fano militiamen; the Fano militia separately claimed to have killed 30 Ethiopian soldiers.').claims;
    expect(claims.map((c) => `${c.subject.name} ${c.quantity?.value} ${c.reporter?.name}`)).toEqual(expect.arrayContaining(['Fano 12 Ethiopian troops', expect.stringMatching(/30 Fano$/)]));
  });

  it('makes a name defined with its acronym an armed group when fighters are "of" it', () => {
    const c = only('Gunmen of the Coordination of Azawad Movements (CMA) captured 20 Malian soldiers near Kidal.');
    expect([c.predicate, c.object?.kind, c.object?.name]).toEqual(['CAPTURED_BY', 'ARMED_FORCE', 'Coordination of Azawad Movements']);
  });
});

describe('state media and coalition wording', () => {
  it('reads a pejorative before a demonym force noun as that army', () => {
    expect(lines('Yemeni forces routed the Saudi occupying invaders near Marib, the agency said.').join('\n')).toMatch(/^Yemeni troops ATTACKED Saudi Arabian troops/);
  });

  it('reads a state army by its own name and acronym as the national force', () => {
    expect(lines("KPA units fought in the Kursk region, KCNA said.")).toEqual(expect.arrayContaining([expect.stringMatching(/^North Korean troops FIGHTS_IN Kursk/)]));
  });

  it("leaves a possessive tail off an organisation's name", () => {
    const c = only("The Central Committee of the Workers' Party of Korea said North Korean troops had fought in Kursk.");
    expect(c.reporter?.name).toBe('Central Committee');
  });
});

describe('a body speaks through its own office, panel or member', () => {
  it.each([
    ['At least 40 civilians were killed in Kidal last month, the UN human rights office said.', 'UN human rights office', 'ORGANIZATION'],
    ['Burundian troops have been deployed to South Kivu, according to a report by UN experts.', 'UN experts', 'ORGANIZATION'],
    ['Hezbollah fighters were seen in Tyre on Monday, a UN source said.', 'UN source', 'PERSON'],
  ])('reads "%s" as said by %s, part of the body', (text, reporter, kind) => {
    const c = only(text);
    expect([c.reporter?.name, c.reporter?.kind, c.reporter?.partOf?.name]).toEqual([reporter, kind, 'United Nations']);
  });

  it('keeps a report or a statement the body itself', () => {
    expect(only('Burundian troops have been deployed to South Kivu, according to a UN report.').reporter?.name).toBe('United Nations');
  });

  it('reads "the officer added" as the officer who spoke before, and "asking not to be named" as no part of the words', () => {
    const { claims } = extract('"Ethiopian troops have been sent to Somalia," a UN officer said, asking not to be named. The officer added that Ethiopian troops had attacked Baidoa.');
    expect(claims.map((c) => c.reporter?.name)).toEqual(['UN officer', 'UN officer']);
  });

  it('keeps the country in the name of a body named after it', () => {
    expect(only('The Yemen Doctors Network said Houthi fighters had killed 12 patients in Hodeidah.').reporter?.name).toBe('Yemen Doctors Network');
  });

  it('reads the experts who "found that" as speakers', () => {
    const c = only('The Panel of Experts found that Rwandan troops had been deployed to North Kivu.');
    expect(c.reporter?.name).toBe('Panel of Experts');
  });
});

describe('sides and voices named by common nouns', () => {
  it('reads a bare "Insurgents" or "Jihadist fighters" at the head of a sentence as a side of its own', () => {
    expect(only('Insurgents shelled Pemba on Tuesday, the police said.').subject.name).toBe('insurgents');
    expect(only('Jihadist fighters shelled Djibo on Friday.').subject.name).toBe('jihadist fighters');
  });

  it('reads bare "rebels" as the group the article named before', () => {
    expect(lines('M23 rebels shelled Sake on Monday. Rebels stormed Minova on Tuesday.')).toEqual(expect.arrayContaining([expect.stringMatching(/^M23 ATTACKED Minova/)]));
  });

  it('reads "a <demonym> military spokesperson" as an unnamed person, not as the country', () => {
    const c = only('Fano militiamen shelled Bahir Dar on Monday, an Ethiopian military spokesperson said.');
    expect([c.reporter?.name, c.reporter?.kind, c.reporter?.partOf?.name]).toEqual(['Ethiopian military spokesperson', 'PERSON', 'Ethiopia']);
  });
});
