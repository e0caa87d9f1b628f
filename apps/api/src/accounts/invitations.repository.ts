import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Invitation } from './invitation.entity';

@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    manager: EntityManager,
    values: Omit<Invitation, 'id' | 'createdAt' | 'acceptedAt'>,
  ) {
    const repo = manager.getRepository(Invitation);
    return repo.save(repo.create({ id: randomUUID(), acceptedAt: null, ...values }));
  }

  findOpenByHash(tokenHash: string): Promise<Invitation | null> {
    return this.dataSource.getRepository(Invitation).findOneBy({ tokenHash, acceptedAt: IsNull() });
  }

  /** Marks it used; false when another request used it first (single use under concurrency). */
  async markAccepted(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager
      .getRepository(Invitation)
      .update({ id, acceptedAt: IsNull() }, { acceptedAt: at });
    return (result.affected ?? 0) === 1;
  }

  async closeOpenForUser(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager
      .getRepository(Invitation)
      .update({ userId, acceptedAt: IsNull() }, { acceptedAt: at });
  }
}
