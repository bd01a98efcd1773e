import { describeClaim } from '../../src/extract/describeClaim';
import { extract, only, voice } from './extractHelpers';

describe('modality and negation', () => {
  it('makes "denied that …" a DENIED claim reported by the denier', () => {
    const claim = only("Rwanda's foreign ministry denied that Rwandan troops had been deployed to North Kivu.");
    expect([describeClaim(claim), voice(claim)]).toEqual(['Rwandan troops NOT DEPLOYED_TO North Kivu', "REPORTER Rwanda's foreign ministry"]);
  });

  it('makes "called the reports fake" and "dismissed … as" denials', () => {
    const called = only('Foreign ministry spokeswoman Maria Zakharova called the reports of North Korean troops in Kursk "fake news".');
    expect([describeClaim(called), voice(called)]).toEqual(['North Korean troops NOT DEPLOYED_TO Kursk', 'REPORTER Maria Zakharova']);
    const dismissed = only('The RSF dismissed reports that its fighters had attacked Zamzam as fabrications.');
    expect([describeClaim(dismissed), voice(dismissed)]).toEqual(['Rapid Support Forces NOT ATTACKED Zamzam', 'REPORTER Rapid Support Forces']);
  });

  it('warns about a denial of something the rules do not model', () => {
    const text = 'Moscow denied any involvement in the talks with Kyiv.';
    expect(extract(text).warnings).toEqual([{ sentence: text, start: 0, reason: 'a denial of something the rules do not model: nothing extracted' }]);
  });

  it.each([
    ['a negation', 'The Pentagon has seen no sign of North Korean troops being deployed to Ukraine.', 'a negation, not a statement'],
    ['a possibility', 'North Korean troops may have been deployed to Ukraine.', 'a possibility, not a statement'],
    ['"would not exclude"', 'Officials would not exclude that Russia sent troops to Belarus.', 'a plan or a future event, not a statement'],
    ['a plan', 'More North Korean troops are to be sent to Russia.', 'a plan or a future event, not a statement'],
    ['preparation', 'North Korea is preparing to send troops to Russia.', null],
    ['a future', 'Burundi will deploy troops to South Kivu.', null],
    ['a near miss', 'The soldier was about to be taken prisoner by Ukrainian troops.', null],
    ['an attempt', 'Russian forces attempted to capture Kurakhove.', null],
    ['a conditional', 'If Russia sends troops to Belarus, Poland will respond.', 'a condition, not a statement'],
  ])('takes no claim from %s', (_what, text, reason) => {
    const { claims, warnings } = extract(text);
    expect(claims).toEqual([]);
    if (reason) expect(warnings.map((w) => w.reason).join(' ')).toContain(reason);
  });

  it('names the sentence it takes nothing from, verbatim, with its offset', () => {
    const text = 'M23 seized Sake. North Korean troops may have been sent to Russia.';
    const { warnings } = extract(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.sentence).toBe('North Korean troops may have been sent to Russia.');
    expect(warnings[0]?.start).toBe(text.indexOf('North Korean'));
  });

  it.each([
    ['reportedly', 'M23 reportedly seized Sake.'],
    ['is believed to', 'Russia is believed to have moved 4,000 paratroopers to Kursk.'],
    ['allegedly', 'The RSF allegedly attacked Zamzam.'],
  ])('marks a statement hedged by "%s" and gives it credibility 3', (_word, text) => {
    const claim = only(text);
    expect([claim.hedged, claim.credibility]).toEqual([true, 3]);
  });
});
