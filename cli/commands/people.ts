/**
 * `poc user list | set-offices | disable | enable | invite` (issue 14):
 * administering people from the server's terminal. Each calls the same
 * service as the administration API (server/people), on the store directly;
 * a running server notices the store changed and re-checks live
 * connections within seconds (a disabled person's are closed).
 */
import type { AdminUser } from '../../shared/api/people.js';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { cliPeople } from '../../shared/i18n/messages/cli-people.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { issueInvite } from '../../server/people/invites.js';
import { listAdminUsers, requireUser, updatePerson } from '../../server/people/people-admin.js';
import { PeopleError } from '../../server/people/people-error.js';
import type { StorageError } from '../../server/storage/storage.js';
import { CommandError, localeOf, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';
import { holdingsWords, holdingWords } from './holding-words.js';
import { holdingsFrom, personRefusal } from './users.js';

/** One person's line of `poc user list`, its labels in `locale`. */
function listing(u: AdminUser, locale: Locale): string {
  const t = wordsOf(cliPeople, locale);
  const offices = [...u.offices.map((h) => holdingWords(h, locale)), ...u.teamOffices.map((o) => t('list.viaTeam', { holding: holdingWords(o.holding, locale), team: o.team }))];
  const teams = u.teams.map((m) => (m.manager ? t('list.manager', { team: m.team }) : m.team));
  const facts = [
    u.email ?? '-',
    offices.length ? t('list.offices', { offices: offices.join(', ') }) : t('list.noOffices'),
    teams.length ? t('list.teams', { teams: teams.join(', ') }) : t('list.noTeams'),
    ...(u.admin ? [t('list.admin')] : []),
    ...(u.disabledAt ? [t('list.disabled', { at: u.disabledAt })] : []),
    u.lastSeenAt ? t('list.lastSeen', { at: u.lastSeenAt }) : t('list.neverSeen'),
  ];
  return `${u.username.padEnd(16)} ${u.name.padEnd(24)} ${facts.join('  ')}`;
}

/** Lists everyone by username (name, email, offices, teams, administrator, disabled, last seen), or as JSON. */
export async function userList(o: StoreOptions & { json?: boolean }): Promise<AdminUser[]> {
  const out = print(o);
  const locale = localeOf(o);
  return withStore(
    o.data,
    async (s) => {
      const users = await listAdminUsers(s);
      if (o.json) out(JSON.stringify(users, null, 2));
      else if (!users.length) out(wordsOf(cliPeople, locale)('list.nobody'));
      else for (const u of users) out(listing(u, locale));
      return users;
    },
    { locale },
  );
}

/** Replaces the offices a person holds in their own right with these (none given: they hold none); audited as `offices-changed`. */
export async function userSetOffices(o: StoreOptions & { username: string; holdings: string[]; docs?: string[]; templates?: TemplateSet }): Promise<{ offices: OfficeHolding[] }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  const offices = holdingsFrom(o.holdings, o.templates, o.docs, locale);
  return withStore(
    o.data,
    async (s) => {
      const user = await updatePerson({ storage: s, templates: o.templates }, 'cli', o.username, { offices });
      out(offices.length ? t('setOffices.now', { username: o.username, offices: holdingsWords(user.offices, locale) }) : t('setOffices.none', { username: o.username }));
      return { offices: user.offices };
    },
    { locale, refusal: personRefusal(locale, o.username) },
  );
}

/** Disables (`disabled`) or enables a person; audited as `user-disabled` / `user-enabled`. A disabled person's tokens, sessions and connections stop working. */
export async function userSetDisabled(o: StoreOptions & { username: string; disabled: boolean }): Promise<{ disabledAt: string | null }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  return withStore(
    o.data,
    async (s) => {
      const before = await requireUser(s, o.username);
      const user = await updatePerson({ storage: s }, 'cli', o.username, { disabled: o.disabled });
      const username = o.username;
      if (!!before.disabledAt === o.disabled) out(t(o.disabled ? 'disable.already' : 'enable.already', { username }));
      else out(t(o.disabled ? 'disable.done' : 'enable.done', { username }));
      return { disabledAt: user.disabledAt };
    },
    { locale, refusal: personRefusal(locale, o.username) },
  );
}

/** Issues a new single-use invite link for a person (older ones stop working) and prints it once, as the last line. */
export async function userInvite(o: StoreOptions & { username: string; publicUrl?: string }): Promise<{ url: string; expiresAt: string }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  const base = o.publicUrl?.trim();
  if (!base) throw new CommandError(t('invite.needUrl'));
  if (!/^https?:\/\/[^/\s]+/i.test(base)) throw new CommandError(t('invite.badUrl', { url: base }));
  const person = personRefusal(locale, o.username);
  const refusal = (e: StorageError | PeopleError) => (e instanceof PeopleError && e.code === 'user-disabled' ? t('invite.disabled', { username: o.username }) : person(e));
  return withStore(
    o.data,
    async (s) => {
      const invite = await issueInvite(s, 'cli', o.username, base);
      out(t('invite.made', { username: o.username, expires: invite.expiresAt }));
      out(invite.url);
      return invite;
    },
    { locale, refusal },
  );
}
