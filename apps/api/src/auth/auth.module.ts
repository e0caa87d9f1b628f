import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthTokensRepository } from './auth-tokens.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthenticationMiddleware } from './authentication.middleware';
import { PasswordHasher } from './password-hasher';
import { PermissionGuard } from './permission.guard';
import { SignInLimiter } from './sign-in-limiter';
import { SocketAuthenticator } from './socket-authenticator';

@Global()
@Module({
  providers: [
    PasswordHasher,
    AuthTokensRepository,
    SignInLimiter,
    AuthService,
    AuthResolver,
    SocketAuthenticator,
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  exports: [PasswordHasher, AuthTokensRepository, AuthService, SocketAuthenticator],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthenticationMiddleware).forRoutes('{*path}');
  }
}
