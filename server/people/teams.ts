/**
 * Teams (issue 14), as one service the HTTP routes and the CLI both call, so
 * they never disagree on who may do what: administrators do anything; a
 * team's managers add and remove its ordinary members and rename it; nobody
 * else changes it, and a team one neither belongs to nor manages reads as
 * missing (ids do not leak). Every change commits with its audit entry or not
 * at all (fail-closed), and is then told to the live connections of everyone
 * it concerns (`onAccessChanged`), so a removed member loses at once what the
 * team gave them.
 */
import { type AddTeamRequest, type DirectoryResponse, type Team, type TeamGrantRequest, TEAM_ID_PATTERN, type UpdateTeamRequest } from '../../shared/api/people.js';
import { currentHoldings, type OfficeHolding, sameHolding } from '../../shared/signoff/offices.js';
import { officeAliases } from './offices.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { StorageError, type Storage, type TeamRow } from '../storage/storage.js';

/** Who asks: a person (an administrator or not), or the CLI (`cli`, an administrator: it runs beside the store). */
export interface TeamActor {
  username: string;
  admin: boolean;
  /** Where the change came from, kept in the audit entry ("api", "cli"). */
  via: string;
}

/** What the service needs: the store, the templates whose sign-off roles are the offices a team may hold, and the live connections' re-check. */
export interface TeamDeps {
  storage: Storage;
  templates: TemplateSet;
  onAccessChanged: (username: string, docId: string) => Promise<void>;
}

/** A refused team change: an HTTP status, a code and a message saying what to do. The routes answer it as is; the CLI prints it. */
export class TeamRefusal extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TeamRefusal';
  }
}

/** How many people and teams the directory answers at most, each. */
export const DIRECTORY_LIMIT = 20;


/** Why a team id is refused, or undefined when it is fine (the username rule: ids sit in URLs and grants). */
export function checkTeamId(id: string): string | undefined {
  return TEAM_ID_PATTERN.test(id) ? undefined : `"${id}" is not a valid team id: use 1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit.`;
}

/** The sign-off roles the templates declare: the offices a team may hold. */
export function knownRoles(templates: TemplateSet): string[] {
  return [...new Set(templates.all().flatMap((t) => t.signoffs.map((s) => s.role)))].sort();
}

/** Teams: creating, changing and deleting them, their members, their grants, and the directory. */
export class TeamService {
  constructor(private readonly deps: TeamDeps) {}

  private get storage(): Storage {
    return this.deps.storage;
  }

  /** The team as the API shows it: members with their names, and its grants. */
  async view(team: TeamRow): Promise<Team> {
    const [members, grants] = await Promise.all([this.storage.teamMembers(team.id), this.storage.teamGrantsOf(team.id)]);
    const named = await Promise.all(
      members.map(async (m) => ({ username: m.username, name: (await this.storage.getUser(m.username))?.name ?? m.username, manager: m.manager, source: m.source })),
    );
    return { id: team.id, name: team.name, offices: team.offices, claimValue: team.claimValue, members: named, grants: grants.map((g) => ({ docId: g.docId, access: g.access })), createdAt: team.createdAt };
  }

  /** Every team for an administrator; the teams one belongs to or manages for anyone else. */
  async list(actor: TeamActor): Promise<Team[]> {
    const all = await this.storage.listTeams();
    if (actor.admin) return Promise.all(all.map((t) => this.view(t)));
    const mine = new Set((await this.storage.membershipsOf(actor.username)).map((m) => m.teamId));
    return Promise.all(all.filter((t) => mine.has(t.id)).map((t) => this.view(t)));
  }

  /** Creates a team (administrators only). */
  async add(actor: TeamActor, request: AddTeamRequest): Promise<Team> {
    if (!actor.admin) throw new TeamRefusal(403, 'not-admin', 'Only an administrator can create teams; ask one to create it and make you its manager.');
    const bad = checkTeamId(request.id);
    if (bad) throw new TeamRefusal(400, 'bad-team-id', bad);
    const name = this.checkName(request.name);
    const offices = this.checkOffices(request.offices ?? []);
    const claimValue = request.claimValue?.trim() || null;
    const audit = { kind: 'team-added' as const, actor: actor.username, docId: null, detail: { team: request.id, name, offices, claimValue, via: actor.via } };
    try {
      return await this.view(await this.storage.addTeam({ id: request.id, name, offices, claimValue, createdBy: actor.username }, audit));
    } catch (e) {
      if (e instanceof StorageError && e.code === 'exists') throw new TeamRefusal(409, 'team-exists', e.message);
      throw e;
    }
  }

  /** Renames a team (administrators and its managers) or changes its offices or claim value (administrators only). */
  async update(actor: TeamActor, teamId: string, request: UpdateTeamRequest): Promise<Team> {
    const team = await this.visible(actor, teamId);
    if (!actor.admin) {
      if (!(await this.manages(actor.username, teamId))) throw this.notManager(teamId);
      if (request.offices !== undefined || request.claimValue !== undefined) {
        throw new TeamRefusal(403, 'not-admin', `Only an administrator can change the offices or the sign-on claim of team "${teamId}"; as its manager you may rename it and add or remove its members.`);
      }
    }
    const patch = {
      ...(request.name !== undefined ? { name: this.checkName(request.name) } : {}),
      ...(request.offices !== undefined ? { offices: this.checkOffices(request.offices) } : {}),
      ...(request.claimValue !== undefined ? { claimValue: request.claimValue?.trim() || null } : {}),
    };
    await this.storage.updateTeam(teamId, patch, { kind: 'team-changed', actor: actor.username, docId: null, detail: { team: teamId, ...patch, via: actor.via } });
    // Offices held through the team count at once for its members' sign-offs; their connections are re-checked too.
    if (patch.offices) await this.tellMembers(teamId, '*');
    return this.view({ ...team, ...patch });
  }

  /** Deletes a team (administrators only): its members lose at once what it gave them (grants and offices). */
  async remove(actor: TeamActor, teamId: string): Promise<void> {
    await this.visible(actor, teamId);
    if (!actor.admin) throw new TeamRefusal(403, 'not-admin', `Only an administrator can delete team "${teamId}".`);
    const [members, grants] = await Promise.all([this.storage.teamMembers(teamId), this.storage.teamGrantsOf(teamId)]);
    const detail = { team: teamId, members: members.map((m) => m.username), grants: grants.map((g) => ({ docId: g.docId, access: g.access })), via: actor.via };
    if (!(await this.storage.deleteTeam(teamId, { kind: 'team-deleted', actor: actor.username, docId: null, detail }))) throw this.noTeam(teamId);
    for (const m of members) await this.deps.onAccessChanged(m.username, '*');
  }

  /**
   * Adds a member, or changes whether they manage the team. Administrators do either; a manager adds ordinary members
   * only (making or unmaking managers is an administrator's). Without `manager`, an existing member keeps theirs.
   */
  async setMember(actor: TeamActor, teamId: string, username: string, request: { manager?: boolean }): Promise<Team> {
    const team = await this.visible(actor, teamId);
    const current = (await this.storage.teamMembers(teamId)).find((m) => m.username === username);
    const manager = request.manager ?? current?.manager ?? false;
    if (!actor.admin) {
      if (!(await this.manages(actor.username, teamId))) throw this.notManager(teamId);
      if (manager !== (current?.manager ?? false)) {
        throw new TeamRefusal(403, 'not-admin', `Only an administrator can make someone a manager of team "${teamId}" or stop them being one; as its manager you may add and remove ordinary members.`);
      }
    }
    const user = await this.storage.getUser(username);
    if (!user) throw new TeamRefusal(404, 'no-such-user', `There is no user named "${username}"; an administrator adds people first.`);
    const audit = { kind: 'team-member-added' as const, actor: actor.username, docId: null, detail: { team: teamId, user: username, manager, via: actor.via } };
    await this.storage.setTeamMember({ teamId, username, manager, source: current?.source ?? 'manual', addedBy: actor.username }, audit);
    await this.tellMember(teamId, username);
    return this.view(team);
  }

  /** Removes a member: they lose what the team gave them at once. Managers remove ordinary members; administrators anyone. */
  async removeMember(actor: TeamActor, teamId: string, username: string): Promise<Team> {
    const team = await this.visible(actor, teamId);
    const current = (await this.storage.teamMembers(teamId)).find((m) => m.username === username);
    if (!actor.admin) {
      if (!(await this.manages(actor.username, teamId))) throw this.notManager(teamId);
      if (current?.manager && username !== actor.username) throw new TeamRefusal(403, 'not-admin', `${username} manages team "${teamId}"; only an administrator can remove a manager.`);
    }
    const audit = { kind: 'team-member-removed' as const, actor: actor.username, docId: null, detail: { team: teamId, user: username, via: actor.via } };
    if (!current || !(await this.storage.removeTeamMember(teamId, username, audit))) throw new TeamRefusal(404, 'not-a-member', `${username} is not a member of team "${teamId}"; nothing was changed.`);
    await this.tellMember(teamId, username);
    return this.view(team);
  }

  /**
   * Gives a team access to a document, or to every document ("*", administrators only). Whether the actor may share
   * this document (its owners and administrators) is the caller's to check first: the routes answer it as they do
   * for a person's grant.
   */
  async grant(actor: TeamActor, teamId: string, docId: string, access: TeamGrantRequest['access']): Promise<void> {
    if (docId === '*' && !actor.admin) throw new TeamRefusal(403, 'not-admin', 'Only an administrator can give a team access to every document.');
    if (!(await this.storage.getTeam(teamId))) throw this.noTeam(teamId);
    const audit = { kind: 'team-grant' as const, actor: actor.username, docId, detail: { team: teamId, access, via: actor.via } };
    await this.storage.setTeamGrant({ teamId, docId, access, grantedBy: actor.username }, audit);
    await this.tellMembers(teamId, docId);
  }

  /** Takes a team's access to a document (or its "*" grant) away; its members' live connections follow at once. */
  async revoke(actor: TeamActor, teamId: string, docId: string): Promise<void> {
    if (docId === '*' && !actor.admin) throw new TeamRefusal(403, 'not-admin', "Only an administrator can change a team's access to every document.");
    if (!(await this.storage.getTeam(teamId))) throw this.noTeam(teamId);
    const audit = { kind: 'team-revoke' as const, actor: actor.username, docId, detail: { team: teamId, via: actor.via } };
    if (!(await this.storage.removeTeamGrant(teamId, docId, audit))) {
      throw new TeamRefusal(404, 'no-grant', `Team "${teamId}" has no grant on ${docId === '*' ? 'every document' : `"${docId}"`}; nothing was changed.`);
    }
    await this.tellMembers(teamId, docId);
  }

  /**
   * People and teams whose id or name contains `q` (ignoring case), for the Share dialog: at most 20 of each, disabled
   * people left out. Only those who share (owners of a document, team managers, administrators) may search.
   */
  async directory(actor: TeamActor, q: string): Promise<DirectoryResponse> {
    if (!actor.admin && !(await this.mayShare(actor.username))) {
      throw new TeamRefusal(403, 'not-sharing', 'Only owners of a document, team managers and administrators can search the directory; ask an owner to share the document.');
    }
    const needle = q.trim().toLowerCase();
    // A blank search would list everyone, twenty at a time: the directory answers names asked for, not the roll.
    if (!needle) return { people: [], teams: [] };
    const hit = (id: string, name: string) => id.toLowerCase().includes(needle) || name.toLowerCase().includes(needle);
    const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
    const people = (await this.storage.listUsers()).filter((u) => !u.disabledAt && hit(u.username, u.name)).sort(byName);
    const teams = (await this.storage.listTeams()).filter((t) => hit(t.id, t.name)).sort(byName);
    return {
      people: people.slice(0, DIRECTORY_LIMIT).map((u) => ({ username: u.username, name: u.name })),
      teams: teams.slice(0, DIRECTORY_LIMIT).map((t) => ({ id: t.id, name: t.name })),
    };
  }

  // ------------------------------------------------------------------------------------------------- helpers

  /** The team, when the actor may see it (administrators, its members); else a refusal that says it is missing, as for a team that does not exist. */
  private async visible(actor: TeamActor, teamId: string): Promise<TeamRow> {
    const team = await this.storage.getTeam(teamId);
    if (!team) throw this.noTeam(teamId);
    if (!actor.admin && !(await this.storage.membershipsOf(actor.username)).some((m) => m.teamId === teamId)) throw this.noTeam(teamId);
    return team;
  }

  private async manages(username: string, teamId: string): Promise<boolean> {
    return (await this.storage.membershipsOf(username)).some((m) => m.teamId === teamId && m.manager);
  }

  /** Whether a person shares documents: owns one (by their own grant) or manages a team. */
  private async mayShare(username: string): Promise<boolean> {
    if ((await this.storage.grantsOf(username)).some((g) => g.access === 'owner')) return true;
    return (await this.storage.membershipsOf(username)).some((m) => m.manager);
  }

  private noTeam(teamId: string): TeamRefusal {
    return new TeamRefusal(404, 'no-such-team', `There is no team "${teamId}" that you can see; check its id ("poc team list", or the administration's Teams page).`);
  }

  private notManager(teamId: string): TeamRefusal {
    return new TeamRefusal(403, 'not-team-manager', `Only a manager of team "${teamId}" or an administrator can change it; ask one of them.`);
  }

  private checkName(name: string): string {
    const trimmed = name.trim();
    if (!trimmed) throw new TeamRefusal(400, 'bad-team-name', 'Give the team a name, e.g. "Sector North POC working group".');
    return trimmed;
  }

  /** The holdings, each role checked against the templates' sign-off roles, duplicates dropped. */
  private checkOffices(offices: readonly OfficeHolding[]): OfficeHolding[] {
    const known = knownRoles(this.deps.templates);
    const out: OfficeHolding[] = [];
    // A former office name (an alias, e.g. "unct") is written as the office it now is.
    for (const h of currentHoldings(offices, officeAliases(this.deps.templates))) {
      if (!known.includes(h.role)) throw new TeamRefusal(400, 'unknown-office', `Unknown office: ${h.role}. Offices the templates ask to sign: ${known.join(', ')}.`);
      const area = h.area?.trim();
      const holding: OfficeHolding = { role: h.role, ...(area ? { area } : {}), ...(h.docs?.length ? { docs: h.docs } : {}) };
      if (!out.some((o) => sameHolding(o, holding))) out.push(holding);
    }
    return out;
  }

  /** Re-checks one member's live connections (the team's grants, or its offices, may have changed for them). */
  private async tellMember(teamId: string, username: string): Promise<void> {
    const grants = await this.storage.teamGrantsOf(teamId);
    await this.deps.onAccessChanged(username, grants.length === 1 ? grants[0].docId : '*');
  }

  /** Re-checks the live connections of every member of the team on `docId`. */
  private async tellMembers(teamId: string, docId: string): Promise<void> {
    for (const m of await this.storage.teamMembers(teamId)) await this.deps.onAccessChanged(m.username, docId);
  }
}
