import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DEMO_SIGN_INS } from './seed/demo-data';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(), {
    bufferLogs: true,
  });
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port);
  const lines = [`Ketenlab is running at ${config.publicUrl}`];
  if (config.demoData) {
    lines.push('Demo sign-ins (password for all: ' + DEMO_SIGN_INS.password + '):');
    for (const person of DEMO_SIGN_INS.people)
      lines.push(`  ${person.email.padEnd(34)} ${person.description}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Ketenlab could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
