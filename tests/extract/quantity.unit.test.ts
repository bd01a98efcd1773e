import { normalise } from '../../src/extract/normalise';
import { findQuantities } from '../../src/extract/quantity';

/** Quantities are read in the normalised text (en dash → hyphen), whose offsets are the text's. */
const read = (text: string) => findQuantities(normalise(text)).map((q) => [text.slice(q.start, q.end), q.value, q.upper, q.qualifier]);

describe('quantities as written', () => {
  it.each([
    ['10,000 troops', ['10,000', 10000, null, 'EXACTLY']],
    ['1.5 million people', ['1.5 million', 1500000, null, 'EXACTLY']],
    ['two soldiers', ['two', 2, null, 'EXACTLY']],
    ['twenty-five fighters', ['twenty-five', 25, null, 'EXACTLY']],
    ['some four-thousand troops', ['some four-thousand', 4000, null, 'APPROXIMATELY']],
    ['35-hundred troops', ['35-hundred', 3500, null, 'EXACTLY']],
    ['a dozen soldiers', ['a dozen', 12, null, 'APPROXIMATELY']],
    ['dozens of rebels', ['dozens', 24, null, 'AT_LEAST']],
    ['hundreds of fighters', ['hundreds', 200, null, 'AT_LEAST']],
    ['thousands of troops', ['thousands', 2000, null, 'AT_LEAST']],
    ['tens of thousands of troops', ['tens of thousands', 20000, null, 'AT_LEAST']],
    ['10,000 to 12,000 troops', ['10,000 to 12,000', 10000, 12000, 'EXACTLY']],
    ['10,000-12,000 troops', ['10,000-12,000', 10000, 12000, 'EXACTLY']],
    ['10,000–12,000 troops', ['10,000–12,000', 10000, 12000, 'EXACTLY']],
    ['between 3,000 and 4,000 troops', ['between 3,000 and 4,000', 3000, 4000, 'EXACTLY']],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ['more than', 'AT_LEAST'],
    ['over', 'AT_LEAST'],
    ['at least', 'AT_LEAST'],
    ['about', 'APPROXIMATELY'],
    ['roughly', 'APPROXIMATELY'],
    ['some', 'APPROXIMATELY'],
    ['nearly', 'APPROXIMATELY'],
    ['close to', 'APPROXIMATELY'],
    ['up to', 'AT_MOST'],
    ['at most', 'AT_MOST'],
    ['as many as', 'AT_MOST'],
  ])('reads "%s" as %s', (word, qualifier) => {
    expect(read(`${word} 3,000 troops`)).toEqual([[`${word} 3,000`, 3000, null, qualifier]]);
  });

  it('takes years, dates, ordinals, percentages and names for no quantity', () => {
    expect(read('In 2024 the 155th brigade of M23 lost 5% on March 3 at 5 pm.')).toEqual([]);
  });

  it('keeps two figures of one sentence apart', () => {
    expect(read('about 400 killed and 1,900 wounded')).toEqual([
      ['about 400', 400, null, 'APPROXIMATELY'],
      ['1,900', 1900, null, 'EXACTLY'],
    ]);
  });
});
