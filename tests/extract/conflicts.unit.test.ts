import { describeClaim } from '../../src/extract/describeClaim';
import { extract, voice } from './extractHelpers';

const read = (text: string) => extract(text).claims.map((c) => `${describeClaim(c)} | ${voice(c)}`);

describe('the same rules across conflicts', () => {
  it('reads Sudan: the army and the RSF', () => {
    expect(read('The Rapid Support Forces (RSF) seized El Fasher on Sunday, the Sudanese army said. The army said about 400 of its soldiers were killed in the city.')).toEqual([
      'Rapid Support Forces SEIZED El Fasher | REPORTER Sudanese troops',
      'Sudanese troops KILLED_IN El Fasher [APPROXIMATELY 400 soldiers] | REPORTER Sudanese troops',
    ]);
  });

  it('reads DR Congo: M23 and Rwanda', () => {
    expect(read('The Rwanda-backed M23 took control of Goma. Rwanda has deployed between 3,000 and 4,000 soldiers to eastern Congo, a UN report said.')).toEqual([
      'M23 SEIZED Goma | SOURCE',
      'Rwanda SUPPORTS M23 | SOURCE',
      'Rwandan troops DEPLOYED_TO DR Congo [EXACTLY 3000-4000 soldiers] | REPORTER United Nations',
    ]);
  });

  it('reads the Sahel: Wagner in Mali', () => {
    expect(read('Some 2,000 Wagner fighters arrived in Mali in 2021. JNIM fighters attacked Bamako, according to the Malian army.')).toEqual([
      'Wagner Group DEPLOYED_TO Mali [APPROXIMATELY 2000 fighters] | SOURCE',
      'JNIM ATTACKED Bamako | REPORTER Malian troops',
    ]);
  });

  it('reads Myanmar: the Arakan Army and the military', () => {
    expect(read('The Arakan Army reportedly captured Paletwa in January.')).toEqual(['Arakan Army SEIZED Paletwa | UNATTRIBUTED']);
  });

  it('reads Gaza: strikes and their toll', () => {
    expect(read("Israeli air strikes killed 30 people in Rafah on Tuesday, Gaza's health ministry said.")).toEqual([
      "people KILLED_IN Rafah [EXACTLY 30 people] | REPORTER Gaza's health ministry",
      "Israeli troops ATTACKED Rafah | REPORTER Gaza's health ministry",
    ]);
  });
});
