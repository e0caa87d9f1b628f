import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { principalOf } from '../../auth/request-principal';

export interface GraphqlContext {
  req: Request;
  res: Response;
}

/** The caller of the current GraphQL operation. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  principalOf(GqlExecutionContext.create(context).getContext<GraphqlContext>().req),
);

/** The HTTP request, for per-request loaders. */
export const HttpRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().req,
);

/** The HTTP response, for resolvers that set or clear the session cookie. */
export const HttpResponse = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().res,
);
