/**
 * `poc user list | set-offices | disable | enable | invite` (issue 14):
 * administering people from the server's terminal. Each calls the same
 * service as the administration API (server/people), on the store directly;
 * a running server notices the store changed and re-checks live
 * connections within seconds (a disabled person's are closed).
 */
import type { AdminUser } from '../../shared/api/people.js';
import { formatHolding, type OfficeHolding } from '../../shared/signoff/offices.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { issueInvite } from '../../server/people/invites.js';
import { listAdminUsers, requireUser, updatePerson } from '../../server/people/people-admin.js';
import { CommandError, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';
import { holdingsFrom } from './users.js';

/** One person's line of `poc user list`. */
function listing(u: AdminUser): string {
  const offices = [...u.offices.map(formatHolding), ...u.teamOffices.map((t) => `${formatHolding(t.holding)} (via ${t.team})`)];
  const facts = [
    u.email ?? '-',
    `offices: ${offices.length ? offices.join(', ') : 'none'}`,
    `teams: ${u.teams.length ? u.teams.map((t) => (t.manager ? `${t.team} (manager)` : t.team)).join(', ') : 'none'}`,
    ...(u.admin ? ['administrator'] : []),
    ...(u.disabledAt ? [`DISABLED since ${u.disabledAt}`] : []),
    `last seen ${u.lastSeenAt ?? 'never'}`,
  ];
  return `${u.username.padEnd(16)} ${u.name.padEnd(24)} ${facts.join('  ')}`;
}

/** Lists everyone by username (name, email, offices, teams, administrator, disabled, last seen), or as JSON. */
export async function userList(o: StoreOptions & { json?: boolean }): Promise<AdminUser[]> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    const users = await listAdminUsers(s);
    if (o.json) out(JSON.stringify(users, null, 2));
    else if (!users.length) out('Nobody yet; add a person with "poc user add".');
    else for (const u of users) out(listing(u));
    return users;
  });
}

/** Replaces the offices a person holds in their own right with these (none given: they hold none); audited as `offices-changed`. */
export async function userSetOffices(o: StoreOptions & { username: string; holdings: string[]; docs?: string[]; templates?: TemplateSet }): Promise<{ offices: OfficeHolding[] }> {
  const out = print(o);
  const offices = holdingsFrom(o.holdings, o.templates, o.docs);
  return withStore(o.data, async (s) => {
    const user = await updatePerson({ storage: s, templates: o.templates }, 'cli', o.username, { offices });
    out(
      offices.length
        ? `${o.username} now holds: ${user.offices.map(formatHolding).join(', ')} (replacing what they held).`
        : `${o.username} now holds no office of their own (none was given, so their offices were cleared); offices held through teams stay.`,
    );
    return { offices: user.offices };
  });
}

/** Disables (`disabled`) or enables a person; audited as `user-disabled` / `user-enabled`. A disabled person's tokens, sessions and connections stop working. */
export async function userSetDisabled(o: StoreOptions & { username: string; disabled: boolean }): Promise<{ disabledAt: string | null }> {
  const out = print(o);
  return withStore(o.data, async (s) => {
    const before = await requireUser(s, o.username);
    const user = await updatePerson({ storage: s }, 'cli', o.username, { disabled: o.disabled });
    if (!!before.disabledAt === o.disabled) out(`${o.username} was already ${o.disabled ? 'disabled' : 'enabled'}; nothing changed.`);
    else if (o.disabled) out(`Disabled ${o.username}: their tokens, browser sessions and open connections stop working (a running server closes them within seconds). "poc user enable ${o.username}" gives them back.`);
    else out(`Enabled ${o.username}: their tokens work again.`);
    return { disabledAt: user.disabledAt };
  });
}

/** Issues a new single-use invite link for a person (older ones stop working) and prints it once, as the last line. */
export async function userInvite(o: StoreOptions & { username: string; publicUrl?: string }): Promise<{ url: string; expiresAt: string }> {
  const out = print(o);
  const base = o.publicUrl?.trim();
  if (!base) throw new CommandError('Give the address people open the workspace at with --public-url (e.g. https://poc.example.org), so the link reaches this server.');
  if (!/^https?:\/\/[^/\s]+/i.test(base)) throw new CommandError(`--public-url "${base}" is not an http(s) address; write it as https://poc.example.org.`);
  return withStore(o.data, async (s) => {
    const invite = await issueInvite(s, 'cli', o.username, base);
    out(`Invite for ${o.username}, valid until ${invite.expiresAt}; it works once and replaces any earlier link (shown only now):`);
    out(invite.url);
    return invite;
  });
}
