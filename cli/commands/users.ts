/**
 * `poc user add | token | revoke | can-create`: people, their tokens and their right to create documents. A token is
 * printed once, as the last line; the store keeps only its hash.
 */
import { existsSync } from 'node:fs';
import { TemplateSet } from '../../shared/template/set.js';
import { checkUsername } from '../../server/auth/names.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { CommandError, print } from './command.js';
import { type StoreOptions, storeFile, withStore } from './data-folder.js';

/** The offices users may hold: every sign-off role the templates declare. */
export function knownOffices(templates: TemplateSet = TemplateSet.builtin()): string[] {
  return [...new Set(templates.all().flatMap((t) => t.signoffs.map((s) => s.role)))].sort();
}

/** Who `userAdd` adds, and with which offices. */
export interface UserAddOptions extends StoreOptions {
  username: string;
  name: string;
  offices?: string[];
  /** Also grant owner access to every document ("*"). */
  admin?: boolean;
  /** May create documents (`POST /api/docs`); administrators always may. */
  canCreate?: boolean;
  /** Templates whose sign-off roles are the valid offices (default: the built-in ones; pass a mission's tailored set). */
  templates?: TemplateSet;
}

/** Adds a user and prints a new token as the last line (shown once; only its hash is stored). */
export async function userAdd(o: UserAddOptions): Promise<{ token: string }> {
  const out = print(o);
  const bad = checkUsername(o.username);
  if (bad) throw new CommandError(bad);
  if (!o.name.trim()) throw new CommandError('Give the person\'s full name with --name "Full Name".');
  const offices = [...new Set(o.offices ?? [])];
  const known = knownOffices(o.templates);
  const unknown = offices.filter((x) => !known.includes(x));
  if (unknown.length) throw new CommandError(`Unknown office${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Offices the templates ask to sign: ${known.join(', ')}.`);
  const created = !existsSync(storeFile(o.data));
  return withStore(
    o.data,
    async (s) => {
      if (created) out(`Created a new store at ${storeFile(o.data)}.`);
      await s.addUser({ username: o.username, name: o.name.trim(), offices, canCreate: !!o.canCreate });
      const token = newToken();
      await s.addToken(o.username, hashToken(token));
      await s.appendAudit({ kind: 'user-added', actor: 'cli', docId: null, detail: { user: o.username, offices, admin: !!o.admin, canCreate: !!o.canCreate } });
      if (o.admin) {
        await s.setGrant({ username: o.username, docId: '*', access: 'owner', grantedBy: 'cli' });
        await s.appendAudit({ kind: 'grant', actor: 'cli', docId: '*', detail: { user: o.username, access: 'owner' } });
      }
      out(`Added ${o.username} (${o.name.trim()})${offices.length ? `, offices: ${offices.join(', ')}` : ''}${o.admin ? ', owner of every document' : ''}${o.canCreate ? ', may create documents' : ''}.`);
      out('Token (shown only now; give it to the user for the plugin settings):');
      out(token);
      return { token };
    },
    { create: true },
  );
}

/** Issues another token for an existing user; prints it as the last line. */
export async function userToken(o: StoreOptions & { username: string }): Promise<{ token: string }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw new CommandError(`There is no user named "${o.username}". Add them with "poc user add".`);
    const token = newToken();
    await s.addToken(o.username, hashToken(token));
    await s.appendAudit({ kind: 'token-issued', actor: 'cli', docId: null, detail: { user: o.username } });
    out(`New token for ${o.username} (shown only now):`);
    out(token);
    return { token };
  });
}

/** Revokes every token of a user; a running server closes their live connections within seconds. */
export async function userRevoke(o: StoreOptions & { username: string }): Promise<{ revoked: number }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw new CommandError(`There is no user named "${o.username}".`);
    const revoked = await s.revokeTokens(o.username);
    await s.appendAudit({ kind: 'tokens-revoked', actor: 'cli', docId: null, detail: { user: o.username, revoked } });
    out(`Revoked ${revoked} token${revoked === 1 ? '' : 's'} of ${o.username}; their open connections are closed.`);
    return { revoked };
  });
}

/** Gives ("yes") or takes ("no") a user's right to create documents, and audits it; a running server applies it to the next request. */
export async function userCanCreate(o: StoreOptions & { username: string; answer: string }): Promise<{ canCreate: boolean }> {
  const out = print(o);
  const answer = o.answer.trim().toLowerCase();
  if (answer !== 'yes' && answer !== 'no') throw new CommandError(`Say "yes" or "no" after the username, not "${o.answer}": poc user can-create ${o.username} yes`);
  const canCreate = answer === 'yes';
  return withStore(o.data, async (s) => {
    if (!(await s.setCanCreate(o.username, canCreate))) throw new CommandError(`There is no user named "${o.username}". Add them with "poc user add".`);
    await s.appendAudit({ kind: 'grant', actor: 'cli', docId: null, detail: { user: o.username, canCreate } });
    out(`${o.username} ${canCreate ? 'may now create documents' : 'may no longer create documents (administrators always may)'}.`);
    return { canCreate };
  });
}
