// Page reads shaped by what a GraphQL selection shows: only the stored properties it needs.
export * from './projected';
