import { validateGoldArticle } from '../../src/evaluation';
import { goldArticle, goldFact } from './factories';

const valid = () => JSON.parse(JSON.stringify(goldArticle([goldFact()]))) as Record<string, any>;

describe('validateGoldArticle', () => {
  it('accepts a complete article and returns it', () => {
    const { article, errors } = validateGoldArticle(valid(), '01-test');
    expect(errors).toEqual([]);
    expect(article?.facts).toHaveLength(1);
  });

  it('names the field, the allowed values and the value it got for a bad enum', () => {
    const json = valid();
    json.facts[0].predicate = 'KILLS';
    const { article, errors } = validateGoldArticle(json);
    expect(article).toBeNull();
    expect(errors).toEqual([expect.stringMatching(/^facts\[0\]\.predicate: expected one of DEPLOYED_TO, CAPTURED_BY, .*SEIZED, but got "KILLS"$/)]);
  });

  it('refuses the provenance types as fact predicates', () => {
    const json = valid();
    json.facts[0].predicate = 'REPORTED_BY';
    expect(validateGoldArticle(json).errors[0]).toMatch(/^facts\[0\]\.predicate: expected one of .*but got "REPORTED_BY"$/);
  });

  it('refuses an excerpt or a noClaim sentence that is not verbatim in the text', () => {
    const json = valid();
    json.facts[0].excerpt = 'About 300 North Korean soldiers were killed in Kursk.';
    json.noClaim = ['North Korea might send more troops.'];
    expect(validateGoldArticle(json).errors).toEqual([
      'facts[0].excerpt: expected a verbatim substring of text, but got "About 300 North Korean soldiers were killed in Kursk."',
      'noClaim[0]: expected a verbatim substring of text, but got "North Korea might send more troops."',
    ]);
  });

  it('refuses a noClaim sentence that overlaps a fact excerpt', () => {
    const json = valid();
    json.noClaim = ['killed in Kursk'];
    expect(validateGoldArticle(json).errors).toEqual([expect.stringMatching(/^noClaim\[0\]: expected no overlap with facts\[0\]\.excerpt/)]);
  });

  it('refuses unknown and missing fields, bad dates, a bad quantity and an id unlike the file name', () => {
    const json = valid();
    json.facts[0].predicat = 'KILLED_IN';
    delete json.facts[0].hedged;
    json.facts[0].validFrom = '2024-13';
    json.facts[0].quantity = { value: 10, upper: 5, qualifier: 'ROUGHLY' };
    json.publishedAt = '13 January 2025';
    const errors = validateGoldArticle(json, '02-other').errors;
    expect(errors).toEqual(expect.arrayContaining([
      'id: expected "02-other" (the file name), but got "01-test"',
      'facts[0].predicat: expected one of the fields subject, subjectKind, predicate, object, objectKind, polarity, quantity, validFrom, validTo, reporter, intermediary, hedged, excerpt, but got an unknown field',
      'facts[0].hedged: expected a value (null where allowed), but got nothing',
      'facts[0].validFrom: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "2024-13"',
      'facts[0].quantity.upper: expected null or a number above value, but got 5',
      'facts[0].quantity.qualifier: expected one of EXACTLY, AT_LEAST, AT_MOST, APPROXIMATELY, but got "ROUGHLY"',
      'publishedAt: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "13 January 2025"',
    ]));
  });

  it('requires objectKind exactly when there is an object, and a reporter when there is an intermediary', () => {
    const json = valid();
    json.facts[0].objectKind = null;
    json.facts[0].reporter = null;
    json.facts[0].intermediary = ['Lee Seong-kweun'];
    const errors = validateGoldArticle(json).errors;
    expect(errors).toEqual([
      expect.stringMatching(/^facts\[0\]\.objectKind: expected null exactly when object is null/),
      expect.stringMatching(/^facts\[0\]\.intermediary: expected null when reporter is null/),
    ]);
  });

  it('says what it got when the file is not an object', () => {
    expect(validateGoldArticle([1, 2]).errors).toEqual(['expected a JSON object, but got [1,2]']);
  });
});
