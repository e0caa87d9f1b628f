import { Injectable } from '@nestjs/common';
import type { DatasetDependantKind } from '@ketenlab/domain';
import type { Request } from 'express';
import { requestLoader } from '../common/context/request-loaders';
import type { DataChangeFlag } from './data-change-flag.entity';
import { DataChangeFlagsRepository } from './data-change-flags.repository';

/** The flags of a board full of dependants in one statement per kind (and per history choice). */
@Injectable()
export class DataChangeLoaders {
  constructor(private readonly flags: DataChangeFlagsRepository) {}

  async of(
    req: Request,
    kind: DatasetDependantKind,
    dependantId: string,
    includeAcknowledged: boolean,
  ): Promise<DataChangeFlag[]> {
    const entry = await requestLoader(
      req,
      `dataChanges.${kind}.${includeAcknowledged ? 'all' : 'open'}`,
      async (ids) => {
        const grouped = new Map<string, DataChangeFlag[]>(ids.map((id) => [id, []]));
        for (const flag of await this.flags.of(kind, ids, includeAcknowledged)) {
          grouped.get(flag.dependantId)?.push(flag);
        }
        return [...grouped].map(([id, items]) => ({ id, items }));
      },
      (e) => e.id,
    ).load(dependantId);
    return entry?.items ?? [];
  }
}
