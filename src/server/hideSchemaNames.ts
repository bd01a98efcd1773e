import { Lexer, Source, TokenKind } from 'graphql';

/**
 * The rule for error messages while introspection is off: a message may name only what the request
 * itself named. Every double-quoted term of a message (graphql-js quotes each name it mentions:
 * fields, types such as "[EntityKind!]!", arguments, "Type.field" coordinates, enum values,
 * variables, directives) is kept when each name in it is a name of the request, that is a name token
 * of its document (or one of its literal values) or a key or string of its variables; otherwise the whole term becomes `[hidden]`,
 * unquoted. Suggestions ("Did you mean …?", and graphql-armor's "[Suggestion hidden]") are removed
 * whole, since even their presence says that a near name exists.
 *
 * @example
 *   hideSchemaNames('Cannot query field "nam" on type "Entity". Did you mean "name"?', requestNames('{ entity { nam } }'))
 *   // 'Cannot query field "nam" on type [hidden].'
 */
export const HIDDEN = '[hidden]';

/** Names of the request: the document's names and literal values, its variables' keys and strings. */
export function requestNames(query: string | undefined, variables?: unknown): Set<string> {
  const names = new Set<string>();
  if (query) {
    try {
      const lexer = new Lexer(new Source(query));
      for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
        if (token.value) names.add(token.value);
      }
    } catch {
      // A document that does not lex named what it named up to there.
    }
  }
  // Variables: an explicit stack, and a bound, so a hostile value costs little.
  const stack: unknown[] = [variables];
  for (let seen = 0; stack.length > 0 && seen < 10_000; seen += 1) {
    const value = stack.pop();
    if (typeof value === 'string') names.add(value);
    else if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        names.add(key);
        stack.push(inner);
      }
    }
  }
  return names;
}

const SUGGESTION = /\s*(Did you mean [^?]*\?|\[Suggestion hidden\]\??)/g;
const QUOTED = /"([^"\n]{0,200})"/g;

/** Whether every GraphQL name inside a quoted term is one the request named. */
function namedByRequest(term: string, names: ReadonlySet<string>): boolean {
  if (names.has(term)) return true;
  const parts = term.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? [];
  return parts.every((part) => names.has(part));
}

export function hideSchemaNames(message: string, names: ReadonlySet<string>): string {
  return message
    .replace(SUGGESTION, '')
    .replace(QUOTED, (whole, term: string) => (namedByRequest(term, names) ? whole : HIDDEN));
}
