import { Module } from '@nestjs/common';
import { DatasetsModule } from '../datasets/datasets.module';
import { HypothesesModule } from '../hypotheses/hypotheses.module';
import { QuestionsModule } from '../questions/questions.module';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoResearchSeeder } from './demo-research.seeder';

@Module({
  imports: [QuestionsModule, HypothesesModule, DatasetsModule],
  providers: [DemoDataSeeder, DemoResearchSeeder],
})
export class DemoDataModule {}
