import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from './app-error';

const KNOWN = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What leaves the server: our own errors and GraphQL's request errors as they are, anything
 * else as a generic internal error. Stack traces never go out; the log keeps the original.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  log: (error: unknown) => void,
  original: unknown,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    const rewritten = withoutEchoedValue(original);
    return rewritten
      ? {
          ...formatted,
          message: rewritten.message,
          extensions: { ...extensions, ...rewritten.extensions },
        }
      : { ...formatted, extensions };
  }
  log(original);
  return {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const VARIABLE_PREFIX = /^Variable "\$([^"]+)" got invalid value /;
const AT_PATH = / at "[^"]+?\.([^"]+)"$/;
const NAMED_FIELD = /^Field "([^"]+)" (?:is not defined|of required type)/;

/**
 * graphql-js words a bad variable as `Variable "$input" got invalid value { email: …, password:
 * "…" }; Field "x" is not defined…`, echoing the whole value, secrets included, to the client and
 * to anything that logs responses. Keep the reason and where it is; drop the value. The field is
 * named in `extensions.field`, as our own validation does.
 */
function withoutEchoedValue(
  original: unknown,
): { message: string; extensions: { field?: string } } | undefined {
  if (!(original instanceof GraphQLError) || !(original.originalError instanceof Error))
    return undefined;
  const variable = VARIABLE_PREFIX.exec(original.message)?.[1];
  const reason = original.originalError.message;
  if (!variable || !original.message.endsWith(`; ${reason}`)) return undefined;
  const prefix = original.message.slice(0, original.message.length - reason.length - 2);
  const path = AT_PATH.exec(prefix)?.[1];
  const field = [path, NAMED_FIELD.exec(reason)?.[1]].filter(Boolean).join('.') || undefined;
  return {
    message: `Variable "$${variable}" is not valid${path ? ` at "${path}"` : ''}: ${reason}`,
    extensions: field ? { field } : {},
  };
}
