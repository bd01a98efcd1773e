import type { NextFunction, Request, Response } from 'express';
import { getOperationAST } from 'graphql';
import type { Config } from '../config';
import { lexShape, parseQuietly, selectionShape } from './documentShape';
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
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? (req.method === 'GET' ? req.query.query : undefined);
    if (typeof query !== 'string') {
      next();
      return;
    }
    const refuse = (code: string, message: string) => {
      res.status(400).json({ errors: [{ message, extensions: { code } }] });
    };
    const lexed = lexShape(query, limits.maxTokens);
    if (lexed?.tooManyTokens) {
      refuse('GRAPHQL_PARSE_FAILED', `Syntax Error: expected a document of at most ${limits.maxTokens} tokens, but got more. Parsing aborted.`);
      return;
    }
    if (lexed && lexed.nesting > MAX_NESTING) {
      refuse('GRAPHQL_PARSE_FAILED', `Syntax Error: expected brackets nested at most ${MAX_NESTING} deep, but got ${lexed.nesting}. Parsing aborted.`);
      return;
    }
    const document = lexed ? parseQuietly(query, limits.maxTokens) : null;
    const shape = document ? selectionShape(document) : null;
    if (shape && shape.widestSelection > limits.maxSelectionFields) {
      refuse(
        'GRAPHQL_VALIDATION_FAILED',
        `expected at most ${limits.maxSelectionFields} fields in one selection set (its fragments included), but got ${shape.widestSelection}`,
      );
      return;
    }
    const operationName = (req.body as { operationName?: unknown } | undefined)?.operationName;
    const operation = document ? getOperationAST(document, typeof operationName === 'string' ? operationName : undefined) : null;
    if (operation?.operation === 'subscription') {
      // Before validation: `subscription { x }` is a subscription over HTTP before it is a bad field.
      const error = new OperationNotSupportedError('subscription');
      refuse('OPERATION_NOT_SUPPORTED', error.message);
      return;
    }
    if (operation) (res.locals as { operationType?: string }).operationType = operation.operation;
    next();
  };
}
