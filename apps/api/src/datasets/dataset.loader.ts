import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requestLoader } from '../common/context/request-loaders';
import type { Dataset } from './dataset.entity';
import { DatasetsRepository } from './datasets.repository';

/** Datasets by id, batched per request, for objects that point at one (reports, flags). */
@Injectable()
export class DatasetLoader {
  constructor(private readonly datasets: DatasetsRepository) {}

  load(req: Request, id: string): Promise<Dataset | null> {
    return requestLoader(
      req,
      'datasetById',
      (ids) => this.datasets.findByIds(ids),
      (d) => d.id,
    ).load(id);
  }
}
