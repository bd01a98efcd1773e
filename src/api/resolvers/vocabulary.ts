import { GraphQLEnumType } from 'graphql';
import type { Resolvers } from '../../generated/graphql';
import { RELATIONSHIP_TYPES, relationshipType } from '../../vocabulary';

/** Query.vocabulary: src/vocabulary/'s declarations, with each type's description from the schema. */
export const vocabularyResolvers: Resolvers = {
  Query: {
    vocabulary: () => ({ relationshipTypes: [] }),
  },
  Vocabulary: {
    relationshipTypes: (_vocabulary, _args, _context, info) => {
      const enumType = info.schema.getType('RelationshipType');
      return RELATIONSHIP_TYPES.map((type) => {
        const attributes = relationshipType(type);
        return {
          type,
          label: attributes.label,
          description: enumType instanceof GraphQLEnumType ? (enumType.getValue(type)?.description ?? null) : null,
          provenanceOnly: attributes.role === 'PROVENANCE',
          symmetric: attributes.symmetric,
          subjectKinds: [...attributes.subjectKinds],
          objectKinds: [...attributes.objectKinds],
          objectOptional: attributes.objectOptional,
          figure: attributes.figure,
          timing: attributes.timing,
        };
      });
    },
  },
};
