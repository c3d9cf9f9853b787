/**
 * `poc team add | list | member | grant | revoke | remove`: teams from the
 * server's own machine. The CLI acts as an administrator (it runs beside the
 * store), through the same team service as the HTTP API
 * (server/people/teams.ts), so both refuse and audit alike. A running
 * server re-checks its live connections every few seconds, so a change made
 * here reaches them without a restart.
 */
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliPeople } from '../../shared/i18n/messages/cli-people.js';
import { TemplateSet } from '../../shared/template/set.js';
import type { Team } from '../../shared/api/people.js';
import { type TeamActor, TeamRefusal, TeamService } from '../../server/people/teams.js';
import type { Storage } from '../../server/storage/storage.js';
import { CommandError, EXIT_NOT_FOUND, localeOf, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';
import { checkedHoldings, documentWords, holdingsWords, readHolding } from './holding-words.js';

/** The CLI as the team service sees it: an administrator, audited as "cli". */
const CLI: TeamActor = { username: 'cli', admin: true, via: 'cli' };
const TEAM_ACCESS = ['viewer', 'commenter', 'editor'] as const;
type TeamAccess = (typeof TEAM_ACCESS)[number];

/** What a team command names, for the words of the team service's refusals. */
interface Named {
  team?: string;
  user?: string;
  docId?: string;
}

/** The team service's refusal in `locale` (the service words it in English for the API and the log); English stays the service's own. */
function teamRefusalWords(e: TeamRefusal, named: Named, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return e.message;
  const t = wordsOf(cliPeople, locale);
  const team = named.team ?? '';
  switch (e.code) {
    case 'bad-team-id':
      return t('team.badId', { id: team });
    case 'bad-team-name':
      return t('team.needName');
    case 'team-exists':
      return t('team.exists', { team });
    case 'no-such-team':
      return t('team.missing', { team });
    case 'no-such-user':
      return t('team.noUser', { username: named.user ?? '' });
    case 'not-a-member':
      return t('team.notMember', { username: named.user ?? '', team });
    case 'no-grant':
      return t('team.noGrant', { team, what: documentWords(named.docId ?? '*', locale) });
    default:
      return e.message;
  }
}

/** Runs `work` on the team service of the data folder's store; a refusal becomes a CommandError with its message in the command's language. */
async function withTeams<T>(o: StoreOptions & { templates?: TemplateSet } & Named, work: (teams: TeamService, s: Storage) => Promise<T>): Promise<T> {
  const locale = localeOf(o);
  return withStore(o.data, async (s) => {
    // The running server (if any) picks the change up at its next re-check of live connections.
    const teams = new TeamService({ storage: s, templates: o.templates ?? TemplateSet.builtin(), onAccessChanged: async () => {} });
    try {
      return await work(teams, s);
    } catch (e) {
      // A missing team, user, member or grant exits 1, as the issue asks of every verb that names something.
      if (e instanceof TeamRefusal) throw new CommandError(teamRefusalWords(e, o, locale), e.status === 404 ? EXIT_NOT_FOUND : undefined);
      throw e;
    }
  }, { locale });
}

/** One line about a team: id, name, offices, claim, members (managers starred) and grants; its labels in `locale` (English by default). */
export function formatTeam(team: Team, locale: Locale = DEFAULT_LOCALE): string {
  const t = wordsOf(cliPeople, locale);
  const parts = [t('team.title', { id: team.id, name: team.name })];
  if (team.offices.length) parts.push(t('team.offices', { offices: holdingsWords(team.offices, locale) }));
  if (team.claimValue) parts.push(t('team.claim', { claim: team.claimValue }));
  const members = team.members.map((m) => (m.manager ? `${m.username}*` : m.username)).join(', ');
  parts.push(members ? t('team.members', { members }) : t('team.noMembers'));
  // Access levels stay as the flags take them (viewer, editor): "docId=level" is a listing to copy from.
  if (team.grants.length) parts.push(t('team.grants', { grants: team.grants.map((g) => `${g.docId === '*' ? t('team.grantEvery') : g.docId}=${g.access}`).join(', ') }));
  return parts.join(t('team.separator'));
}

/** What `teamAdd` creates. */
export interface TeamAddOptions extends StoreOptions {
  id: string;
  name: string;
  /** Offices as written on the command line: `role` (mission-wide) or `role@area`. */
  offices?: string[];
  /** The identity provider's claim value whose holders become members at sign-in. */
  claim?: string;
  /** Templates whose sign-off roles are the valid offices (default: the built-in ones). */
  templates?: TemplateSet;
}

/** Creates a team and prints it. */
export async function teamAdd(o: TeamAddOptions): Promise<Team> {
  const out = print(o);
  const locale = localeOf(o);
  const offices = (o.offices ?? []).map((text) => readHolding(text, locale));
  // Unknown offices are refused in the CLI's words before the service sees them (it would refuse them in English).
  if (offices.length && locale !== DEFAULT_LOCALE) checkedHoldings(offices, o.templates ?? TemplateSet.builtin(), locale);
  return withTeams({ ...o, team: o.id }, async (teams) => {
    const team = await teams.add(CLI, { id: o.id, name: o.name, offices, claimValue: o.claim ?? null });
    out(wordsOf(cliPeople, locale)('team.added', { team: formatTeam(team, locale) }));
    return team;
  });
}

/** Prints every team, one a line (or as JSON). */
export async function teamList(o: StoreOptions & { json?: boolean }): Promise<Team[]> {
  const out = print(o);
  const locale = localeOf(o);
  return withTeams(o, async (teams) => {
    const all = await teams.list(CLI);
    if (o.json) out(JSON.stringify(all, null, 2));
    else if (!all.length) out(wordsOf(cliPeople, locale)('team.none'));
    else for (const team of all) out(formatTeam(team, locale));
    return all;
  });
}

/** Adds a person to a team (as a manager with `manager`), or removes them with `remove`. */
export async function teamMember(o: StoreOptions & { team: string; user: string; manager?: boolean; remove?: boolean }): Promise<Team> {
  const out = print(o);
  const t = wordsOf(cliPeople, localeOf(o));
  if (o.remove && o.manager) throw new CommandError(t('team.removeOrManager'));
  return withTeams(o, async (teams) => {
    if (o.remove) {
      const team = await teams.removeMember(CLI, o.team, o.user);
      out(t('team.memberRemoved', { username: o.user, team: o.team }));
      return team;
    }
    const team = await teams.setMember(CLI, o.team, o.user, o.manager === undefined ? {} : { manager: o.manager });
    const manager = team.members.find((m) => m.username === o.user)?.manager;
    out(t(manager ? 'team.nowManager' : 'team.nowMember', { username: o.user, team: o.team }));
    return team;
  });
}

/** Gives a team viewer, commenter or editor access to one document, or to every document ("*"). */
export async function teamGrant(o: StoreOptions & { team: string; docId: string; access: string }): Promise<void> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  if (!TEAM_ACCESS.includes(o.access as TeamAccess)) throw new CommandError(t('team.badAccess', { access: o.access, levels: TEAM_ACCESS.join(', ') }));
  await withTeams(o, async (teams, s) => {
    await existingDocument(s, o.docId, locale);
    await teams.grant(CLI, o.team, o.docId, o.access as TeamAccess);
    out(t('team.granted', { team: o.team, access: t('teamLevel', { access: o.access }), what: documentWords(o.docId, locale) }));
  });
}

/** Removes a team's grant on one document (or its "*" grant). */
export async function teamRevoke(o: StoreOptions & { team: string; docId: string }): Promise<void> {
  const out = print(o);
  const locale = localeOf(o);
  await withTeams(o, async (teams) => {
    await teams.revoke(CLI, o.team, o.docId);
    out(wordsOf(cliPeople, locale)('team.revoked', { team: o.team, what: documentWords(o.docId, locale) }));
  });
}

/** Deletes a team: its members lose what it gave them. */
export async function teamRemove(o: StoreOptions & { team: string }): Promise<void> {
  const out = print(o);
  await withTeams(o, async (teams) => {
    await teams.remove(CLI, o.team);
    out(wordsOf(cliPeople, localeOf(o))('team.deleted', { team: o.team }));
  });
}

/** Refuses a grant on a document the store does not hold (a mistyped id would otherwise be kept and open nothing). */
async function existingDocument(s: Storage, docId: string, locale: Locale): Promise<void> {
  if (docId === '*' || (await s.getDocument(docId))) return;
  const t = wordsOf(cliPeople, locale);
  const found = await s.findDocumentId(docId);
  if (found && !found.deleted) throw new CommandError(t('grant.otherCase', { found: found.id, docId }), EXIT_NOT_FOUND);
  throw new CommandError(t(found?.deleted ? 'team.noDocumentDeleted' : 'team.noDocument', { docId }), EXIT_NOT_FOUND);
}
