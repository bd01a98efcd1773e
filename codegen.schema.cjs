// The schema graphql-codegen reads: every schema/*.graphql, in name order, as one text, exactly as
// src/api/schema.ts reads them. Loading the files one by one (a glob or a list) merges them in the
// order they finish reading, and with `sort: false` that order would show in the output.
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { buildSchema } = require('graphql');

const dir = path.join(__dirname, 'schema');
module.exports = buildSchema(
  readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n'),
);
