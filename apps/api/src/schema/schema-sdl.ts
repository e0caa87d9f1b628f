import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app/app.module';

/** The SDL the code produces, built by booting the app over a throwaway in-memory database. */
export async function schemaSdl(): Promise<string> {
  const app = await NestFactory.create(
    AppModule.forRoot({
      NODE_ENV: 'test',
      DATABASE_URL: 'sqlite::memory:',
      REDIS_URL: undefined,
      SESSION_SECRET: 'x'.repeat(32),
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
    }),
    { logger: false },
  );
  await app.init();
  const sdl = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
  await app.close();
  return `# Generated from the code by \`npm run schema\`; do not edit.\n\n${sdl}\n`;
}
