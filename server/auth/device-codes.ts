/**
 * The device codes a browser handed out and a device has not traded yet
 * (shared/api/sign-in.ts, "a device signs in through the browser"). They are
 * kept in memory only: a code lives five minutes, so a restart losing them
 * costs a person one more click, and none is ever written where it could
 * leak. Each code is bound to a PKCE S256 challenge, so the code alone (seen
 * in a browser's history or an `obsidian://` link) is worth nothing without
 * the verifier the device kept. The table is bounded: a caller allowing
 * devices in a loop pushes out the oldest codes, never the server's memory.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DEVICE_CODE_TTL_MS } from '../../shared/api/sign-in.js';

/** The most codes waiting at once; beyond it, the oldest is dropped. */
export const MAX_DEVICE_CODES = 1000;

/** One allowed device, waiting for its exchange. */
export interface DeviceCode {
  username: string;
  /** base64url(SHA-256(verifier)), as the device sent it to the browser. */
  challenge: string;
  /** What the device calls itself. */
  label: string;
  /** Milliseconds since the epoch after which the code is refused. */
  expiresAt: number;
}

/** The PKCE S256 challenge of a verifier: base64url of its SHA-256. */
export function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** Whether `verifier` is the one behind `challenge`, compared in constant time (a near miss tells nothing). */
export function verifierMatches(verifier: string, challenge: string): boolean {
  const a = Buffer.from(challengeOf(verifier));
  const b = Buffer.from(challenge);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The outstanding device codes of one server. */
export class DeviceCodes {
  private readonly codes = new Map<string, DeviceCode>();

  constructor(
    /** The server's clock (config.now), so tests can move past a code's expiry. */
    private readonly now: () => Date,
    private readonly max = MAX_DEVICE_CODES,
    private readonly ttlMs = DEVICE_CODE_TTL_MS,
  ) {}

  /** Hands out a new random code (32 bytes, base64url) for a person's device; answers it with its expiry. */
  issue(entry: Omit<DeviceCode, 'expiresAt'>): { code: string; expiresAt: Date } {
    this.forgetExpired();
    while (this.codes.size >= this.max) this.codes.delete(this.codes.keys().next().value!);
    const code = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.now().getTime() + this.ttlMs);
    this.codes.set(code, { ...entry, expiresAt: expiresAt.getTime() });
    return { code, expiresAt };
  }

  /** Removes a code and answers what it was for, or undefined when unknown or expired: each code is looked up once, whatever follows. */
  take(code: string): DeviceCode | undefined {
    const entry = this.codes.get(code);
    this.codes.delete(code);
    if (!entry || entry.expiresAt <= this.now().getTime()) return undefined;
    return entry;
  }

  /** How many codes are waiting (for tests and metrics). */
  size(): number {
    return this.codes.size;
  }

  private forgetExpired(): void {
    const now = this.now().getTime();
    for (const [code, entry] of this.codes) if (entry.expiresAt <= now) this.codes.delete(code);
  }
}
