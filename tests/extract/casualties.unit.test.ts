import { lines } from './extractHelpers';

describe('casualties', () => {
  it('makes "about 400 killed and 1,900 wounded" two claims, each of its own kind', () => {
    expect(lines('About 400 North Korean soldiers were killed and 1,900 wounded in Kursk.')).toEqual([
      'North Korean troops KILLED_IN Kursk [APPROXIMATELY 400 soldiers]',
      'North Korean troops WOUNDED_IN Kursk [EXACTLY 1900 -]',
    ]);
  });

  it('keeps CASUALTIES_IN for a combined "killed or wounded" total and for "casualties"', () => {
    expect(lines('Some 4,000 North Korean troops were killed or wounded over the winter.')).toEqual(['North Korean troops CASUALTIES_IN - [APPROXIMATELY 4000 troops]']);
    expect(lines('Ukrainian forces have suffered 1,430 casualties near Pokrovsk.')).toEqual(['Ukrainian troops CASUALTIES_IN Pokrovsk [EXACTLY 1430 casualties]']);
  });

  it('finds MISSING_IN', () => {
    expect(lines('At least 15 Malian soldiers were missing in Kidal.')).toEqual(['Malian troops MISSING_IN Kidal [AT_LEAST 15 soldiers]']);
  });

  it('makes a captured figure CAPTURED_BY, subject the captured force and object the captor', () => {
    expect(lines('The RSF said its forces had captured 43 Sudanese soldiers.')).toEqual([
      'Sudanese troops CAPTURED_BY Rapid Support Forces [EXACTLY 43 soldiers]',
    ]);
  });

  it('leaves the object null when no place is named', () => {
    expect(lines('At least 13 peacekeepers have been killed.')).toEqual(['peacekeepers KILLED_IN - [AT_LEAST 13 peacekeepers]']);
  });

  it('counts a figure of people with them as its subject', () => {
    expect(lines('At least 782 civilians have been killed in El Fasher.')).toEqual(['civilians KILLED_IN El Fasher [AT_LEAST 782 civilians]']);
  });

  it('gives the place of an attack to the figures that follow it', () => {
    expect(lines('Russian forces struck Kharkiv, killing at least six people and wounding 37.')).toEqual([
      'people KILLED_IN Kharkiv [AT_LEAST 6 people]',
      'people WOUNDED_IN Kharkiv [EXACTLY 37 -]',
      'Russian troops ATTACKED Kharkiv',
    ]);
  });

  it('does not count what is not a force: 12,000 labourers are not soldiers', () => {
    expect(lines('Some 12,000 North Korean labourers were sent to Russia.')).toEqual([]);
  });

  it('reads "its soldiers" in a speaker\'s words as the speaker\'s own force', () => {
    expect(lines('The Sudanese army said about 400 of its soldiers were killed in Bara.')).toEqual(['Sudanese troops KILLED_IN Bara [APPROXIMATELY 400 soldiers]']);
  });

});
