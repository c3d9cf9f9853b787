// Rate limits shared by several instances (issue 17): counted in one Redis, so an address or a person spends one
// allowance whichever instance it reaches; while Redis is away each instance counts in its own memory.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, RateLimits } from '../../server/rate-limits.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';

describe('rate limits counted in Redis', () => {
  let redis: TestRedis;
  const clients: Redis[] = [];
  /** An instance's limits: its own Redis client, as each server has. */
  const instance = (points: number) => {
    const client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => 100 });
    client.on('error', () => {});
    clients.push(client);
    return { client, limits: new RateLimits({ ...DEFAULT_RATE_LIMITS, failedAuthPerAddress: { points, durationSec: 60 } }, client) };
  };
  const ready = (c: Redis) => new Promise<void>((resolve) => (c.status === 'ready' ? resolve() : c.once('ready', () => resolve())));

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis?.stop();
  });

  it('failed logins spent through one instance are refused by the other', async () => {
    const a = instance(3);
    const b = instance(3);
    await Promise.all([ready(a.client), ready(b.client)]);
    for (let i = 0; i < 3; i++) expect((await a.limits.consume('failedAuthPerAddress', '10.0.0.7')).ok).toBe(true);
    const verdict = await b.limits.spent('failedAuthPerAddress', '10.0.0.7');
    expect(verdict.ok).toBe(false);
    expect(verdict.ok === false && verdict.retryAfterSec).toBeGreaterThan(50);
  });

  it('while Redis cannot be reached, an instance still counts in its own memory', async () => {
    const a = instance(2);
    await ready(a.client);
    await redis.kill();
    try {
      expect((await a.limits.consume('failedAuthPerAddress', '10.0.0.8')).ok).toBe(true);
      expect((await a.limits.consume('failedAuthPerAddress', '10.0.0.8')).ok).toBe(true);
      expect((await a.limits.consume('failedAuthPerAddress', '10.0.0.8')).ok).toBe(false);
    } finally {
      await redis.restart();
    }
  });
});
