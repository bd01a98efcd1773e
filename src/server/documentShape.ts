import { Kind, Lexer, Source, TokenKind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';

/**
 * How big a GraphQL document is, measured without graphql-js's validation: its tokens, how deep its
 * brackets nest, its widest selection set and its field selections in all. Each measure costs one
 * linear pass and no recursion, so a hostile document is measured in about the time it takes to
 * read it, and refused before the validation rules (whose overlap check grows with the square of a
 * selection set's width) or any recursive code (the parser, value coercion) sees it.
 *
 * @example
 *   lexShape('{ a { b } }', 100) // { tokens: 6, nesting: 2, tooManyTokens: false }
 */
export interface LexShape {
  /** Tokens read (the count stops one past `maxTokens`). */
  tokens: number;
  /** Deepest nesting of `{`, `[` and `(` together. */
  nesting: number;
  tooManyTokens: boolean;
}

export interface SelectionShape {
  /**
   * Fields of the widest selection set once its inline fragments and fragment spreads are merged
   * into it: the fields graphql-js's overlap rule compares pairwise.
   */
  widestSelection: number;
  /** Field selections written in the whole document, each fragment counted once. */
  fields: number;
}

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Counts tokens and bracket nesting with graphql-js's lexer (iterative). Returns null when the text
 * does not even lex: then the parser's own syntax error is the right answer, and it comes cheaply.
 */
export function lexShape(text: string, maxTokens: number): LexShape | null {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let depth = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > maxTokens) return { tokens, nesting, tooManyTokens: true };
      if (OPENING.has(token.kind)) {
        depth += 1;
        if (depth > nesting) nesting = depth;
      } else if (CLOSING.has(token.kind)) {
        depth -= 1;
      }
    }
  } catch {
    return null;
  }
  return { tokens, nesting, tooManyTokens: false };
}

/** Parses without locations; null when the document does not parse (Apollo will say why). */
export function parseQuietly(text: string, maxTokens: number): DocumentNode | null {
  try {
    return parse(text, { noLocation: true, maxTokens });
  } catch {
    return null;
  }
}

/**
 * Measures the selection sets of a parsed document. A fragment's merged width is computed once
 * (memoised), so the walk stays linear however often a fragment is spread; a fragment cycle counts
 * as nothing here (validation refuses it). Recursion is bounded by the nesting lexShape allowed.
 */
export function selectionShape(document: DocumentNode): SelectionShape {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  const fragmentWidths = new Map<string, number>();
  let widestSelection = 0;
  let fields = 0;
  const sets: SelectionSetNode[] = [];

  /** Fields merged into `set` at its own level; collects the field subselections to measure next. */
  const mergedWidth = (set: SelectionSetNode, collect: boolean): number => {
    let width = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        width += 1;
        if (collect) {
          fields += 1;
          if (selection.selectionSet) sets.push(selection.selectionSet);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        width += mergedWidth(selection.selectionSet, collect);
      } else {
        width += fragmentWidth(selection.name.value);
      }
    }
    return width;
  };
  const fragmentWidth = (name: string): number => {
    const known = fragmentWidths.get(name);
    if (known !== undefined) return known;
    const set = fragments.get(name);
    fragmentWidths.set(name, 0);
    const width = set ? mergedWidth(set, false) : 0;
    fragmentWidths.set(name, width);
    return width;
  };

  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) sets.push(definition.selectionSet);
  }
  for (let set = sets.pop(); set; set = sets.pop()) {
    widestSelection = Math.max(widestSelection, mergedWidth(set, true));
  }
  return { widestSelection, fields };
}
