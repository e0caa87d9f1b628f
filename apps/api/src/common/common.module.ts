import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Clock } from './clock';
import { AppErrorFilter } from './errors/app-error.filter';
import { DomainEvents } from './events/domain-events';

@Global()
@Module({
  providers: [Clock, DomainEvents, { provide: APP_FILTER, useClass: AppErrorFilter }],
  exports: [Clock, DomainEvents],
})
export class CommonModule {}
