/** The shared ioredis client; absent (null) when REDIS_URL is not configured. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
