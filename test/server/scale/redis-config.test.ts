// `--redis` / POC_REDIS_URL (issue 17): a URL that is not Redis's stops the start with a message saying what to give.
import { describe, expect, it } from 'vitest';
import { checkRedisUrl } from '../../../server/config.js';
import { RedisFanout } from '../../../server/scale/redis-fanout.js';
import { FanoutKey } from '../../../server/scale/fanout-key.js';
import pino from 'pino';

describe('the Redis URL setting', () => {
  it('accepts redis:// and rediss:// URLs as given', () => {
    expect(checkRedisUrl('redis://10.0.0.20:6379')).toBe('redis://10.0.0.20:6379');
    expect(checkRedisUrl('rediss://poc:secret@redis.example:6380/2')).toBe('rediss://poc:secret@redis.example:6380/2');
    expect(checkRedisUrl(null)).toBeNull();
  });

  it('refuses anything else, naming the flag and the variable without repeating a password', () => {
    expect(() => checkRedisUrl('http://poc:secret@10.0.0.20:6379')).toThrow(/not a Redis URL.*--redis or POC_REDIS_URL/);
    expect(() => checkRedisUrl('http://poc:secret@10.0.0.20:6379')).not.toThrow(/secret/);
    expect(() => checkRedisUrl('10.0.0.20:6379')).toThrow(/redis:\/\/127\.0\.0\.1:6379/);
  });

  it('never repeats a password given in the query or in a string that is no URL', () => {
    expect(() => checkRedisUrl('http://10.0.0.20:6379/?password=s3cret')).not.toThrow(/s3cret/);
    expect(() => checkRedisUrl('poc:s3cret@10.0.0.20:6379')).not.toThrow(/s3cret/);
  });

  it('/healthz names an unreachable Redis without the password its URL carries in the query', async () => {
    const fanout = new RedisFanout({ url: 'redis://127.0.0.1:1/?password=s3cret', key: new FanoutKey(Buffer.alloc(32, 1)), storage: { loadUpdatesSince: async () => ({ updates: [], lastSeq: 0 }) }, logger: pino({ level: 'silent' }) });
    try {
      expect(fanout.health().reason).toMatch(/^Redis \(redis:\/\/127\.0\.0\.1:1\/\?\*\*\*\) cannot be reached/);
    } finally {
      await fanout.close();
    }
  });
});
