/**
 * Invite links (issue 14): a random single-use code, kept only as a hash,
 * that signs a new person in to the web workspace once. The code rides in
 * the link's fragment (`/invite#<code>`), so no server log or referrer ever
 * sees it; the page posts it to `POST /api/invites/redeem`. A new invite
 * retires the person's older ones (the store does it in the same write).
 */
import type { Invite } from '../../shared/api/people.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { InviteRow, Storage } from '../storage/storage.js';
import { requireUser } from './people-admin.js';
import { PeopleError } from './people-error.js';

/** How long an invite link works: a week, long enough for the person to open their mail, short enough that a forgotten link dies. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The link that carries a code, on the server's public address. */
export function inviteUrl(publicBase: string, code: string): string {
  return `${publicBase.replace(/\/+$/, '')}/invite#${code}`;
}

/**
 * Issues a new invite for an existing, enabled person (older ones stop working), audited `invite-issued` in the same
 * transaction; answers the link, which is shown only now (the store keeps the code's hash).
 */
export async function issueInvite(storage: Storage, actor: string, username: string, publicBase: string, now = new Date()): Promise<Invite> {
  const user = await requireUser(storage, username);
  // The link would be spent and then refused: say so now, to the administrator, instead of to the person.
  if (user.disabledAt) throw new PeopleError('conflict', 'user-disabled', `${username} is disabled, so an invite could not sign them in; enable them first, then invite them.`);
  if (!publicBase) throw new PeopleError('invalid', 'no-public-url', 'The server does not know its public address, so it cannot build an invite link; give it with --public-url (e.g. https://poc.example.org).');
  const code = newToken();
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS).toISOString();
  await storage.addInvite(hashToken(code), { username, createdBy: actor, createdAt, expiresAt }, { kind: 'invite-issued', actor, docId: null, detail: { user: username, expiresAt } });
  return { url: inviteUrl(publicBase, code), expiresAt };
}

/** Spends a code once, audited `invite-redeemed` in the same transaction; answers the invite, or undefined when the code does not work (answered with one message, `invite.refused` of shared/i18n/messages/server-errors.ts, whichever of these it is, so codes cannot be probed). */
export async function redeemInviteCode(storage: Storage, code: string, from: { remoteAddress?: string }, now = new Date()): Promise<InviteRow | undefined> {
  return storage.redeemInvite(hashToken(code.trim()), now.toISOString(), { kind: 'invite-redeemed', actor: null, docId: null, detail: { ...from } });
}
