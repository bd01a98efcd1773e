// The schema lint (issue 17): @graphql-eslint's rules for descriptions, naming and Relay connections
// over schema/*.graphql. `npm run lint:schema` runs it; tests/schema/lint.unit.test.ts runs it in CI
// and fails on any problem.
const graphql = require('@graphql-eslint/eslint-plugin');

module.exports = [
  {
    files: ['schema/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      // The schema is all the files together (extend type Query … in each domain's file).
      parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      // Every type, field, argument, enum value, input field and directive says what it is.
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true },
      ],
      // Descriptions are descriptions, not # comments (which introspection does not show).
      '@graphql-eslint/no-hashtag-description': 'error',
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          Argument: 'camelCase',
          DirectiveDefinition: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
        },
      ],
      // Relay's connection specification: …Connection types with edges and pageInfo, …Edge types
      // with node and cursor, a complete PageInfo.
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-page-info': 'error',
      // Every edge's node implements Node, and every connection pages both ways (first/after and
      // last/before), as issue 17 asks.
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false }],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
    },
  },
];
