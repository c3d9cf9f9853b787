import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, RateLimits } from '../../server/rate-limits.js';

describe('rate limits', () => {
  it('refuses the action after the window’s points are spent, saying how long to wait', async () => {
    const limits = new RateLimits({ ...DEFAULT_RATE_LIMITS, signoffsPerPersonDocument: { points: 2, durationSec: 3600 } });
    expect(await limits.consume('signoffsPerPersonDocument', 'amina/TM-1')).toEqual({ ok: true });
    expect(await limits.consume('signoffsPerPersonDocument', 'amina/TM-1')).toEqual({ ok: true });
    const third = await limits.consume('signoffsPerPersonDocument', 'amina/TM-1');
    expect(third.ok).toBe(false);
    expect(third.ok === false && third.retryAfterSec).toBeGreaterThan(3500);
  });

  it('counts each key on its own', async () => {
    const limits = new RateLimits({ ...DEFAULT_RATE_LIMITS, createsPerPerson: { points: 1, durationSec: 60 } });
    expect((await limits.consume('createsPerPerson', 'amina')).ok).toBe(true);
    expect((await limits.consume('createsPerPerson', 'amina')).ok).toBe(false);
    expect((await limits.consume('createsPerPerson', 'joseph')).ok).toBe(true);
  });

  it('tells whether a key is spent without counting', async () => {
    const limits = new RateLimits({ ...DEFAULT_RATE_LIMITS, failedAuthPerAddress: { points: 1, durationSec: 60 } });
    expect((await limits.spent('failedAuthPerAddress', '10.0.0.1')).ok).toBe(true);
    expect((await limits.spent('failedAuthPerAddress', '10.0.0.1')).ok).toBe(true);
    await limits.consume('failedAuthPerAddress', '10.0.0.1');
    expect((await limits.spent('failedAuthPerAddress', '10.0.0.1')).ok).toBe(false);
  });
});
