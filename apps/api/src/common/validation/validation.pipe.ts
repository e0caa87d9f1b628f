import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from '../errors/app-error';

/** The first failed constraint, with the dotted path of the field it belongs to. */
function firstProblem(
  errors: ValidationError[],
  prefix = '',
): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix + error.property;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], `${field}.`);
    if (nested) return nested;
  }
  return null;
}

/**
 * Validates every input type with its class-validator rules and answers BAD_USER_INPUT naming
 * the field. Unknown properties are refused rather than silently dropped.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', message: 'input is not valid' };
      return badInput(problem.field, problem.message);
    },
  });
}
