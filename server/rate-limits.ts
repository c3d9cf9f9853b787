/**
 * Rate limits on what one address, person or connection may do per window
 * (rate-limiter-flexible, in memory: one server process holds the counts;
 * with several instances (`--redis`), the counts live in Redis so every
 * instance spends the same allowance, and each falls back to its own memory
 * while Redis cannot be reached).
 *
 * Every limit is named here, with its default, so the numbers live in one
 * place; the HTTP layer answers 429 with Retry-After and the WebSocket layer
 * closes with 4529 when one is spent.
 */
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** One limit: at most `points` actions per `durationSec` seconds for one key. */
export interface RateLimitRule {
  points: number;
  durationSec: number;
}

/** The limits the server applies, by name. */
export interface RateLimitRules {
  /** Failed authentications (unknown, revoked or expired tokens) per client address. */
  failedAuthPerAddress: RateLimitRule;
  /** WebSocket connection attempts per client address. */
  connectsPerAddress: RateLimitRule;
  /** Connects refused with a valid credential (no such document, no access, bad id) per client address written one audit row each; past it they are summed. */
  refusedConnectsPerAddress: RateLimitRule;
  /** Single sign-on refusals (a forged, replayed or stale answer, a provider that cannot be reached) per client address written one audit row each; past it they are summed. */
  ssoRefusalsPerAddress: RateLimitRule;
  /** Sign-offs per person per document. */
  signoffsPerPersonDocument: RateLimitRule;
  /** Devices one person allows (`POST /api/device-codes`): each is an audit row and a place in the bounded table of waiting codes. */
  deviceCodesPerPerson: RateLimitRule;
  /** Documents created per person. */
  createsPerPerson: RateLimitRule;
  /** Named versions saved and restores made per person per document (server/docs/versions.ts). */
  versionSavesPerPersonDocument: RateLimitRule;
  /** Automatic versions one person's "I have seen this" marks may add per document (the others point at a version already kept). */
  viewedVersionsPerPersonDocument: RateLimitRule;
  /** Word and PDF exports per person (each lays out a whole document; a PDF starts Chromium's layout). */
  exportsPerPerson: RateLimitRule;
}

/** Defaults: far above what people do by hand, low enough to stop a script. */
export const DEFAULT_RATE_LIMITS: RateLimitRules = {
  failedAuthPerAddress: { points: 30, durationSec: 60 },
  connectsPerAddress: { points: 600, durationSec: 60 },
  refusedConnectsPerAddress: { points: 60, durationSec: 60 },
  ssoRefusalsPerAddress: { points: 60, durationSec: 60 },
  signoffsPerPersonDocument: { points: 10, durationSec: 3600 },
  deviceCodesPerPerson: { points: 30, durationSec: 3600 },
  createsPerPerson: { points: 100, durationSec: 3600 },
  versionSavesPerPersonDocument: { points: 30, durationSec: 3600 },
  viewedVersionsPerPersonDocument: { points: 12, durationSec: 3600 },
  exportsPerPerson: { points: 120, durationSec: 3600 },
};

/** The answer to "may this happen now?": yes, or no with how long to wait. */
export type RateVerdict = { ok: true } | { ok: false; retryAfterSec: number };

/** The server's rate limiters, one per rule. */
export class RateLimits {
  private readonly limiters: { [K in keyof RateLimitRules]: RateLimiterAbstract };

  /** `redis`: share the counts with the other instances through this client (keys under `poc:rl:`); without it, in memory. */
  constructor(
    readonly rules: RateLimitRules = DEFAULT_RATE_LIMITS,
    redis?: Redis,
  ) {
    const make = (name: keyof RateLimitRules): RateLimiterAbstract => {
      const r = rules[name];
      const memory = new RateLimiterMemory({ points: r.points, duration: r.durationSec });
      if (!redis) return memory;
      // Redis unreachable: counted in this instance's memory (the insurance) rather than refusing or letting all through.
      return new RateLimiterRedis({ storeClient: redis, keyPrefix: `poc:rl:${name}`, points: r.points, duration: r.durationSec, rejectIfRedisNotReady: true, insuranceLimiter: memory });
    };
    this.limiters = {
      failedAuthPerAddress: make('failedAuthPerAddress'),
      connectsPerAddress: make('connectsPerAddress'),
      refusedConnectsPerAddress: make('refusedConnectsPerAddress'),
      ssoRefusalsPerAddress: make('ssoRefusalsPerAddress'),
      signoffsPerPersonDocument: make('signoffsPerPersonDocument'),
      deviceCodesPerPerson: make('deviceCodesPerPerson'),
      createsPerPerson: make('createsPerPerson'),
      versionSavesPerPersonDocument: make('versionSavesPerPersonDocument'),
      viewedVersionsPerPersonDocument: make('viewedVersionsPerPersonDocument'),
      exportsPerPerson: make('exportsPerPerson'),
    };
  }

  /** Counts one action under `rule` for `key`; says no (with the wait) once the window's points are spent. */
  async consume(rule: keyof RateLimitRules, key: string): Promise<RateVerdict> {
    try {
      await this.limiters[rule].consume(key);
      return { ok: true };
    } catch (e) {
      if (e instanceof RateLimiterRes) return { ok: false, retryAfterSec: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
      throw e;
    }
  }

  /** Whether `key` has already spent its points under `rule`, without counting anything. */
  async spent(rule: keyof RateLimitRules, key: string): Promise<RateVerdict> {
    const res = await this.limiters[rule].get(key);
    if (!res || res.consumedPoints < this.rules[rule].points) return { ok: true };
    return { ok: false, retryAfterSec: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  }
}
