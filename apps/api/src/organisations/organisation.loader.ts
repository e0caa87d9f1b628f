import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { loadById, requestLoader } from '../common/context/request-loaders';
import type { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationLoader {
  constructor(private readonly organisations: OrganisationsRepository) {}

  load(req: Request, id: string): Promise<Organisation | null> {
    return this.loader(req).load(id);
  }

  /** The organisations of `ids` that exist, in the order of `ids`. */
  async loadMany(req: Request, ids: readonly string[]): Promise<Organisation[]> {
    const found = await this.byIds(req, ids);
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  byIds(req: Request, ids: readonly string[]): Promise<Map<string, Organisation>> {
    return loadById(this.loader(req), ids);
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
