/**
 * Teams in PostgreSQL (issue 14): the teams, their members and their grants,
 * the same rows and answers as sqlite-teams.ts.
 * @internal Used by `PostgresStorage`, which is the public face of the store.
 */
import type pg from 'pg';
import { changes, isUniqueClash, one, recordAudit, recordedWrite, rows, transaction } from './postgres-db.js';
import { type AuditDraft, StorageError, type TeamGrantRow, type TeamMemberRow, type TeamRow, type TeamStore } from './storage.js';
import { type MemberDbRow, type TeamDbRow, type TeamGrantDbRow, toMember, toTeam, toTeamGrant } from './db-rows.js';

/** @internal The team tables of a PostgreSQL store. */
export class PostgresTeams implements TeamStore {
  constructor(private readonly pool: pg.Pool) {}

  private noTeam(id: string): StorageError {
    return new StorageError('not-found', `There is no team "${id}". Create it first ("poc team add ${id} --name …", or in the web workspace's administration).`);
  }

  async addTeam(team: Omit<TeamRow, 'createdAt'>, audit?: AuditDraft): Promise<TeamRow> {
    const createdAt = new Date().toISOString();
    try {
      await recordedWrite(this.pool, audit, (db) =>
        db.query('INSERT INTO teams (id, name, offices, claim_value, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
          team.id,
          team.name,
          JSON.stringify(team.offices),
          team.claimValue,
          createdAt,
          team.createdBy,
        ]),
      );
    } catch (e) {
      if (isUniqueClash(e, 'teams_pkey')) throw new StorageError('exists', `A team "${team.id}" already exists; choose another id.`);
      throw e;
    }
    return { ...team, createdAt };
  }

  async getTeam(id: string): Promise<TeamRow | undefined> {
    const r = await one<TeamDbRow>(this.pool, 'SELECT * FROM teams WHERE id = $1', [id]);
    return r && toTeam(r);
  }

  async listTeams(): Promise<TeamRow[]> {
    return (await rows<TeamDbRow>(this.pool, 'SELECT * FROM teams ORDER BY id COLLATE "C"')).map(toTeam);
  }

  async updateTeam(id: string, patch: Partial<Pick<TeamRow, 'name' | 'offices' | 'claimValue'>>, audit?: AuditDraft): Promise<boolean> {
    if (!(await this.getTeam(id))) return false;
    await transaction(this.pool, async (c) => {
      if (patch.name !== undefined) await c.query('UPDATE teams SET name = $1 WHERE id = $2', [patch.name, id]);
      if (patch.offices !== undefined) await c.query('UPDATE teams SET offices = $1 WHERE id = $2', [JSON.stringify(patch.offices), id]);
      if (patch.claimValue !== undefined) await c.query('UPDATE teams SET claim_value = $1 WHERE id = $2', [patch.claimValue, id]);
      await recordAudit(c, audit);
    });
    return true;
  }

  async deleteTeam(id: string, audit?: AuditDraft): Promise<boolean> {
    return transaction(this.pool, async (c) => {
      if (!(await one(c, 'SELECT 1 FROM teams WHERE id = $1 FOR UPDATE', [id]))) return false;
      await c.query('DELETE FROM team_members WHERE team_id = $1', [id]);
      await c.query('DELETE FROM team_grants WHERE team_id = $1', [id]);
      await c.query('DELETE FROM teams WHERE id = $1', [id]);
      await recordAudit(c, audit);
      return true;
    });
  }

  async setTeamMember(member: Omit<TeamMemberRow, 'addedAt'>, audit?: AuditDraft): Promise<void> {
    if (!(await this.getTeam(member.teamId))) throw this.noTeam(member.teamId);
    if (!(await one(this.pool, 'SELECT 1 FROM users WHERE username = $1', [member.username]))) throw new StorageError('not-found', `There is no user named "${member.username}".`);
    await recordedWrite(this.pool, audit, (db) =>
      db.query(
        `INSERT INTO team_members (team_id, username, manager, source, added_at, added_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (team_id, username) DO UPDATE SET manager = excluded.manager, source = excluded.source`,
        [member.teamId, member.username, member.manager, member.source, new Date().toISOString(), member.addedBy],
      ),
    );
  }

  async removeTeamMember(teamId: string, username: string, audit?: AuditDraft): Promise<boolean> {
    return transaction(this.pool, async (c) => {
      if ((await changes(c, 'DELETE FROM team_members WHERE team_id = $1 AND username = $2', [teamId, username])) === 0) return false;
      await recordAudit(c, audit);
      return true;
    });
  }

  async teamMembers(teamId: string): Promise<TeamMemberRow[]> {
    return (await rows<MemberDbRow>(this.pool, 'SELECT * FROM team_members WHERE team_id = $1 ORDER BY username COLLATE "C"', [teamId])).map(toMember);
  }

  async membershipsOf(username: string): Promise<TeamMemberRow[]> {
    return (await rows<MemberDbRow>(this.pool, 'SELECT * FROM team_members WHERE username = $1 ORDER BY team_id COLLATE "C"', [username])).map(toMember);
  }

  async setTeamGrant(grant: Omit<TeamGrantRow, 'grantedAt'>, audit?: AuditDraft): Promise<void> {
    if (!(await this.getTeam(grant.teamId))) throw this.noTeam(grant.teamId);
    await recordedWrite(this.pool, audit, (db) =>
      db.query(
        `INSERT INTO team_grants (team_id, doc_id, access, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (team_id, doc_id) DO UPDATE SET access = excluded.access, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
        [grant.teamId, grant.docId, grant.access, grant.grantedBy, new Date().toISOString()],
      ),
    );
  }

  async removeTeamGrant(teamId: string, docId: string, audit?: AuditDraft): Promise<boolean> {
    return transaction(this.pool, async (c) => {
      if ((await changes(c, 'DELETE FROM team_grants WHERE team_id = $1 AND doc_id = $2', [teamId, docId])) === 0) return false;
      await recordAudit(c, audit);
      return true;
    });
  }

  async teamGrantsFor(docId: string): Promise<TeamGrantRow[]> {
    return (await rows<TeamGrantDbRow>(this.pool, "SELECT * FROM team_grants WHERE doc_id = $1 OR doc_id = '*' ORDER BY team_id COLLATE \"C\", doc_id COLLATE \"C\"", [docId])).map(toTeamGrant);
  }

  async teamGrantsOf(teamId: string): Promise<TeamGrantRow[]> {
    return (await rows<TeamGrantDbRow>(this.pool, 'SELECT * FROM team_grants WHERE team_id = $1 ORDER BY doc_id COLLATE "C"', [teamId])).map(toTeamGrant);
  }
}
