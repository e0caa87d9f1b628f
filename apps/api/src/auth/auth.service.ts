import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ActivityService } from '../activity/activity.service';
import { UsersRepository } from '../accounts/users.repository';
import type { User } from '../accounts/user.entity';
import { Clock } from '../common/clock';
import { InFlight } from '../common/in-flight';
import { AppError, notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import type { AuthToken } from './auth-token.entity';
import { AuthTokensRepository } from './auth-tokens.repository';
import { PasswordHasher } from './password-hasher';
import { adoptSession, type Principal } from './principal';
import { hashSecret, newSecret, TOKEN_PREFIX } from './secrets';
import { SESSION_IDLE_MS } from './session-cookie';
import { SignInLimiter } from './sign-in-limiter';

/** Last-use times are written at most this often, so busy clients do not write on every call. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class AuthService {
  private readonly lookUps = new InFlight<{ user: User; token: AuthToken } | null>();
  private readonly touches = new InFlight<void>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly tokens: AuthTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: SignInLimiter,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async signIn(email: string, password: string, principal: Principal) {
    const address = email.toLowerCase();
    await this.limiter.assertAllowed(address, principal.ip);
    const user = await this.users.findByEmail(address);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || user.deactivatedAt) {
      await this.limiter.recordFailure(address, principal.ip);
      if (user) {
        await this.unitOfWork.run((m) =>
          this.activity.record(m, principal, {
            action: 'auth.signIn',
            objectType: 'user',
            objectId: user.id,
            result: 'refused',
          }),
        );
      }
      throw new AppError('UNAUTHENTICATED', 'The e-mail address or password is not correct.');
    }
    await this.limiter.recordSuccess(address);
    return this.startSession(user, principal);
  }

  /**
   * Issues a session token; used by sign-in and by accepting an invitation. The rest of the
   * request then runs as `user`.
   */
  async startSession(user: User, principal: Principal): Promise<{ token: string; user: User }> {
    const token = newSecret(TOKEN_PREFIX.session);
    const tokenId = await this.unitOfWork.run(async (m) => {
      const record = await this.tokens.create(m, {
        userId: user.id,
        kind: 'session',
        name: 'web session',
        tokenHash: hashSecret(this.config.sessionSecret, token),
        expiresAt: new Date(this.clock.now().getTime() + SESSION_IDLE_MS),
      });
      await this.activity.record(
        m,
        { ...principal, user },
        {
          action: 'auth.signIn',
          objectType: 'session',
          objectId: record.id,
        },
      );
      return record.id;
    });
    adoptSession(principal, user, tokenId);
    return { token, user };
  }

  async signOut(principal: Principal): Promise<void> {
    const tokenId = principal.tokenId;
    if (!tokenId) return;
    await this.unitOfWork.run(async (m) => {
      await this.tokens.revoke(m, tokenId, this.clock.now());
      await this.activity.record(m, principal, {
        action: 'auth.signOut',
        objectType: 'session',
        objectId: tokenId,
      });
    });
  }

  /** Resolves a presented secret to its user, or null when unknown, revoked, expired or deactivated. */
  async authenticate(secret: string): Promise<{ user: User; token: AuthToken } | null> {
    if (secret.length > 200) return null;
    // Callers presenting the same secret at the same time (the sockets of one session after a
    // network blip) share one look-up instead of queueing a thousand identical ones. Keyed by the
    // hash, so no secret is kept in memory. A caller that joins a look-up begun just before a
    // sign-out may still pass, as it would have had it asked a moment earlier.
    const hash = hashSecret(this.config.sessionSecret, secret);
    return this.lookUps.run(hash, () => this.lookUp(hash));
  }

  private async lookUp(hash: string): Promise<{ user: User; token: AuthToken } | null> {
    const token = await this.tokens.findActiveByHash(hash);
    const now = this.clock.now();
    if (!token || (token.expiresAt && token.expiresAt <= now)) return null;
    const user = await this.users.findById(token.userId);
    if (!user || user.deactivatedAt) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      const expiresAt =
        token.kind === 'session' ? new Date(now.getTime() + SESSION_IDLE_MS) : token.expiresAt;
      await this.touchOnce(token.id, now, expiresAt);
    }
    return { user, token };
  }

  /**
   * Whether the session or token a long-lived socket was opened with still holds: not signed
   * out or revoked, not expired, the account not deactivated. Live streams ask before each event.
   */
  async sessionIsLive(principal: Principal): Promise<boolean> {
    if (!principal.user || !principal.tokenId) return false;
    const token = await this.tokens.findActiveById(principal.tokenId);
    if (!token || (token.expiresAt && token.expiresAt <= this.clock.now())) return false;
    const user = await this.users.findById(token.userId);
    return Boolean(user && !user.deactivatedAt);
  }

  /**
   * One write per token at a time: when many sockets of one session reconnect together (a
   * reconnect storm after a network blip), each would otherwise update the same row, and on
   * PostgreSQL those updates queue on its lock, one commit after another, while every socket's
   * authentication waits.
   */
  private touchOnce(id: string, at: Date, expiresAt: Date | null): Promise<void> {
    return this.touches.run(id, () => this.tokens.touch(id, at, expiresAt));
  }

  listPersonalTokens(user: User): Promise<AuthToken[]> {
    return this.tokens.findPersonalByUser(user.id);
  }

  async createPersonalToken(
    user: User,
    name: string,
    expiresInDays: number | undefined,
    principal: Principal,
  ) {
    const token = newSecret(TOKEN_PREFIX.personal);
    const expiresAt = expiresInDays
      ? new Date(this.clock.now().getTime() + expiresInDays * 86_400_000)
      : null;
    const personalAccessToken = await this.unitOfWork.run(async (m) => {
      const record = await this.tokens.create(m, {
        userId: user.id,
        kind: 'personal',
        name: name.trim(),
        tokenHash: hashSecret(this.config.sessionSecret, token),
        expiresAt,
      });
      await this.activity.record(m, principal, {
        action: 'token.created',
        objectType: 'personalAccessToken',
        objectId: record.id,
        detail: { name: record.name },
      });
      return record;
    });
    return { token, personalAccessToken };
  }

  async revokePersonalToken(user: User, id: string, principal: Principal): Promise<void> {
    const token = await this.tokens.findOwned(user.id, id);
    if (!token || token.kind !== 'personal') throw notFound('The token');
    await this.unitOfWork.run(async (m) => {
      await this.tokens.revoke(m, token.id, this.clock.now());
      await this.activity.record(m, principal, {
        action: 'token.revoked',
        objectType: 'personalAccessToken',
        objectId: token.id,
      });
    });
  }
}
