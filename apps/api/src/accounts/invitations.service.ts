import { Inject, Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import type { Principal } from '../auth/principal';
import { hashSecret, newSecret, TOKEN_PREFIX } from '../auth/secrets';
import { ActivityService } from '../activity/activity.service';
import { Clock } from '../common/clock';
import { AppError, conflict } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import type { EntityManager } from 'typeorm';
import { InvitationsRepository } from './invitations.repository';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { MAILER, type Mailer } from '../mail/mailer';
import { invitationMail } from './invitation-mail';
import type { InvitationLink } from './accounts.inputs';

const VALID_MS = 14 * 86_400_000;

/** Invitations are links with a single-use secret: no mail server is needed to hand one over. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @Inject(MAILER) private readonly mailer: Mailer | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Issues a fresh link for `user` inside the caller's transaction, closing older ones. */
  async issue(
    manager: EntityManager,
    user: User,
    principal: Principal,
  ): Promise<Omit<InvitationLink, 'mailed'>> {
    const now = this.clock.now();
    const token = newSecret(TOKEN_PREFIX.invitation);
    await this.invitations.closeOpenForUser(manager, user.id, now);
    const invitation = await this.invitations.create(manager, {
      userId: user.id,
      tokenHash: hashSecret(this.config.sessionSecret, token),
      invitedById: principal.user!.id,
      expiresAt: new Date(now.getTime() + VALID_MS),
    });
    return {
      user,
      url: `${this.config.publicUrl}/uitnodiging/${encodeURIComponent(token)}`,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * Mails the link when SMTP is configured; called after the commit, so no mail goes out for an
   * account that was not created. A failed send leaves the link for the administrator to hand over.
   */
  async deliver(link: Omit<InvitationLink, 'mailed'>): Promise<InvitationLink> {
    if (!this.mailer) return { ...link, mailed: false };
    try {
      await this.mailer.send({
        to: link.user.email,
        ...invitationMail(link.user.name, link.url, link.expiresAt),
      });
      return { ...link, mailed: true };
    } catch (error) {
      this.logger.warn(
        `Invitation mail to account ${link.user.id} failed: ${error instanceof Error ? error.message : error}`,
      );
      return { ...link, mailed: false };
    }
  }

  async accept(token: string, password: string, principal: Principal): Promise<User> {
    const invalid = new AppError(
      'BAD_USER_INPUT',
      'This invitation link is invalid, used or expired. Ask an administrator for a new one.',
      { field: 'token' },
    );
    const invitation = await this.invitations.findOpenByHash(
      hashSecret(this.config.sessionSecret, token),
    );
    const now = this.clock.now();
    if (!invitation || invitation.expiresAt <= now) throw invalid;
    const user = await this.users.findById(invitation.userId);
    if (!user || user.deactivatedAt) throw invalid;
    const passwordHash = await this.hasher.hash(password);
    return this.unitOfWork.run(async (m) => {
      if (!(await this.invitations.markAccepted(m, invitation.id, now)))
        throw conflict('This invitation has just been used.');
      user.passwordHash = passwordHash;
      const saved = await this.users.save(m, user);
      await this.activity.record(
        m,
        { ...principal, user: saved },
        {
          action: 'account.invitationAccepted',
          objectType: 'user',
          objectId: user.id,
        },
      );
      return saved;
    });
  }
}
