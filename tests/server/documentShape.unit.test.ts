import { getIntrospectionQuery, parse } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { readExamples } from '../../src/server';
import { lexShape, selectionShape } from '../../src/server/documentShape';
import { MAX_NESTING } from '../../src/server/documentGuard';
import { hideSchemaNames, requestNames } from '../../src/server/hideSchemaNames';

const shape = (query: string) => ({ ...lexShape(query, 1_000_000)!, ...selectionShape(parse(query)) });

describe('document shape', () => {
  it('finds every client document within the default limits, with headroom', async () => {
    // Every document the workbench sends: the exported strings of ui/src/queries.ts that are operations.
    const workbench = (Object.values(await import('../../ui/src/queries.js')) as unknown[]).filter((v): v is string => typeof v === 'string' && /^\s*(query|mutation)\b/.test(v));
    expect(workbench.length).toBeGreaterThan(3);
    const examples = readExamples().map((e) => e.document);
    const documents = [examples.join('\n'), ...examples, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), ...workbench];
    for (const document of documents) {
      const measured = shape(document);
      expect(measured.tokens).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens / 2);
      expect(measured.widestSelection).toBeLessThanOrEqual(DEFAULT_LIMITS.maxSelectionFields / 2);
      expect(measured.nesting).toBeLessThanOrEqual(MAX_NESTING / 8);
    }
  });

  it('counts tokens and nesting, and stops counting one past the limit', () => {
    expect(lexShape('{ a { b(c: [[1]]) } }', 100)).toEqual({ tokens: 15, nesting: 5, tooManyTokens: false });
    expect(lexShape(`{ ${'a '.repeat(50)}}`, 10)).toEqual({ tokens: 11, nesting: 1, tooManyTokens: true });
  });

  it('says nothing of a text that does not lex, so the parser can', () => {
    expect(lexShape('{ a "unterminated }', 100)).toBeNull();
  });

  it('measures a selection set with its inline fragments and fragment spreads merged in', () => {
    expect(shape('{ a b ... on Q { c d } ...F } fragment F on Q { e f g }').widestSelection).toBe(7);
    // A fragment spread many times is measured once; a cycle counts as nothing here.
    expect(shape('{ ...F ...F } fragment F on Q { a ...F }').widestSelection).toBe(2);
  });
});

describe('schema names in error messages', () => {
  it('keeps the names the request named and hides the rest', () => {
    const names = requestNames('{ search(txt: "a") { entity { nam } } }');
    expect(hideSchemaNames('Cannot query field "nam" on type "Entity".', names)).toBe('Cannot query field "nam" on type [hidden].');
    expect(hideSchemaNames('Unknown argument "txt" on field "Query.search".', names)).toBe('Unknown argument "txt" on field [hidden].');
    expect(hideSchemaNames('Field "search" argument "text" of type "String!" is required, but it was not provided.', names)).toBe(
      'Field "search" argument [hidden] of type [hidden] is required, but it was not provided.',
    );
  });

  it('counts the names and strings of the variables as named', () => {
    const names = requestNames('query($f: EntityFilter) { x(f: $f) }', { f: { colour: 'red' } });
    expect(hideSchemaNames('Variable "$f" got invalid value "red" at "f.colour"; Field "colour" is not defined by type "EntityFilter".', names)).toBe(
      'Variable "$f" got invalid value "red" at "f.colour"; Field "colour" is not defined by type "EntityFilter".',
    );
  });

  it('removes suggestions whole, hidden or not', () => {
    const names = requestNames('{ serch }');
    expect(hideSchemaNames('Cannot query field "serch" on type "Query". Did you mean "search"?', names)).toBe('Cannot query field "serch" on type [hidden].');
    expect(hideSchemaNames('Cannot query field "serch" on type "Query". [Suggestion hidden]?', names)).toBe('Cannot query field "serch" on type [hidden].');
  });
});
