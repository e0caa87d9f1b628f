import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(Organisation);
  }

  listAll(): Promise<Organisation[]> {
    return this.repo().find({ order: { name: 'ASC' } });
  }

  findById(id: string): Promise<Organisation | null> {
    return this.repo().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByName(name: string, manager?: EntityManager): Promise<Organisation | null> {
    return this.repo(manager).findOneBy({ name });
  }

  count(): Promise<number> {
    return this.repo().count();
  }

  save(manager: EntityManager, organisation: Organisation): Promise<Organisation> {
    return this.repo(manager).save(organisation);
  }
}
