/**
 * `poc user add | token | tokens | revoke | office | can-create`: people,
 * their tokens, the offices they hold and their right to create documents. A
 * token is printed once, as the last line; the store keeps only its hash (and
 * when it expires, with `--token-ttl`). An office is held mission-wide
 * (`srsg`), for an area (`head-of-office@Sector North`) or for some documents
 * (`--doc`); see shared/signoff/offices.ts.
 */
import { existsSync } from 'node:fs';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliPeople } from '../../shared/i18n/messages/cli-people.js';
import { type OfficeHolding, sameHolding } from '../../shared/signoff/offices.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { checkUsername } from '../../server/auth/names.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { addPerson } from '../../server/people/people-admin.js';
import { PeopleError } from '../../server/people/people-error.js';
import { StorageError } from '../../server/storage/storage.js';
import { CommandError, localeOf, print } from './command.js';
import { type StoreOptions, storeFile, withStore } from './data-folder.js';
import { checkedHoldings, holdingsWords, readHolding } from './holding-words.js';

/** Reads written holdings (`role` or `role@area`, each bound to `docs` when given) and checks each role against the templates (server/people/offices.ts); throws a CommandError in `locale` naming what is wrong. */
export function holdingsFrom(written: readonly string[], templates: TemplateSet | undefined, docs?: readonly string[], locale: Locale = DEFAULT_LOCALE): OfficeHolding[] {
  const parsed = written.map((text) => readHolding(text, locale, docs));
  try {
    return checkedHoldings(parsed, templates, locale);
  } catch (e) {
    throw e instanceof PeopleError ? new CommandError(e.message) : e;
  }
}

/** The CLI's words for the people services' refusals about `username` (the services word them in English for the API and the log). */
export function personRefusal(locale: Locale, username: string): (e: StorageError | PeopleError) => string | undefined {
  const t = wordsOf(cliPeople, locale);
  return (e) => {
    const code = e instanceof PeopleError ? e.code : e.code === 'not-found' ? 'no-such-user' : undefined;
    if (code === 'no-such-user') return t('user.missingAdd', { username });
    if (code === 'bad-username') return `${t('user.badUsername', { username })}.`;
    if (code === 'bad-name') return t('user.needName');
    return undefined;
  };
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
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  if (checkUsername(o.username)) throw new CommandError(t('user.badUsername', { username: o.username }));
  if (!o.name.trim()) throw new CommandError(t('user.needName'));
  const offices = holdingsFrom(o.offices ?? [], o.templates, undefined, locale);
  const created = !existsSync(storeFile(o.data));
  return withStore(
    o.data,
    async (s) => {
      if (created) out(t('user.storeCreated', { file: storeFile(o.data) }));
      // Fail closed: each change commits with its audit entry or not at all. The user comes first (its entry stands for
      // the first token too) and the token last, so a failure part-way leaves at most a user without a token, who can do nothing.
      // The same service as POST /api/admin/users (server/people), so both check and audit a new person alike.
      await addPerson({ storage: s, templates: o.templates }, 'cli', { username: o.username, name: o.name, offices, canCreate: !!o.canCreate, ...(o.email === undefined ? {} : { email: o.email }) });
      if (o.admin) await s.setGrant({ username: o.username, docId: '*', access: 'owner', grantedBy: 'cli' }, { kind: 'grant', actor: 'cli', docId: '*', detail: { user: o.username, access: 'owner' } });
      const token = newToken();
      const expiresAt = expiryOf(o.tokenTtlMs);
      await s.addExpiringToken(o.username, hashToken(token), expiresAt);
      const email = o.email?.trim();
      const who = email ? t('user.whoEmail', { username: o.username, name: o.name.trim(), email }) : t('user.who', { username: o.username, name: o.name.trim() });
      // What they were given, each a fact of the list after their name.
      const facts = [
        ...(offices.length ? [t('user.factOffices', { offices: holdingsWords(offices, locale) })] : []),
        ...(o.admin ? [t('user.factOwner')] : []),
        ...(o.canCreate ? [t('user.factCanCreate')] : []),
      ].join('');
      out(facts ? t('user.addedWith', { who, facts }) : t('user.added', { who }));
      out(t('user.tokenOnce'));
      out(token);
      return { token };
    },
    { create: true, locale, refusal: addRefusal(locale, o.username, o.email?.trim()) },
  );
}

/** The words for a refusal of `user add`: a taken username or email, or the person services' refusals. */
function addRefusal(locale: Locale, username: string, email: string | undefined): (e: StorageError | PeopleError) => string | undefined {
  const t = wordsOf(cliPeople, locale);
  const person = personRefusal(locale, username);
  return (e) => {
    if (e instanceof PeopleError && e.code === 'bad-email' && email !== undefined) return t('user.badEmail', { email });
    // The store says which name was taken: the username, or (when it names one) the email.
    if (e.message.startsWith('Another person already has the email') && email) return t('user.emailTaken', { email });
    if ((e instanceof PeopleError && e.code === 'exists') || (e instanceof StorageError && e.code === 'exists')) return t('user.exists', { username });
    return person(e);
  };
}

/** Issues another token for an existing user; prints it as the last line. */
export async function userToken(o: StoreOptions & { username: string; tokenTtlMs?: number | null }): Promise<{ token: string }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  return withStore(
    o.data,
    async (s) => {
      if (!(await s.getUser(o.username))) throw CommandError.missing(t('user.missingAdd', { username: o.username }));
      const token = newToken();
      const expiresAt = expiryOf(o.tokenTtlMs);
      await s.addExpiringToken(o.username, hashToken(token), expiresAt, { kind: 'token-issued', actor: 'cli', docId: null, detail: { user: o.username, expiresAt } });
      out(expiresAt ? t('user.newTokenUntil', { username: o.username, expires: expiresAt }) : t('user.newToken', { username: o.username }));
      out(token);
      return { token };
    },
    { locale, refusal: personRefusal(locale, o.username) },
  );
}

/** Revokes every token of a user; a running server closes their live connections within seconds. */
export async function userRevoke(o: StoreOptions & { username: string }): Promise<{ revoked: number }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(t('user.missing', { username: o.username }));
    // Not fail closed, on purpose: a revocation takes power away and must work on a full disk too; a failing audit
    // write then fails the command after the tokens are revoked.
    const revoked = await s.revokeTokens(o.username);
    await s.appendAudit({ kind: 'tokens-revoked', actor: 'cli', docId: null, detail: { user: o.username, revoked } });
    // The count as a plain number: a script may read it.
    out(t('user.revoked', { count: revoked, username: o.username }));
    return { revoked };
  }, { locale, refusal: personRefusal(locale, o.username) });
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
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  const add = holdingsFrom(o.add ?? [], o.templates, o.docs, locale);
  const remove = (o.remove ?? []).map((text) => readHolding(text, locale, o.docs));
  if (!add.length && !remove.length) throw new CommandError(t('office.sayWhat'));
  return withStore(
    o.data,
    async (s) => {
      const user = await s.getUser(o.username);
      if (!user) throw CommandError.missing(t('user.missingAdd', { username: o.username }));
      const held = user.offices;
      const missing = remove.filter((r) => !held.some((h) => sameHolding(h, r)));
      if (missing.length) {
        const asked = { username: o.username, offices: holdingsWords(missing, locale) };
        throw new CommandError(held.length ? t('office.notHeld', { ...asked, held: holdingsWords(held, locale) }) : t('office.notHeldNone', asked));
      }
      const kept = held.filter((h) => !remove.some((r) => sameHolding(h, r)));
      const offices = [...kept, ...add.filter((a) => !kept.some((k) => sameHolding(k, a)))];
      await s.setOffices(o.username, offices, { kind: 'offices-changed', actor: 'cli', docId: null, detail: { user: o.username, before: held, after: offices } });
      out(offices.length ? t('office.now', { username: o.username, offices: holdingsWords(offices, locale) }) : t('office.nowNone', { username: o.username }));
      return { offices };
    },
    { locale, refusal: personRefusal(locale, o.username) },
  );
}

// ------------------------------------------------------------ transport: token expiry, listing and revocation one by one

/** The expiry (ISO) of a token issued now and valid `ttlMs`; null when it never expires. */
function expiryOf(ttlMs: number | null | undefined): string | null {
  return ttlMs ? new Date(Date.now() + ttlMs).toISOString() : null;
}

/**
 * Reads a lifetime such as "90d", "12h" or "30m" (days, hours, minutes) into ms; "none" or "0" means no expiry (null),
 * unless `flag` (named in the error, which is in `locale`) must have one (`forever: false`).
 */
export function parseTokenTtl(value: string, flag = '--token-ttl', forever = true, locale: Locale = DEFAULT_LOCALE): number | null {
  const v = value.trim().toLowerCase();
  if (forever && (v === 'none' || v === '0')) return null;
  const m = /^(\d+)\s*([dhm])$/.exec(v);
  if (!m || Number(m[1]) === 0) {
    throw new CommandError(wordsOf(cliPeople, locale)(forever ? 'ttl.bad' : 'ttl.badMustEnd', { flag, value }));
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
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(t('user.missing', { username: o.username }));
    const now = Date.now();
    const rows: TokenListing[] = (await s.listTokens(o.username)).map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      revokedAt: r.revokedAt,
      state: r.revokedAt ? 'revoked' : r.expiresAt && Date.parse(r.expiresAt) <= now ? 'expired' : 'live',
    }));
    if (!rows.length) out(t('tokens.none', { username: o.username }));
    for (const r of rows) out(tokenRow(r, locale));
    return rows;
  }, { locale, refusal: personRefusal(locale, o.username) });
}

/** One row of `poc user tokens`: id, state, when issued, when it expires, when revoked. */
function tokenRow(r: TokenListing, locale: Locale): string {
  const t = wordsOf(cliPeople, locale);
  // Columns: the id and the state padded, as strings (a number would be written "1 234" in French).
  const row = { id: String(r.id).padStart(5), state: t('tokens.state', { state: r.state }).padEnd(7), issued: r.createdAt };
  if (r.expiresAt) return r.revokedAt ? t('tokens.rowRevoked', { ...row, expires: r.expiresAt, revoked: r.revokedAt }) : t('tokens.row', { ...row, expires: r.expiresAt });
  return r.revokedAt ? t('tokens.rowForeverRevoked', { ...row, revoked: r.revokedAt }) : t('tokens.rowForever', row);
}

/** Revokes one token of a user by its id (from `poc user tokens`); a running server closes its live connections within seconds. */
export async function userRevokeToken(o: StoreOptions & { username: string; id: string }): Promise<{ revoked: boolean }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  const id = Number(o.id);
  if (!/^\s*\d+\s*$/.test(o.id) || !Number.isSafeInteger(id)) throw new CommandError(t('tokens.badId', { id: o.id, username: o.username }));
  return withStore(o.data, async (s) => {
    if (!(await s.getUser(o.username))) throw CommandError.missing(t('user.missing', { username: o.username }));
    if (!(await s.revokeToken(o.username, id))) throw new CommandError(t('tokens.noLive', { username: o.username, id: String(id) }));
    await s.appendAudit({ kind: 'tokens-revoked', actor: 'cli', docId: null, detail: { user: o.username, revoked: 1, tokenId: id } });
    out(t('tokens.revokedOne', { id: String(id), username: o.username }));
    return { revoked: true };
  }, { locale, refusal: personRefusal(locale, o.username) });
}

/** Gives ("yes") or takes ("no") a user's right to create documents, and audits it; a running server applies it to the next request. */
export async function userCanCreate(o: StoreOptions & { username: string; answer: string }): Promise<{ canCreate: boolean }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  const answer = o.answer.trim().toLowerCase();
  if (answer !== 'yes' && answer !== 'no') throw new CommandError(t('canCreate.yesOrNo', { answer: o.answer, username: o.username }));
  const canCreate = answer === 'yes';
  return withStore(o.data, async (s) => {
    const audit = { kind: 'grant' as const, actor: 'cli', docId: null, detail: { user: o.username, canCreate } };
    if (!(await s.setCanCreate(o.username, canCreate, audit))) throw CommandError.missing(t('user.missingAdd', { username: o.username }));
    out(t(canCreate ? 'canCreate.yes' : 'canCreate.no', { username: o.username }));
    return { canCreate };
  }, { locale, refusal: personRefusal(locale, o.username) });
}
