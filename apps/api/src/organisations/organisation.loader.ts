import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requestLoader } from '../common/context/request-loaders';
import type { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationLoader {
  constructor(private readonly organisations: OrganisationsRepository) {}

  load(req: Request, id: string): Promise<Organisation | null> {
    return requestLoader(
      req,
      'organisation',
      (ids) => this.organisations.findByIds(ids),
      (o) => o.id,
    ).load(id);
  }

  loadMany(req: Request, ids: readonly string[]): Promise<Organisation[]> {
    return Promise.all(ids.map((id) => this.load(req, id))).then((all) =>
      all.filter((o): o is Organisation => o !== null),
    );
  }
}
