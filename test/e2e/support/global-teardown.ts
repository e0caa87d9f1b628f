import type { RunningApi } from './api-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __ketenlabApi?: RunningApi }).__ketenlabApi?.stop();
}
