import { Module } from '@nestjs/common';
import { HypothesesModule } from '../hypotheses/hypotheses.module';
import { QuestionsModule } from '../questions/questions.module';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoResearchSeeder } from './demo-research.seeder';

@Module({
  imports: [QuestionsModule, HypothesesModule],
  providers: [DemoDataSeeder, DemoResearchSeeder],
})
export class DemoDataModule {}
