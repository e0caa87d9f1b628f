import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requestLoader } from '../common/context/request-loaders';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';

@Injectable()
export class UserLoader {
  constructor(private readonly users: UsersRepository) {}

  load(req: Request, id: string): Promise<User | null> {
    return requestLoader(
      req,
      'user',
      (ids) => this.users.findByIds(ids),
      (u) => u.id,
    ).load(id);
  }
}
