import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * Where a resolver that has already been authorized keeps field values it loaded in one batch
 * for the objects it returns. A symbol, so nothing from outside the process (input, JSON, the
 * database) can carry it: only server code that passed the guard can set it.
 */
const PRELOADED = Symbol('ketenlab:preloaded-fields');

type WithPreloaded = { [PRELOADED]?: Record<string, unknown> };

/** Per GraphQL type name, the fields that may be preloaded; all others are left as built. */
const preloadable = new Map<string, Set<string>>();

/**
 * Declares fields of a type (schema names) that lists may preload with `withPreloaded`. Only
 * these are wrapped: the check costs a little on every resolution of the field, and a board
 * resolves some 80,000 plain fields that must not pay it.
 */
export function preloadableFields(typeName: string, fields: readonly string[]): void {
  preloadable.set(typeName, new Set([...(preloadable.get(typeName) ?? []), ...fields]));
}

/**
 * Attaches field values to an object returned by a resolver whose permission equals the one
 * each of these fields declares (e.g. the board, read under `hypothesis.read` for the same
 * project as every field of its hypotheses). Those fields are then answered from the values,
 * without their field resolver and the guard pipeline per object and field; objects without
 * them (every other path) still go through the field resolver and its guard.
 */
export function withPreloaded<T extends object>(object: T, values: Record<string, unknown>): T {
  (object as WithPreloaded)[PRELOADED] = values;
  return object;
}

/**
 * Lets preloaded values take precedence over the field resolvers Nest built (passed as
 * `transformSchema`), for the fields declared with `preloadableFields`. The schema's SDL does
 * not change.
 */
export function preferPreloaded(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, names] of preloadable) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || !names.has(field.name)) continue;
      const name = field.name;
      const wrapped: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const values = (source as WithPreloaded | null)?.[PRELOADED];
        return values && Object.prototype.hasOwnProperty.call(values, name)
          ? values[name]
          : resolve(source, args, context, info);
      };
      field.resolve = wrapped;
    }
  }
  return schema;
}
