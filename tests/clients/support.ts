import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { buildSchema } from '../../src/api';

/** Writes the SDL of the executable schema (the one the server runs) to `file`. */
export function writeSchemaSdl(file: string): void {
  writeFileSync(file, printSchema(buildSchema()));
}

/** The name of the one operation in a document. */
export function operationName(document: string): string {
  const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(document)?.[1];
  if (!name) throw new Error(`expected a named operation, but got:\n${document}`);
  return name;
}
