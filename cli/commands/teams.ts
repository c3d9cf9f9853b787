/**
 * `poc team add | list | member | grant | revoke | remove`: teams from the
 * server's own machine. The CLI acts as an administrator (it runs beside the
 * store), through the same team service as the HTTP API
 * (server/people/teams.ts), so both refuse and audit alike. A running
 * server re-checks its live connections every few seconds, so a change made
 * here reaches them without a restart.
 */
import { formatHolding, type OfficeHolding, parseHolding } from '../../shared/signoff/offices.js';
import { TemplateSet } from '../../shared/template/set.js';
import type { Team } from '../../shared/api/people.js';
import { type TeamActor, TeamRefusal, TeamService } from '../../server/people/teams.js';
import type { Storage } from '../../server/storage/storage.js';
import { CommandError, EXIT_NOT_FOUND, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';

/** The CLI as the team service sees it: an administrator, audited as "cli". */
const CLI: TeamActor = { username: 'cli', admin: true, via: 'cli' };
const TEAM_ACCESS = ['viewer', 'commenter', 'editor'] as const;
type TeamAccess = (typeof TEAM_ACCESS)[number];

/** Runs `work` on the team service of the data folder's store; a refusal becomes a CommandError with its message. */
async function withTeams<T>(o: StoreOptions & { templates?: TemplateSet }, work: (teams: TeamService, s: Storage) => Promise<T>): Promise<T> {
  return withStore(o.data, async (s) => {
    // The running server (if any) picks the change up at its next re-check of live connections.
    const teams = new TeamService({ storage: s, templates: o.templates ?? TemplateSet.builtin(), onAccessChanged: async () => {} });
    try {
      return await work(teams, s);
    } catch (e) {
      // A missing team, user, member or grant exits 1, as the issue asks of every verb that names something.
      if (e instanceof TeamRefusal) throw new CommandError(e.message, e.status === 404 ? EXIT_NOT_FOUND : undefined);
      throw e;
    }
  });
}

/** One line about a team: id, name, offices, claim, members (managers starred) and grants. */
export function formatTeam(team: Team): string {
  const parts = [`${team.id} "${team.name}"`];
  if (team.offices.length) parts.push(`offices: ${team.offices.map(formatHolding).join(', ')}`);
  if (team.claimValue) parts.push(`claim: ${team.claimValue}`);
  parts.push(`members: ${team.members.length ? team.members.map((m) => (m.manager ? `${m.username}*` : m.username)).join(', ') : 'none'}`);
  if (team.grants.length) parts.push(`grants: ${team.grants.map((g) => `${g.docId === '*' ? '* (every document)' : g.docId}=${g.access}`).join(', ')}`);
  return parts.join('; ');
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
  const offices: OfficeHolding[] = (o.offices ?? []).map((text) => {
    const h = parseHolding(text);
    if ('problem' in h) throw new CommandError(`${h.problem}.`);
    return h;
  });
  return withTeams(o, async (teams) => {
    const team = await teams.add(CLI, { id: o.id, name: o.name, offices, claimValue: o.claim ?? null });
    out(`Added team ${formatTeam(team)}.`);
    return team;
  });
}

/** Prints every team, one a line (or as JSON). */
export async function teamList(o: StoreOptions & { json?: boolean }): Promise<Team[]> {
  const out = print(o);
  return withTeams(o, async (teams) => {
    const all = await teams.list(CLI);
    if (o.json) out(JSON.stringify(all, null, 2));
    else if (!all.length) out('No teams yet; add one with "poc team add <id> --name …".');
    else for (const t of all) out(formatTeam(t));
    return all;
  });
}

/** Adds a person to a team (as a manager with `manager`), or removes them with `remove`. */
export async function teamMember(o: StoreOptions & { team: string; user: string; manager?: boolean; remove?: boolean }): Promise<Team> {
  const out = print(o);
  if (o.remove && o.manager) throw new CommandError('Give --remove or --manager, not both.');
  return withTeams(o, async (teams) => {
    if (o.remove) {
      const team = await teams.removeMember(CLI, o.team, o.user);
      out(`${o.user} is no longer a member of team ${o.team}.`);
      return team;
    }
    const team = await teams.setMember(CLI, o.team, o.user, o.manager === undefined ? {} : { manager: o.manager });
    const manager = team.members.find((m) => m.username === o.user)?.manager;
    out(`${o.user} is now ${manager ? 'a manager' : 'a member'} of team ${o.team}.`);
    return team;
  });
}

/** Gives a team viewer, commenter or editor access to one document, or to every document ("*"). */
export async function teamGrant(o: StoreOptions & { team: string; docId: string; access: string }): Promise<void> {
  const out = print(o);
  if (!TEAM_ACCESS.includes(o.access as TeamAccess)) throw new CommandError(`"${o.access}" is not an access a team may have; use ${TEAM_ACCESS.join(', ')} (a team is never an owner).`);
  await withTeams(o, async (teams, s) => {
    await existingDocument(s, o.docId);
    await teams.grant(CLI, o.team, o.docId, o.access as TeamAccess);
    out(`Team ${o.team} is now ${o.access} of ${o.docId === '*' ? 'every document' : `"${o.docId}"`}.`);
  });
}

/** Removes a team's grant on one document (or its "*" grant). */
export async function teamRevoke(o: StoreOptions & { team: string; docId: string }): Promise<void> {
  const out = print(o);
  await withTeams(o, async (teams) => {
    await teams.revoke(CLI, o.team, o.docId);
    out(`Team ${o.team} no longer has access to ${o.docId === '*' ? 'every document' : `"${o.docId}"`} through this grant.`);
  });
}

/** Deletes a team: its members lose what it gave them. */
export async function teamRemove(o: StoreOptions & { team: string }): Promise<void> {
  const out = print(o);
  await withTeams(o, async (teams) => {
    await teams.remove(CLI, o.team);
    out(`Deleted team ${o.team}; its members no longer have what it gave them.`);
  });
}

/** Refuses a grant on a document the store does not hold (a mistyped id would otherwise be kept and open nothing). */
async function existingDocument(s: Storage, docId: string): Promise<void> {
  if (docId === '*' || (await s.getDocument(docId))) return;
  const found = await s.findDocumentId(docId);
  if (found && !found.deleted) throw new CommandError(`The document's id is "${found.id}", not "${docId}" (ids are matched exactly); grant on "${found.id}".`, EXIT_NOT_FOUND);
  throw new CommandError(`There is no document "${docId}"${found?.deleted ? ' (it was deleted)' : ''}; check its id.`, EXIT_NOT_FOUND);
}
