import { lines } from './extractHelpers';

/**
 * Casualty figures whose counted noun is no name: "the attackers", "rebels", "militants" stand for a
 * side named before; a demonym in the plural ("Palestinians", "Russians") names the victims.
 */
describe('figures counted by a noun that stands for a side', () => {
  it('reads "the attackers" as the side of the attack the sentence names', () => {
    expect(lines('Government troops repelled an attack by the Arakan Army on Sittwe, killing 30 of the attackers.')).toContain(
      'Arakan Army KILLED_IN Sittwe [EXACTLY 30 attackers]',
    );
  });

  it('reads "the attackers" as the one side of the attack the article recorded last', () => {
    const text = 'JNIM fighters attacked the outskirts of Bamako on Tuesday. Officials said 12 of the attackers were captured.';
    expect(lines(text)).toContain('JNIM CAPTURED_BY - [EXACTLY 12 attackers]');
  });

  it('leaves "the attackers" unread when the last attack had two sides', () => {
    const text = 'The RSF and the SPLM-N shelled Kadugli on Monday. About 20 attackers were killed, a local official said.';
    expect(lines(text).filter((l) => l.includes('KILLED_IN'))).toEqual([]);
  });

  it('reads "rebels" as the group named with that noun', () => {
    const text = 'M23 rebels advanced on Sake. The army said it had killed a dozen rebels near the town.';
    expect(lines(text)).toContain('M23 KILLED_IN Sake [APPROXIMATELY 12 rebels]');
  });

  it('never reads "rebels" as a unit of a national army named before', () => {
    const text = "The army's 34th Military Region said its forces had killed a dozen rebels.";
    expect(lines(text).filter((l) => l.includes('KILLED_IN'))).toEqual([]);
  });

  it('names victims counted by a plural demonym by that word', () => {
    expect(lines('Medics said 14 Palestinians were killed in Rafah on Sunday.')).toContain('Palestinians KILLED_IN Rafah [EXACTLY 14 Palestinians]');
    expect(lines('The separatists said they had killed 20 Russians near Kidal.')).toContain('Russians KILLED_IN Kidal [EXACTLY 20 Russians]');
  });

  it('takes no other plural noun for victims', () => {
    expect(lines('Twelve veterans were killed in Kharkiv.')).toEqual([]);
    expect(lines('Some 40 trainees were wounded in Bamako.')).toEqual([]);
  });

  it('makes no figure from a negated, possible or future sentence about the attackers', () => {
    const before = 'Hamas fighters attacked an army post near Kerem Shalom. ';
    expect(lines(`${before}None of the attackers were killed.`).filter((l) => l.includes('KILLED_IN'))).toEqual([]);
    expect(lines(`${before}As many as 10 of the attackers may have been killed.`).filter((l) => l.includes('KILLED_IN'))).toEqual([]);
    expect(lines(`${before}If 10 of the attackers were captured, they will be tried.`).filter((l) => l.includes('CAPTURED_BY'))).toEqual([]);
  });
});
