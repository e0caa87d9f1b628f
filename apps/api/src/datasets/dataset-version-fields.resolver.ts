import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { schemaDiff, timeliness } from '@ketenlab/datasets';
import { LIMITS } from '@ketenlab/domain';
import type { Request } from 'express';
import { User } from '../accounts/user.entity';
import { UserLoader } from '../accounts/user.loader';
import { Can } from '../auth/can.decorator';
import { signedInUser, type Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { CurrentPrincipal, HttpRequest } from '../common/context/graphql-context';
import { badInput } from '../common/errors/app-error';
import {
  DatasetColumnType,
  DatasetProfileType,
  DatasetRowsPageType,
} from './dataset-profile.types';
import { cellText, DatasetPreviewService } from './dataset-preview.service';
import { DatasetVersionType, SchemaDiffType, TimelinessType } from './dataset-version.types';
import { DatasetVersionsLoader } from './dataset-versions.loader';
import { Dataset } from './dataset.entity';
import { DownloadLinks } from './download-links';

const ofParent = ({ parent }: { parent: { projectId: string } }) => parent.projectId;
/** Every path to rows names the dataset, so the guard applies the organisation rule to it. */
const rowsOf = ({ parent }: { parent: { datasetId: string } }) => ({
  kind: 'dataset',
  id: parent.datasetId,
});

@Resolver(() => Dataset)
export class DatasetVersionsFieldResolver {
  constructor(
    private readonly loader: DatasetVersionsLoader,
    private readonly clock: Clock,
  ) {}

  @Can('dataset.read', ofParent)
  @ResolveField(() => [DatasetVersionType], { description: 'Every version, newest first.' })
  versions(@Parent() dataset: Dataset, @HttpRequest() req: Request) {
    return this.loader.of(req, dataset);
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => DatasetVersionType, {
    nullable: true,
    description: 'Null before the first upload.',
  })
  async latestVersion(@Parent() dataset: Dataset, @HttpRequest() req: Request) {
    return (await this.loader.of(req, dataset))[0] ?? null;
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => TimelinessType, {
    description:
      'The timeliness quality indicator, from the latest upload and the update frequency.',
  })
  async timeliness(
    @Parent() dataset: Dataset,
    @HttpRequest() req: Request,
  ): Promise<TimelinessType> {
    const latest = (await this.loader.of(req, dataset))[0];
    if (!latest) return { status: 'unknown', nextUpdateDue: null, daysOverdue: 0 };
    return timeliness(latest.createdAt, dataset.updateFrequency, this.clock.now());
  }
}

@Resolver(() => DatasetVersionType)
export class DatasetVersionFieldsResolver {
  constructor(
    private readonly users: UserLoader,
    private readonly versions: DatasetVersionsLoader,
    private readonly preview: DatasetPreviewService,
    private readonly links: DownloadLinks,
  ) {}

  @Can('dataset.read', ofParent)
  @ResolveField(() => User)
  async uploadedBy(@Parent() version: DatasetVersionType, @HttpRequest() req: Request) {
    return (await this.users.load(req, version.uploadedById))!;
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => DatasetProfileType, {
    description: 'The shape of the data; values are row-guarded.',
  })
  profile(@Parent() version: DatasetVersionType): DatasetProfileType {
    const profile = version.entity.profile;
    const ids = {
      datasetId: version.datasetId,
      projectId: version.projectId,
      versionId: version.id,
    };
    return {
      ...ids,
      encoding: profile.encoding ?? null,
      delimiter: profile.delimiter ?? null,
      sheet: profile.sheet ?? null,
      rowCount: profile.rowCount,
      completeness: profile.completeness,
      columns: profile.columns.map((column, index): DatasetColumnType => ({
        ...ids,
        index,
        name: column.name,
        type: column.type,
        emptyCount: column.emptyCount,
        emptyShare: column.emptyShare,
        completeness: column.completeness,
        nonConforming: column.nonConforming,
        distinctCount: column.distinct.count,
        distinctExact: column.distinct.exact,
        numberFormat: column.numberFormat ?? null,
        source: column,
      })),
    };
  }

  @Can('dataset.read', ofParent)
  @ResolveField(() => SchemaDiffType, {
    nullable: true,
    description:
      'Columns added, removed and retyped since the previous version; null for the first.',
  })
  async schemaChanges(@Parent() version: DatasetVersionType, @HttpRequest() req: Request) {
    const all = await this.versions.of(req, {
      id: version.datasetId,
      projectId: version.projectId,
    });
    const previous = all.find((v) => v.number === version.number - 1);
    return previous ? schemaDiff(previous.entity.profile, version.entity.profile) : null;
  }

  @Can('dataset.rows.read', rowsOf)
  @ResolveField(() => [[String]], { description: 'The first rows of the file (up to 20).' })
  firstRows(@Parent() version: DatasetVersionType): Array<Array<string | null>> {
    return version.entity.profile.firstRows.map((row) => row.map(cellText));
  }

  @Can('dataset.rows.read', rowsOf)
  @ResolveField(() => [[String]], {
    description: 'Up to 20 rows drawn uniformly from the whole file.',
  })
  sampleRows(@Parent() version: DatasetVersionType): Array<Array<string | null>> {
    return version.entity.profile.sampleRows.map((row) => row.map(cellText));
  }

  @Can('dataset.rows.read', rowsOf)
  @ResolveField(() => DatasetRowsPageType, {
    description: 'A page of rows, read from the stored file.',
  })
  async rows(
    @Parent() version: DatasetVersionType,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<DatasetRowsPageType> {
    if (offset < 0) throw badInput('offset', 'offset cannot be negative');
    if (limit < 1 || limit > LIMITS.pageSizeMax) {
      throw badInput('limit', `limit must be between 1 and ${LIMITS.pageSizeMax}`);
    }
    return {
      versionId: version.id,
      offset,
      total: version.rowCount,
      columns: version.entity.profile.columns.map((c) => c.name),
      rows: await this.preview.page(version.entity, offset, limit),
    };
  }

  @Can('dataset.rows.read', rowsOf)
  @ResolveField(() => String, {
    description: 'A link to download the file, for you only, valid for five minutes.',
  })
  downloadUrl(@Parent() version: DatasetVersionType, @CurrentPrincipal() principal: Principal) {
    return this.links.make(version.datasetId, version.id, signedInUser(principal).id);
  }
}
