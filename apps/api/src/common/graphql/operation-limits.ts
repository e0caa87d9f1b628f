import { depthLimit } from '@graphile/depth-limit';
import { OPERATION_LIMITS } from '@ketenlab/domain';
import { specifiedRules, validate } from 'graphql';

/**
 * `OPERATION_LIMITS`, checked while an operation is validated, before anything runs, so every
 * operation is cheap to refuse and bounded to run, whether interpreted or compiled.
 * Introspection has limits of its own (the library's). The refusal names the limit: it is
 * easily probed anyway, and callers need to know.
 */
export const operationLimits = depthLimit({ ...OPERATION_LIMITS, revealDetails: true });

/** graphql-js' validation with the limits added, for subscriptions over graphql-ws. */
export const validateWithLimits: typeof validate = (schema, document, rules, options, typeInfo) =>
  validate(schema, document, [...(rules ?? specifiedRules), operationLimits], options, typeInfo);
