import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

const PROBE = Symbol('probe');

/**
 * Whether a resolver is Nest's reader of a property of the same name with no default: it
 * answers the probe's value for that name and nothing for an empty object. Nest gives every
 * plain `@Field` such a resolver (`rootFieldResolver`); only those are probed.
 */
function readsOwnProperty(resolve: GraphQLFieldResolver<unknown, unknown>, name: string): boolean {
  if (resolve.name !== 'rootFieldResolver') return false;
  const call = resolve as (source: unknown) => unknown;
  return call({ [name]: PROBE }) === PROBE && call({}) === undefined;
}

/**
 * Takes Nest's resolver off fields that only read the property of their own name, leaving the
 * read to the executor. graphql-jit compiles a field without a resolver into a property access
 * in the generated code, but calls a resolver (with its resolve info and promise check) for
 * every field that has one: on a board of 500 hypotheses some 60,000 calls that each returned
 * `source[name]` (docs/benchmarks.md). graphql-js' default resolver reads the same property.
 * Renamed fields (`@Field({ name })`), defaults, middleware and `@ResolveField`s keep theirs.
 */
export function leavePlainFieldsToExecutor(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && readsOwnProperty(field.resolve, field.name)) field.resolve = undefined;
    }
  }
  return schema;
}
