import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ProjectMember } from '../projects/project-member.entity';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repo().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<User[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo().findOneBy({ email: email.toLowerCase() });
  }

  listAll(): Promise<User[]> {
    return this.repo().find({ order: { name: 'ASC' } });
  }

  /** Active accounts of the given organisations whose name or address contains `query`. */
  /** Active accounts of the organisations that are not yet members of `notInProjectId`. */
  async searchInOrganisations(
    organisationIds: readonly string[],
    query: string,
    limit: number,
    notInProjectId: string,
  ): Promise<User[]> {
    if (!organisationIds.length) return [];
    const like = `%${query.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    return this.repo()
      .createQueryBuilder('u')
      .where('u.organisationId IN (:...organisationIds)', { organisationIds })
      .andWhere('u.deactivatedAt IS NULL')
      .andWhere((qb) => {
        const members = qb
          .subQuery()
          .select('m.userId')
          .from(ProjectMember, 'm')
          .where('m.projectId = :notInProjectId')
          .getQuery();
        return `u.id NOT IN ${members}`;
      })
      .setParameter('notInProjectId', notInProjectId)
      .andWhere("(LOWER(u.name) LIKE :like ESCAPE '\\' OR u.email LIKE :like ESCAPE '\\')", {
        like,
      })
      .orderBy('u.name', 'ASC')
      .take(limit)
      .getMany();
  }

  save(manager: EntityManager, user: User): Promise<User> {
    return this.repo(manager).save(user);
  }

  async insert(manager: EntityManager, user: Omit<User, 'createdAt'>): Promise<User> {
    return this.repo(manager).save(this.repo(manager).create(user));
  }
}
