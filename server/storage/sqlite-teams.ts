/**
 * Teams in SQLite (issue 14): the teams, their members and their grants.
 * @internal Used by `SqliteStorage`, which is the public face of the store.
 */
import type Database from 'better-sqlite3';
import { recordedWrite } from './sqlite-records.js';
import { type AuditDraft, StorageError, type TeamGrantRow, type TeamMemberRow, type TeamRow, type TeamStore } from './storage.js';
import { type MemberDbRow, type TeamDbRow, type TeamGrantDbRow, toMember, toTeam, toTeamGrant } from './db-rows.js';

/** @internal The team tables of a SQLite store. */
export class SqliteTeams implements TeamStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      add: db.prepare('INSERT INTO teams (id, name, offices, claim_value, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)'),
      get: db.prepare<[string], TeamDbRow>('SELECT * FROM teams WHERE id = ?'),
      list: db.prepare<[], TeamDbRow>('SELECT * FROM teams ORDER BY id'),
      setName: db.prepare('UPDATE teams SET name = ? WHERE id = ?'),
      setOffices: db.prepare('UPDATE teams SET offices = ? WHERE id = ?'),
      setClaim: db.prepare('UPDATE teams SET claim_value = ? WHERE id = ?'),
      dropMembers: db.prepare('DELETE FROM team_members WHERE team_id = ?'),
      dropGrants: db.prepare('DELETE FROM team_grants WHERE team_id = ?'),
      drop: db.prepare('DELETE FROM teams WHERE id = ?'),
      userExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM users WHERE username = ?'),
      setMember: db.prepare(
        `INSERT INTO team_members (team_id, username, manager, source, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (team_id, username) DO UPDATE SET manager = excluded.manager, source = excluded.source`,
      ),
      removeMember: db.prepare('DELETE FROM team_members WHERE team_id = ? AND username = ?'),
      members: db.prepare<[string], MemberDbRow>('SELECT * FROM team_members WHERE team_id = ? ORDER BY username'),
      membershipsOf: db.prepare<[string], MemberDbRow>('SELECT * FROM team_members WHERE username = ? ORDER BY team_id'),
      setGrant: db.prepare(
        `INSERT INTO team_grants (team_id, doc_id, access, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (team_id, doc_id) DO UPDATE SET access = excluded.access, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
      ),
      removeGrant: db.prepare('DELETE FROM team_grants WHERE team_id = ? AND doc_id = ?'),
      grantsFor: db.prepare<[string], TeamGrantDbRow>("SELECT * FROM team_grants WHERE doc_id = ? OR doc_id = '*' ORDER BY team_id, doc_id"),
      grantsOf: db.prepare<[string], TeamGrantDbRow>('SELECT * FROM team_grants WHERE team_id = ? ORDER BY doc_id'),
    };
  }

  private noTeam(id: string): StorageError {
    return new StorageError('not-found', `There is no team "${id}". Create it first ("poc team add ${id} --name …", or in the web workspace's administration).`);
  }

  async addTeam(team: Omit<TeamRow, 'createdAt'>, audit?: AuditDraft): Promise<TeamRow> {
    const createdAt = new Date().toISOString();
    try {
      recordedWrite(this.db, audit, () => this.q.add.run(team.id, team.name, JSON.stringify(team.offices), team.claimValue, createdAt, team.createdBy));
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new StorageError('exists', `A team "${team.id}" already exists; choose another id.`);
      throw e;
    }
    return { ...team, createdAt };
  }

  async getTeam(id: string): Promise<TeamRow | undefined> {
    const r = this.q.get.get(id);
    return r && toTeam(r);
  }

  async listTeams(): Promise<TeamRow[]> {
    return this.q.list.all().map(toTeam);
  }

  async updateTeam(id: string, patch: Partial<Pick<TeamRow, 'name' | 'offices' | 'claimValue'>>, audit?: AuditDraft): Promise<boolean> {
    if (!this.q.get.get(id)) return false;
    recordedWrite(this.db, audit, () => {
      if (patch.name !== undefined) this.q.setName.run(patch.name, id);
      if (patch.offices !== undefined) this.q.setOffices.run(JSON.stringify(patch.offices), id);
      if (patch.claimValue !== undefined) this.q.setClaim.run(patch.claimValue, id);
    });
    return true;
  }

  async deleteTeam(id: string, audit?: AuditDraft): Promise<boolean> {
    return this.db.transaction(() => {
      if (!this.q.get.get(id)) return false;
      recordedWrite(this.db, audit, () => {
        this.q.dropMembers.run(id);
        this.q.dropGrants.run(id);
        this.q.drop.run(id);
      });
      return true;
    }).immediate();
  }

  async setTeamMember(member: Omit<TeamMemberRow, 'addedAt'>, audit?: AuditDraft): Promise<void> {
    if (!this.q.get.get(member.teamId)) throw this.noTeam(member.teamId);
    if (!this.q.userExists.get(member.username)) throw new StorageError('not-found', `There is no user named "${member.username}".`);
    recordedWrite(this.db, audit, () =>
      this.q.setMember.run(member.teamId, member.username, member.manager ? 1 : 0, member.source, new Date().toISOString(), member.addedBy),
    );
  }

  async removeTeamMember(teamId: string, username: string, audit?: AuditDraft): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.q.removeMember.run(teamId, username).changes === 0) return false;
      recordedWrite(this.db, audit, () => undefined);
      return true;
    }).immediate();
  }

  async teamMembers(teamId: string): Promise<TeamMemberRow[]> {
    return this.q.members.all(teamId).map(toMember);
  }

  async membershipsOf(username: string): Promise<TeamMemberRow[]> {
    return this.q.membershipsOf.all(username).map(toMember);
  }

  async setTeamGrant(grant: Omit<TeamGrantRow, 'grantedAt'>, audit?: AuditDraft): Promise<void> {
    if (!this.q.get.get(grant.teamId)) throw this.noTeam(grant.teamId);
    recordedWrite(this.db, audit, () => this.q.setGrant.run(grant.teamId, grant.docId, grant.access, grant.grantedBy, new Date().toISOString()));
  }

  async removeTeamGrant(teamId: string, docId: string, audit?: AuditDraft): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.q.removeGrant.run(teamId, docId).changes === 0) return false;
      recordedWrite(this.db, audit, () => undefined);
      return true;
    }).immediate();
  }

  async teamGrantsFor(docId: string): Promise<TeamGrantRow[]> {
    return this.q.grantsFor.all(docId).map(toTeamGrant);
  }

  async teamGrantsOf(teamId: string): Promise<TeamGrantRow[]> {
    return this.q.grantsOf.all(teamId).map(toTeamGrant);
  }
}
