/**
 * Limits that keep one client from hurting the others. A client past a limit
 * is disconnected with a reason; the server carries on.
 */

export interface Limits {
  /** Largest message accepted, in bytes (closed with 4413 and a reason past it; 0: no limit). */
  maxMessageBytes: number;
  /** Largest awareness (presence) update, in bytes. */
  maxAwarenessBytes: number;
  /** Most simultaneous connections one user may hold (0: no limit). */
  maxConnectionsPerUser: number;
  /** Sustained document and awareness updates per second per connection (0: no limit). */
  updatesPerSecond: number;
  /** Updates a connection may send in a burst above the sustained rate. */
  updatesBurst: number;
}

/** Defaults: generous for people typing (a fast typist sends ~15 updates/s), tight for floods. */
export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxAwarenessBytes: 64 * 1024,
  maxConnectionsPerUser: 64,
  updatesPerSecond: 200,
  updatesBurst: 1000,
};

/**
 * A token bucket: `take()` succeeds while tokens remain; tokens come back at
 * `rate` per second up to `burst`. A rate of 0 never refuses.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; returns false if the bucket is empty. */
  take(): boolean {
    if (this.rate <= 0) return true;
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
