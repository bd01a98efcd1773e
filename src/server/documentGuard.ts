import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationTypeNode } from 'graphql';
import type { Config } from '../config';
import { lexShape, parseQuietly, selectionShape } from './documentShape';
import { getParameters } from './httpGuards';
import { OperationNotSupportedError } from './requestHygiene';

/**
 * Deepest nesting of `{`, `[` and `(` together that a document may have. The workbench nests 3, the
 * examples 7, the IDE's introspection 10, and LIMIT_MAX_DEPTH allows at most 100 selections; the
 * recursive parts of graphql-js (the parser, value coercion) overflow the stack near 2,400 levels.
 */
export const MAX_NESTING = 128;

/**
 * Refuses, before graphql-js sees it, a document that is too long (LIMIT_MAX_TOKENS), nested too
 * deep (MAX_NESTING) or too wide (LIMIT_MAX_SELECTION_FIELDS: fields of one selection set with its
 * fragments merged in, which graphql-js's overlap rule compares pairwise). Each is one linear pass
 * (documentShape.ts), so a refusal costs about as much as reading the text: HTTP 400 with
 * GRAPHQL_PARSE_FAILED (length, nesting) or GRAPHQL_VALIDATION_FAILED (width). A document that does
 * not lex or parse passes on to Apollo, whose syntax error says where. A subscription is refused
 * with 400 OPERATION_NOT_SUPPORTED, pointing to the WebSocket endpoint. A document that passes
 * leaves its operation's type in `res.locals.operationType`, for the idempotency keys and for the
 * timeout's answer (a mutation's outcome is then unknown).
 */
export function documentGuard(limits: Config['limits']) {
  const verdicts = new DocumentVerdicts(limits);
  return (req: Request, res: Response, next: NextFunction): void => {
    // Where Apollo reads it: a GET's document from its URL only (a body beside it is ignored there, so here too).
    const params = req.method === 'GET' ? getParameters(req) : null;
    const query = params ? params.get('query') : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') {
      next();
      return;
    }
    const verdict = verdicts.of(query);
    if ('refusal' in verdict) {
      res.status(400).json({ errors: [{ message: verdict.refusal.message, extensions: { code: verdict.refusal.code } }] });
      return;
    }
    const operationName = params ? params.get('operationName') : (req.body as { operationName?: unknown } | undefined)?.operationName;
    const operation = operationOf(verdict.operations, typeof operationName === 'string' ? operationName : undefined);
    if (operation?.type === 'subscription') {
      // Before validation: `subscription { x }` is a subscription over HTTP before it is a bad field.
      const error = new OperationNotSupportedError('subscription');
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: 'OPERATION_NOT_SUPPORTED' } }] });
      return;
    }
    if (operation) (res.locals as { operationType?: string }).operationType = operation.type;
    next();
  };
}

/** An operation of a document: its name (null when anonymous) and whether it is a query, a mutation or a subscription. */
type OperationOutline = { name: string | null; type: OperationTypeNode };

/** What the guard concluded of a document: refused (HTTP 400), or passed with the operations it holds (none when it does not parse). */
export type Verdict = { refusal: { code: string; message: string } } | { operations: readonly OperationOutline[] };

/** Documents longer than this are judged every time: a cache of them could hold megabytes. */
export const MAX_REMEMBERED_LENGTH = 16_384;

/** Verdicts remembered, the least recently used forgotten first. */
export const REMEMBERED_VERDICTS = 500;

/**
 * The guard's verdicts by document text. Clients send the same few documents over and over, and
 * lexing and parsing each one again was about a tenth of the CPU a small request costs the API; a
 * verdict depends on the text and the limits alone, so it is judged once and remembered (a bounded
 * map in order of use; documents over MAX_REMEMBERED_LENGTH are not kept).
 */
export class DocumentVerdicts {
  private readonly remembered = new Map<string, Verdict>();

  constructor(private readonly limits: Config['limits']) {}

  of(query: string): Verdict {
    const known = this.remembered.get(query);
    if (known) {
      // Refreshed: a Map iterates in insertion order, so the first key is the least recently used.
      this.remembered.delete(query);
      this.remembered.set(query, known);
      return known;
    }
    const verdict = judge(query, this.limits);
    if (query.length <= MAX_REMEMBERED_LENGTH) {
      this.remembered.set(query, verdict);
      if (this.remembered.size > REMEMBERED_VERDICTS) this.remembered.delete(this.remembered.keys().next().value as string);
    }
    return verdict;
  }

  get size(): number {
    return this.remembered.size;
  }
}

/** The guard's checks of one document (see documentGuard). */
function judge(query: string, limits: Config['limits']): Verdict {
  const lexed = lexShape(query, limits.maxTokens);
  if (lexed?.tooManyTokens) {
    return { refusal: { code: 'GRAPHQL_PARSE_FAILED', message: `Syntax Error: expected a document of at most ${limits.maxTokens} tokens, but got more. Parsing aborted.` } };
  }
  if (lexed && lexed.nesting > MAX_NESTING) {
    return { refusal: { code: 'GRAPHQL_PARSE_FAILED', message: `Syntax Error: expected brackets nested at most ${MAX_NESTING} deep, but got ${lexed.nesting}. Parsing aborted.` } };
  }
  const document = lexed ? parseQuietly(query, limits.maxTokens) : null;
  const shape = document ? selectionShape(document) : null;
  if (shape && shape.widestSelection > limits.maxSelectionFields) {
    return {
      refusal: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: `expected at most ${limits.maxSelectionFields} fields in one selection set (its fragments included), but got ${shape.widestSelection}`,
      },
    };
  }
  const operations = (document?.definitions ?? []).flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [{ name: definition.name?.value ?? null, type: definition.operation }] : [],
  );
  return { operations };
}

/** The operation a request runs, as graphql-js's getOperationAST picks it: the one named, else the only one. */
function operationOf(operations: readonly OperationOutline[], name: string | undefined): OperationOutline | null {
  if (name !== undefined) return operations.find((operation) => operation.name === name) ?? null;
  return operations.length === 1 ? (operations[0] ?? null) : null;
}
