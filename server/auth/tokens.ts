/**
 * Bearer tokens: random, shown once, stored only as a SHA-256 hash. The
 * "poc_" prefix makes a leaked token easy to recognise in logs and scanners.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new random token (32 bytes of entropy, base64url). */
export function newToken(): string {
  return `poc_${randomBytes(32).toString('base64url')}`;
}

/** The hex SHA-256 of a token, which is what the store keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
