import { DataSource } from 'typeorm';
import { databaseFromUrl } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run migration:generate`, `migration:run`): same options as the app. */
export default new DataSource(
  dataSourceOptions(
    databaseFromUrl(process.env['DATABASE_URL'], process.env['DATA_DIR'] ?? './data'),
  ),
);
