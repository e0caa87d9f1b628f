import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostgresSearchIndex } from './postgres-search-index';
import { SearchIndex } from './search-index';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SqliteSearchIndex } from './sqlite-search-index';

@Global()
@Module({
  providers: [
    {
      provide: SearchIndex,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) =>
        dataSource.options.type === 'postgres'
          ? new PostgresSearchIndex(dataSource)
          : new SqliteSearchIndex(dataSource),
    },
    SearchService,
    SearchResolver,
  ],
  exports: [SearchIndex],
})
export class SearchModule {}
