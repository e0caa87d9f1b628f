import { Injectable } from '@nestjs/common';

/** The time, injectable so tests can move it (expiry, rate-limit windows). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
