/**
 * `poc user add | token | tokens | revoke | office | can-create`: people,
 * their tokens, the offices they hold and their right to create documents. A
 * token is printed once, as the last line; the store keeps only its hash (and
 * when it expires, with `--token-ttl`). An office is held mission-wide
 * (`srsg`), for an area (`head-of-office@Sector North`) or for some documents
 * (`--doc`); see shared/signoff/offices.ts.
 */
import { existsSync } from 'node:fs';
import { formatHolding, type OfficeHolding, parseHolding, sameHolding } from '../../shared/signoff/offices.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { checkUsername } from '../../server/auth/names.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { checkHoldings } from '../../server/people/offices.js';
import { addPerson } from '../../server/people/people-admin.js';
import { PeopleError } from '../../server/people/people-error.js';
import { CommandError, print } from './command.js';
import { type StoreOptions, storeFile, withStore } from './data-folder.js';

/** Reads written holdings (`role` or `role@area`, each bound to `docs` when given) and checks each role against the templates (server/people/offices.ts); throws a CommandError naming what is wrong. */
export function holdingsFrom(written: readonly string[], templates: TemplateSet | undefined, docs?: readonly string[]): OfficeHolding[] {
  const parsed: OfficeHolding[] = [];
  for (const text of written) {
    const h = parseHolding(text, docs);
    if ('problem' in h) throw new CommandError(`${h.problem}.`);
    parsed.push(h);
  }
  try {
    return checkHoldings(parsed, templates);
  } catch (e) {
    throw e instanceof PeopleError ? new CommandError(e.message) : e;
  }
}

/** Who `userAdd` adds, and with which offices. */
export interface UserAddOptions extends StoreOptions {
  username: string;
  name: string;
  /** Offices as written on the command line: `role` (mission-wide) or `role@area`. */
  offices?: string[];
  /** Their email (how single sign-on finds them on their first sign-in). */
  email?: string;
  /** Also grant owner access to every document ("*"). */
  admin?: boolean;
  /** May create documents (`POST /api/docs`); administrators always may. */
  canCreate?: boolean;
  /** Templates whose sign-off roles are the valid offices (default: the built-in ones; pass a mission's tailored set). */
  templates?: TemplateSet;
  /** How long the new token works, in ms (undefined or null: until revoked). */
  tokenTtlMs?: number | null;
}

/** Adds a user and prints a new token as the last line (shown once; only its hash is stored). */
export async function userAdd(o: UserAddOptions): Promise<{ token: string }> {
  const out = print(o);
  const bad = checkUsername(o.username);
  if (bad) throw new CommandError(bad);
  if (!o.name.trim()) throw new CommandError('Give the person\'s full name with --name "Full Name".');
  const offices = holdingsFrom(o.offices ?? [], o.templates);
  const created = !existsSync(storeFile(o.data));
  return withStore(
    o.data,
    async (s) => {
      if (created) out(`Created a new store at ${storeFile(o.data)}.`);
      // Fail closed: each change commits with its audit entry or not at all. The user comes first (its entry stands for
      // the first token too) and the token last, so a failure part-way leaves at most a user without a token, who can do nothing.
      // The same service as POST /api/admin/users (server/people), so both check and audit a new person alike.
      await addPerson({ storage: s, templates: o.templates }, 'cli', { username: o.username, name: o.name, offices, canCreate: !!o.canCreate, ...(o.email === undefined ? {} : { email: o.email }) });
      if (o.admin) await s.setGrant({ username: o.username, docId: '*', access: 'owner', grantedBy: 'cli' }, { kind: 'grant', actor: 'cli', docId: '*', detail: { user: o.username, access: 'owner' } });
      const token = newToken();
      const expiresAt = expiryOf(o.tokenTtlMs);
      await s.addExpiringToken(o.username, hashToken(token), expiresAt);
      out(`Added ${o.username} (${o.name.trim()})${o.email?.trim() ? ` <${o.email.trim()}>` : ''}${offices.length ? `, offices: ${offices.map(formatHolding).join(', ')}` : ''}${o.admin ? ', owner of every document' : ''}${o.canCreate ? ', may create documents' : ''}.`);
      out('Token (shown only now; give it to the user for the plugin settings):');
      out(token);
      return { token };
    },
    { create: true },
  );
}

/** Issues another token for an existing user; prints it as the last line. */
export async function userToken(o: StoreOptions & { username: string; tokenTtlMs?: number | null }): Promise<{ token: string }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(`There is no user named "${o.username}". Add them with "poc user add".`);
    const token = newToken();
    const expiresAt = expiryOf(o.tokenTtlMs);
    await s.addExpiringToken(o.username, hashToken(token), expiresAt, { kind: 'token-issued', actor: 'cli', docId: null, detail: { user: o.username, expiresAt } });
    out(`New token for ${o.username}${expiresAt ? `, valid until ${expiresAt}` : ''} (shown only now):`);
    out(token);
    return { token };
  });
}

/** Revokes every token of a user; a running server closes their live connections within seconds. */
export async function userRevoke(o: StoreOptions & { username: string }): Promise<{ revoked: number }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(`There is no user named "${o.username}".`);
    // Not fail closed, on purpose: a revocation takes power away and must work on a full disk too; a failing audit
    // write then fails the command after the tokens are revoked.
    const revoked = await s.revokeTokens(o.username);
    await s.appendAudit({ kind: 'tokens-revoked', actor: 'cli', docId: null, detail: { user: o.username, revoked } });
    out(`Revoked ${revoked} token${revoked === 1 ? '' : 's'} of ${o.username}; their open connections are closed.`);
    return { revoked };
  });
}

/** What `userOffice` changes: holdings to add (bound to `docs` when given) and to remove, as written on the command line. */
export interface UserOfficeOptions extends StoreOptions {
  username: string;
  add?: string[];
  remove?: string[];
  /** Document ids the added holdings are bound to (and the removed ones were). */
  docs?: string[];
  templates?: TemplateSet;
}

/** Adds and removes office holdings of an existing user and prints what they hold now; a running server applies it to the next sign-off. */
export async function userOffice(o: UserOfficeOptions): Promise<{ offices: OfficeHolding[] }> {
  const out = print(o);
  const add = holdingsFrom(o.add ?? [], o.templates, o.docs);
  const remove: OfficeHolding[] = [];
  for (const text of o.remove ?? []) {
    const h = parseHolding(text, o.docs);
    if ('problem' in h) throw new CommandError(`${h.problem}.`);
    remove.push(h);
  }
  if (!add.length && !remove.length) throw new CommandError('Say what to change: --add <office>[@<area>] or --remove <office>[@<area>] (repeatable; --doc <id> binds them to documents).');
  return withStore(o.data, async (s) => {
    const user = await s.getUser(o.username);
    if (!user) throw CommandError.missing(`There is no user named "${o.username}". Add them with "poc user add".`);
    const held = user.offices;
    const missing = remove.filter((r) => !held.some((h) => sameHolding(h, r)));
    if (missing.length) {
      const now = held.length ? held.map(formatHolding).join(', ') : 'no office';
      throw new CommandError(`${o.username} does not hold ${missing.map(formatHolding).join(', ')}, so nothing was changed. They hold: ${now}.`);
    }
    const kept = held.filter((h) => !remove.some((r) => sameHolding(h, r)));
    const offices = [...kept, ...add.filter((a) => !kept.some((k) => sameHolding(k, a)))];
    await s.setOffices(o.username, offices, { kind: 'offices-changed', actor: 'cli', docId: null, detail: { user: o.username, before: held, after: offices } });
    out(`${o.username} now holds: ${offices.length ? offices.map(formatHolding).join(', ') : 'no office'}.`);
    return { offices };
  });
}

// ------------------------------------------------------------ transport: token expiry, listing and revocation one by one

/** The expiry (ISO) of a token issued now and valid `ttlMs`; null when it never expires. */
function expiryOf(ttlMs: number | null | undefined): string | null {
  return ttlMs ? new Date(Date.now() + ttlMs).toISOString() : null;
}

/**
 * Reads a lifetime such as "90d", "12h" or "30m" (days, hours, minutes) into ms; "none" or "0" means no expiry (null),
 * unless `flag` (named in the error) must have one (`forever: false`).
 */
export function parseTokenTtl(value: string, flag = '--token-ttl', forever = true): number | null {
  const v = value.trim().toLowerCase();
  if (forever && (v === 'none' || v === '0')) return null;
  const m = /^(\d+)\s*([dhm])$/.exec(v);
  if (!m || Number(m[1]) === 0) {
    throw new CommandError(`${flag} "${value}" is not a lifetime: give a whole number of days, hours or minutes such as 90d, 12h or 30m${forever ? ', or "none"' : ''}.`);
  }
  return Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as 'd' | 'h' | 'm'];
}

/** One token as `poc user tokens` lists it (never the token or its hash). */
export interface TokenListing {
  id: number;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** "live", "revoked" or "expired", at the time of listing. */
  state: 'live' | 'revoked' | 'expired';
}

/** Lists a user's tokens by id with when each was issued, expires and was revoked; prints a table. */
export async function userTokens(o: StoreOptions & { username: string }): Promise<TokenListing[]> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(`There is no user named "${o.username}".`);
    const now = Date.now();
    const rows: TokenListing[] = (await s.listTokens(o.username)).map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      revokedAt: r.revokedAt,
      state: r.revokedAt ? 'revoked' : r.expiresAt && Date.parse(r.expiresAt) <= now ? 'expired' : 'live',
    }));
    if (!rows.length) out(`${o.username} has no tokens; issue one with "poc user token ${o.username}".`);
    for (const r of rows) {
      out(`${String(r.id).padStart(5)}  ${r.state.padEnd(7)}  issued ${r.createdAt}  ${r.expiresAt ? `expires ${r.expiresAt}` : 'never expires'}${r.revokedAt ? `  revoked ${r.revokedAt}` : ''}`);
    }
    return rows;
  });
}

/** Revokes one token of a user by its id (from `poc user tokens`); a running server closes its live connections within seconds. */
export async function userRevokeToken(o: StoreOptions & { username: string; id: string }): Promise<{ revoked: boolean }> {
  const out = print(o);
  const id = Number(o.id);
  if (!/^\s*\d+\s*$/.test(o.id) || !Number.isSafeInteger(id)) throw new CommandError(`--token "${o.id}" is not a token id; "poc user tokens ${o.username}" lists them.`);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(`There is no user named "${o.username}".`);
    if (!(await s.revokeToken(o.username, id))) {
      throw new CommandError(`${o.username} has no live token with id ${id} (it may be revoked already, or another person's); "poc user tokens ${o.username}" lists them.`);
    }
    await s.appendAudit({ kind: 'tokens-revoked', actor: 'cli', docId: null, detail: { user: o.username, revoked: 1, tokenId: id } });
    out(`Revoked token ${id} of ${o.username}; its open connections are closed. Their other tokens still work.`);
    return { revoked: true };
  });
}

/** Gives ("yes") or takes ("no") a user's right to create documents, and audits it; a running server applies it to the next request. */
export async function userCanCreate(o: StoreOptions & { username: string; answer: string }): Promise<{ canCreate: boolean }> {
  const out = print(o);
  const answer = o.answer.trim().toLowerCase();
  if (answer !== 'yes' && answer !== 'no') throw new CommandError(`Say "yes" or "no" after the username, not "${o.answer}": poc user can-create ${o.username} yes`);
  const canCreate = answer === 'yes';
  return withStore(o.data, async (s) => {
    const audit = { kind: 'grant' as const, actor: 'cli', docId: null, detail: { user: o.username, canCreate } };
    if (!(await s.setCanCreate(o.username, canCreate, audit))) throw CommandError.missing(`There is no user named "${o.username}". Add them with "poc user add".`);
    out(`${o.username} ${canCreate ? 'may now create documents' : 'may no longer create documents (administrators always may)'}.`);
    return { canCreate };
  });
}
