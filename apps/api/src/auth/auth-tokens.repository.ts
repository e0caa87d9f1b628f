import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuthToken, type TokenKind } from './auth-token.entity';

@Injectable()
export class AuthTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(AuthToken);
  }

  async create(
    manager: EntityManager,
    values: {
      userId: string;
      kind: TokenKind;
      name: string;
      tokenHash: string;
      expiresAt: Date | null;
    },
  ): Promise<AuthToken> {
    return this.repo(manager).save(this.repo(manager).create({ id: randomUUID(), ...values }));
  }

  findActiveByHash(tokenHash: string): Promise<AuthToken | null> {
    return this.repo().findOne({ where: { tokenHash, revokedAt: IsNull() } });
  }

  findActiveById(id: string): Promise<AuthToken | null> {
    return this.repo().findOne({ where: { id, revokedAt: IsNull() } });
  }

  findPersonalByUser(userId: string): Promise<AuthToken[]> {
    return this.repo().find({
      where: { userId, kind: 'personal', revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  findOwned(userId: string, id: string): Promise<AuthToken | null> {
    return this.repo().findOne({ where: { id, userId, revokedAt: IsNull() } });
  }

  async touch(id: string, at: Date, expiresAt: Date | null): Promise<void> {
    await this.repo().update({ id }, { lastUsedAt: at, expiresAt });
  }

  async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.repo(manager).update({ id }, { revokedAt: at });
  }

  async revokeAllOfUser(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await this.repo(manager).update({ userId, revokedAt: IsNull() }, { revokedAt: at });
  }
}
