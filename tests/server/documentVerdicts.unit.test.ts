import { DEFAULT_LIMITS } from '../../src/config';
import { DocumentVerdicts, MAX_NESTING, MAX_REMEMBERED_LENGTH, REMEMBERED_VERDICTS } from '../../src/server/documentGuard';

/** The document guard's verdicts, judged once per text and remembered within bounds. */
const limits = { ...DEFAULT_LIMITS, maxTokens: 1_000, maxSelectionFields: 5 };

describe('document verdicts', () => {
  it('refuses a document too long, too deep or too wide, again when it comes back', () => {
    const verdicts = new DocumentVerdicts(limits);
    const long = `{ ${'a '.repeat(1_200)}}`;
    const deep = `${'{ a '.repeat(MAX_NESTING + 1)}${'}'.repeat(MAX_NESTING + 1)}`;
    const wide = '{ a b c d e f }';
    for (let i = 0; i < 2; i += 1) {
      expect(verdicts.of(long)).toEqual({ refusal: { code: 'GRAPHQL_PARSE_FAILED', message: expect.stringContaining('at most 1000 tokens') } });
      expect(verdicts.of(deep)).toEqual({ refusal: { code: 'GRAPHQL_PARSE_FAILED', message: expect.stringContaining(`nested at most ${MAX_NESTING} deep`) } });
      expect(verdicts.of(wide)).toEqual({ refusal: { code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringContaining('at most 5 fields') } });
    }
  });

  it('lists the operations of a document that passes, and none for one that does not parse', () => {
    const verdicts = new DocumentVerdicts(limits);
    const text = 'query Read { a } mutation Write { b } subscription Live { c } { d }';
    expect(verdicts.of(text)).toEqual({
      operations: [
        { name: 'Read', type: 'query' },
        { name: 'Write', type: 'mutation' },
        { name: 'Live', type: 'subscription' },
        { name: null, type: 'query' },
      ],
    });
    expect(verdicts.of(text)).toEqual(verdicts.of(text));
    expect(verdicts.of('{ a ')).toEqual({ operations: [] });
  });

  it(`keeps at most ${REMEMBERED_VERDICTS} verdicts, and none of a text over ${MAX_REMEMBERED_LENGTH} characters`, () => {
    const verdicts = new DocumentVerdicts(limits);
    for (let i = 0; i < REMEMBERED_VERDICTS + 50; i += 1) verdicts.of(`{ a${i} }`);
    expect(verdicts.size).toBe(REMEMBERED_VERDICTS);
    const padded = `{ a }${' '.repeat(MAX_REMEMBERED_LENGTH)}`;
    expect(verdicts.of(padded)).toEqual({ operations: [{ name: null, type: 'query' }] });
    expect(verdicts.size).toBe(REMEMBERED_VERDICTS);
  });
});
