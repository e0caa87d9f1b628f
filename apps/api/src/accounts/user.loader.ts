import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { loadById, requestLoader } from '../common/context/request-loaders';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';

@Injectable()
export class UserLoader {
  constructor(private readonly users: UsersRepository) {}

  load(req: Request, id: string): Promise<User | null> {
    return this.loader(req).load(id);
  }

  byIds(req: Request, ids: readonly string[]): Promise<Map<string, User>> {
    return loadById(this.loader(req), ids);
  }

  private loader(req: Request) {
    return requestLoader(
      req,
      'user',
      (ids) => this.users.findByIds(ids),
      (u) => u.id,
    );
  }
}
