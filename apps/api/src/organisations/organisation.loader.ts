import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { loadExisting, requestLoader } from '../common/context/request-loaders';
import type { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationLoader {
  constructor(private readonly organisations: OrganisationsRepository) {}

  load(req: Request, id: string): Promise<Organisation | null> {
    return this.loader(req).load(id);
  }

  loadMany(req: Request, ids: readonly string[]): Promise<Organisation[]> {
    return loadExisting(this.loader(req), ids);
  }

  private loader(req: Request) {
    return requestLoader(
      req,
      'organisation',
      (ids) => this.organisations.findByIds(ids),
      (o) => o.id,
    );
  }
}
