import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requestLoader } from '../common/context/request-loaders';
import type { QuestionRegistration } from './question-registration.entity';
import type { RegistrationSignOffType } from './registration.types';
import { RegistrationsRepository } from './registrations.repository';

/** The sign-offs of every round in a response, in one statement. */
@Injectable()
export class RegistrationLoaders {
  constructor(private readonly registrations: RegistrationsRepository) {}

  async signOffs(req: Request, round: QuestionRegistration): Promise<RegistrationSignOffType[]> {
    const entry = await requestLoader(
      req,
      'registrationSignOffs',
      async (ids) => {
        const rows = await this.registrations.signOffsOf(ids);
        return ids.map((id) => ({ id, items: rows.filter((r) => r.registrationId === id) }));
      },
      (e) => e.id,
    ).load(round.id);
    return (entry?.items ?? []).map((row) => ({
      ...row,
      projectId: round.projectId,
      roundStatus: round.status,
    }));
  }
}
