import { Module } from '@nestjs/common';
import { DatasetsModule } from '../datasets/datasets.module';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({ imports: [DatasetsModule], providers: [DemoDataSeeder] })
export class DemoDataModule {}
