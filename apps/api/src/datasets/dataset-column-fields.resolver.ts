import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator';
import { ColumnValuesType, DatasetColumnType } from './dataset-profile.types';

@Resolver(() => DatasetColumnType)
export class DatasetColumnFieldsResolver {
  @Can('dataset.rows.read', ({ parent }) => ({ kind: 'dataset', id: parent.datasetId }))
  @ResolveField(() => ColumnValuesType, {
    description: 'Min, max, mean, histogram and frequent values: read from rows, so row-guarded.',
  })
  values(@Parent() column: DatasetColumnType): ColumnValuesType {
    const profile = column.source;
    const histogram = profile.histogram;
    const width = histogram ? (histogram.max - histogram.min) / histogram.counts.length : 0;
    return {
      min: profile.min === undefined ? null : String(profile.min),
      max: profile.max === undefined ? null : String(profile.max),
      mean: profile.mean ?? null,
      histogram: histogram
        ? histogram.counts.map((count, i) => ({
            from: histogram.min + i * width,
            to: i === histogram.counts.length - 1 ? histogram.max : histogram.min + (i + 1) * width,
            count,
          }))
        : [],
      topValues: [...profile.topValues],
      topValuesExact: profile.topValuesExact,
    };
  }
}
