import { ESLint } from 'eslint';
import { getNamedType, isInterfaceType, isObjectType } from 'graphql';
import { buildSchema } from '../../src/api';
import { projectRoot } from '../../src/support';
import { pagingDescriptionsPending, PAGING_ARGUMENTS } from './pagingDescriptions';

/**
 * The schema lint of eslint.schema.cjs (@graphql-eslint: descriptions, naming, Relay connections)
 * over schema/*.graphql finds nothing: a new type, field, argument, enum value or input field
 * without a description, a badly named one, or a connection off Relay's specification fails here.
 */
// eslint.schema.cjs is CommonJS, for the eslint command line too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.schema.cjs');
const schema = buildSchema();

/** `field "claims"` names the field; a paging argument's gap waits for the paging branch (pagingDescriptions.ts). */
function connectionFields(): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name.endsWith('Connection')) names.add(field.name);
  }
  return names;
}

describe('the schema lint', () => {
  it('finds no problem in schema/*.graphql', async () => {
    const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: true, overrideConfig: config });
    const results = await eslint.lintFiles(['schema/*.graphql']);
    expect(results.length).toBeGreaterThanOrEqual(9);
    const pending = pagingDescriptionsPending(schema);
    const connections = connectionFields();
    const problems = results.flatMap((r) =>
      r.messages
        .filter((m) => {
          const paging = /^Description is required for input value "(\w+)" in field "(\w+)"$/.exec(m.message);
          return !(pending && m.ruleId === '@graphql-eslint/require-description' && paging && PAGING_ARGUMENTS.has(paging[1]!) && connections.has(paging[2]!));
        })
        .map((m) => `${r.filePath.slice(projectRoot.length + 1)}:${m.line} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
    // Loading the plugin and the schema takes long on a busy two-core machine.
  }, 180_000);
});
