import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { User } from '../accounts/user.entity';
import { InvitationsService } from '../accounts/invitations.service';
import { CurrentPrincipal, HttpResponse } from '../common/context/graphql-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthToken } from './auth-token.entity';
import {
  AcceptInvitationInput,
  CreatedPersonalAccessToken,
  CreatePersonalAccessTokenInput,
  SignInInput,
  SignInPayload,
} from './auth.inputs';
import { AuthService } from './auth.service';
import { Can } from './can.decorator';
import { signedInUser, type Principal } from './principal';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Can('auth.signIn')
  @Mutation(() => SignInPayload, {
    description: 'Signs in; sets the session cookie and returns the token.',
  })
  async signIn(
    @Args('input') input: SignInInput,
    @CurrentPrincipal() principal: Principal,
    @HttpResponse() res: Response,
  ): Promise<SignInPayload> {
    const session = await this.auth.signIn(input.email, input.password, principal);
    setSessionCookie(res, session.token, this.config);
    return session;
  }

  @Can('auth.acceptInvitation')
  @Mutation(() => SignInPayload, {
    description: 'Sets the password of an invited account and signs in.',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @CurrentPrincipal() principal: Principal,
    @HttpResponse() res: Response,
  ): Promise<SignInPayload> {
    const user = await this.invitations.accept(input.token, input.password, principal);
    const session = await this.auth.startSession(user, principal);
    setSessionCookie(res, session.token, this.config);
    return session;
  }

  @Can('auth.self')
  @Mutation(() => Boolean, { description: 'Ends the session or token this request came with.' })
  async signOut(
    @CurrentPrincipal() principal: Principal,
    @HttpResponse() res: Response,
  ): Promise<boolean> {
    await this.auth.signOut(principal);
    clearSessionCookie(res, this.config);
    return true;
  }

  @Can('auth.self')
  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentPrincipal() principal: Principal): User {
    return signedInUser(principal);
  }

  @Can('auth.self')
  @Query(() => [AuthToken])
  personalAccessTokens(@CurrentPrincipal() principal: Principal): Promise<AuthToken[]> {
    return this.auth.listPersonalTokens(signedInUser(principal));
  }

  @Can('auth.self')
  @Mutation(() => CreatedPersonalAccessToken)
  createPersonalAccessToken(
    @Args('input') input: CreatePersonalAccessTokenInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CreatedPersonalAccessToken> {
    return this.auth.createPersonalToken(
      signedInUser(principal),
      input.name,
      input.expiresInDays,
      principal,
    );
  }

  @Can('auth.self')
  @Mutation(() => Boolean)
  async revokePersonalAccessToken(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.auth.revokePersonalToken(signedInUser(principal), id, principal);
    return true;
  }
}
