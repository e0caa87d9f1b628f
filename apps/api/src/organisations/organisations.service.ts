import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { ActivityService } from '../activity/activity.service';
import { conflict, notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisations.inputs';
import { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  list(): Promise<Organisation[]> {
    return this.organisations.listAll();
  }

  async create(input: CreateOrganisationInput, principal: Principal): Promise<Organisation> {
    const name = input.name.trim();
    return this.unitOfWork.run(async (m) => {
      await this.assertNameFree(name, m);
      const organisation = Object.assign(new Organisation(), {
        id: randomUUID(),
        name,
        kind: input.kind,
        colour: input.colour.toLowerCase(),
      });
      const saved = await this.organisations.save(m, organisation);
      await this.activity.record(m, principal, {
        action: 'organisation.created',
        objectType: 'organisation',
        objectId: saved.id,
      });
      return saved;
    });
  }

  async update(input: UpdateOrganisationInput, principal: Principal): Promise<Organisation> {
    const organisation = await this.organisations.findById(input.id);
    if (!organisation) throw notFound('The organisation');
    return this.unitOfWork.run(async (m) => {
      if (input.name !== undefined && input.name.trim() !== organisation.name) {
        await this.assertNameFree(input.name.trim(), m);
        organisation.name = input.name.trim();
      }
      if (input.kind !== undefined) organisation.kind = input.kind;
      if (input.colour !== undefined) organisation.colour = input.colour.toLowerCase();
      const saved = await this.organisations.save(m, organisation);
      await this.activity.record(m, principal, {
        action: 'organisation.updated',
        objectType: 'organisation',
        objectId: saved.id,
      });
      return saved;
    });
  }

  private async assertNameFree(
    name: string,
    manager: Parameters<OrganisationsRepository['findByName']>[1],
  ) {
    if (await this.organisations.findByName(name, manager)) {
      throw conflict('An organisation with this name already exists.', 'name');
    }
  }
}
