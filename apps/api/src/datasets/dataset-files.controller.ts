import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Can } from '../auth/can.decorator';
import { principalOf } from '../auth/request-principal';
import { DatasetDownloadService } from './dataset-download.service';
import { DatasetUploadService } from './dataset-upload.service';
import { HttpRefusalFilter } from './http-refusal.filter';
import { HttpRefusal } from './upload-error';

/** Cookie callers must send this header: a cross-site form cannot, so no CSRF. */
export const CSRF_HEADER = 'x-ketenlab-csrf';

/**
 * The file routes of datasets. Authentication is the usual middleware (cookie or Bearer);
 * PermissionGuard applies @Can here as on resolvers, locating the dataset from the path.
 */
@Controller('api')
@UseFilters(HttpRefusalFilter)
export class DatasetFilesController {
  constructor(
    private readonly uploads: DatasetUploadService,
    private readonly downloads: DatasetDownloadService,
  ) {}

  @Can('dataset.upload', ({ args }) => ({ kind: 'dataset', id: args.datasetId }))
  @Post('projects/:projectId/datasets/:datasetId/versions')
  @HttpCode(201)
  async upload(
    @Param('projectId') projectId: string,
    @Param('datasetId') datasetId: string,
    @Req() req: Request,
  ) {
    const principal = principalOf(req);
    if (principal.origin === 'web' && !req.headers[CSRF_HEADER]) {
      throw new HttpRefusal(
        403,
        'CSRF',
        `Uploads from the browser must send the ${CSRF_HEADER} header.`,
      );
    }
    const version = await this.uploads.upload(req, projectId, datasetId, principal);
    return {
      id: version.id,
      datasetId: version.datasetId,
      number: version.number,
      fileName: version.fileName,
      format: version.format,
      byteSize: version.byteSize,
      rowCount: version.rowCount,
      columns: version.profile.columns.length,
    };
  }

  @Can('dataset.rows.read', ({ args }) => ({ kind: 'dataset', id: args.datasetId }))
  @Get('datasets/:datasetId/versions/:versionId/file')
  async download(
    @Param('datasetId') datasetId: string,
    @Param('versionId') versionId: string,
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.downloads.send(res, principalOf(req), datasetId, versionId, expires, signature);
  }
}
