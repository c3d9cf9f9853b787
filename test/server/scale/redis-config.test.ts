// `--redis` / POC_REDIS_URL (issue 17): a URL that is not Redis's stops the start with a message saying what to give.
import { describe, expect, it } from 'vitest';
import { checkRedisUrl } from '../../../server/config.js';

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
});
