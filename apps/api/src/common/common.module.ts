import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Clock } from './clock';
import { AppErrorFilter } from './errors/app-error.filter';

@Global()
@Module({
  providers: [Clock, { provide: APP_FILTER, useClass: AppErrorFilter }],
  exports: [Clock],
})
export class CommonModule {}
