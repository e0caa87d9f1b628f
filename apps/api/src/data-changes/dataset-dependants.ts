import { Injectable } from '@nestjs/common';
import type { DatasetDependantKind } from '@ketenlab/domain';
import type { EntityManager } from 'typeorm';

/** Something that relies on a dataset, and the project it lives in. */
export interface DatasetDependant {
  id: string;
  projectId: string;
}

type FindDependants = (manager: EntityManager, datasetId: string) => Promise<DatasetDependant[]>;

/**
 * Who relies on a dataset. Each kind of dependant registers at start how to find its objects
 * relying on one (hypotheses: those whose evidence cites it), so this module imports none of
 * them and results and conclusions join by registering too.
 */
@Injectable()
export class DatasetDependants {
  private readonly finders = new Map<DatasetDependantKind, FindDependants>();

  register(kind: DatasetDependantKind, find: FindDependants): void {
    this.finders.set(kind, find);
  }

  async of(
    manager: EntityManager,
    datasetId: string,
  ): Promise<Array<DatasetDependant & { kind: DatasetDependantKind }>> {
    const found = [];
    for (const [kind, find] of this.finders) {
      for (const dependant of await find(manager, datasetId)) found.push({ ...dependant, kind });
    }
    return found;
  }
}
