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
  /**
   * Largest stored state of one document, in bytes (0: no limit). Measured as the bytes of its stored updates
   * (the store's rows, shrunk by compaction); an update that would take it past this is refused with 4413.
   */
  maxDocBytes: number;
  /** Sustained presence (awareness) updates per second per connection (0: no limit); past the burst, closed with 4529. */
  awarenessPerSecond: number;
  /** Presence updates a connection may send in a burst above the sustained rate. */
  awarenessBurst: number;
  /** Sustained presence bytes per second per connection (0: no limit); past the burst, closed with 4529. */
  awarenessBytesPerSecond: number;
  /** Presence bytes a connection may send in a burst above the sustained rate. */
  awarenessBytesBurst: number;
}

/** Defaults: generous for people typing (a fast typist sends ~15 updates/s), tight for floods. */
export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxAwarenessBytes: 64 * 1024,
  maxConnectionsPerUser: 64,
  updatesPerSecond: 200,
  updatesBurst: 1000,
  maxDocBytes: 64 * 1024 * 1024,
  // A cursor moving with every keystroke sends ~15 presence updates a second, each well under 1 KiB.
  awarenessPerSecond: 30,
  awarenessBurst: 120,
  awarenessBytesPerSecond: 64 * 1024,
  awarenessBytesBurst: 256 * 1024,
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

  /** Takes `cost` tokens (one by default, e.g. bytes for a byte budget); returns false, taking none, if the bucket holds fewer. */
  take(cost = 1): boolean {
    if (this.rate <= 0) return true;
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}

/** A size in words for people: "64 MiB", "1.5 MiB", "800 KiB", "12 bytes". */
export function formatBytes(n: number): string {
  const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  if (n >= 1024 * 1024) return `${fmt(Math.round((n / (1024 * 1024)) * 10) / 10)} MiB`;
  if (n >= 1024) return `${fmt(Math.round((n / 1024) * 10) / 10)} KiB`;
  return `${n} bytes`;
}
