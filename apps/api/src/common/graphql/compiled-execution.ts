import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import {
  GraphQLError,
  execute,
  getVariableValues,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Compilation = CompiledQuery | ExecutionResult;

/**
 * graphql-jit reports an error thrown by a resolver in a class of its own that has no
 * `extensions` unless the thrown error had some; Apollo's error formatting reads
 * `extensions.code` and, failing on it, would answer a bare "Internal server error" without
 * calling our `formatError` (which logs the original). The same error as graphql-js builds it.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
  });
  return Object.assign(rebuilt, { locations: error.locations });
}

/**
 * Runs queries as code compiled per document by graphql-jit instead of graphql-js' interpreter,
 * which on a board of 500 hypotheses (~80,000 fields) spent more CPU walking the answer than
 * the database spent producing it (docs/benchmarks.md). Mutations stay on graphql-js: their
 * answers are small, and graphql-jit's input coercion departs from the spec where a required
 * input field has a default (it reports the field missing), which only mutation inputs have.
 * Variables are coerced by graphql-js first for every operation, so a bad variable is refused
 * with the same error, code and status whichever executor runs.
 *
 * Apollo Server 4+ takes a custom executor only as a `gateway` (its migration guide says so);
 * this one serves the schema Nest built, unchanged.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps parsed documents in an LRU and hands the same object back for the same
  // query, so compilations live as long as their document does and no longer.
  const compilations = new WeakMap<DocumentNode, Map<string, Compilation | 'seen once'>>();
  /**
   * Compiling costs several executions' worth of CPU, so a query is compiled the second time
   * it comes: one seen once (a one-off, or each of a stream of distinct hostile queries) is
   * interpreted by graphql-js and costs what it always did.
   */
  const compiled = (document: DocumentNode, operationName: string | null) => {
    let byOperation = compilations.get(document);
    if (!byOperation) compilations.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    const known = byOperation.get(key);
    if (!known) {
      byOperation.set(key, 'seen once');
      return undefined;
    }
    if (known !== 'seen once') return known;
    const compilation = compileQuery(schema, document, operationName ?? undefined);
    byOperation.set(key, compilation);
    return compilation;
  };

  const executor: GatewayExecutor = async ({
    document,
    operation,
    operationName,
    request,
    context,
  }) => {
    const variables = request.variables ?? {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const compilation = operation.operation === 'query' && compiled(document, operationName);
    if (!compilation) {
      return execute({
        schema,
        document,
        operationName,
        contextValue: context,
        variableValues: variables,
      });
    }
    if (!isCompiledQuery(compilation)) return compilation;
    const result = await compilation.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  let announce: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => (announce = undefined);
    },
    async load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    // Nothing to release: compilations go with their documents.
    stop: () => Promise.resolve(),
  };
}

type ExpressHooks = Parameters<ApolloDriver['registerExpress']>[1];

/** Nest's Apollo driver, handing Apollo the compiled executor for the schema Nest built. */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  protected override registerExpress(
    options: ApolloDriverConfig,
    hooks?: ExpressHooks,
  ): Promise<void> {
    // Nest's config type leaves `gateway` out (it has a gateway driver of its own), so it is
    // added past the type; Apollo reads it and then ignores `schema`.
    const withGateway = { ...options, gateway: compiledExecution(options.schema!) };
    return super.registerExpress(withGateway as ApolloDriverConfig, hooks);
  }
}
