/**
 * Who has access to a document and through what (issue 14): every grant
 * that applies to it (people's and teams', on it and on every document) and,
 * per person, the effective level with its sources. The Share dialog, the
 * administration's documents page and `GET /api/docs/:id/access` all read
 * it here, so they never disagree with what the server enforces
 * (`effectiveAccess`, server/auth/access.ts).
 */
import type { AccessGrant, DocAccessResponse, PersonAccess } from '../../shared/api/people.js';
import { accessSources, higher } from '../auth/access.js';
import type { AccessLevel, Storage } from '../storage/storage.js';

/** The document's grants and each person's access through them; an archived document gives nobody more than viewer. */
export async function docAccess(storage: Storage, docId: string): Promise<DocAccessResponse> {
  const [grants, teamGrants, doc] = await Promise.all([storage.grantsFor(docId), storage.teamGrantsFor(docId), storage.getDocument(docId)]);
  const teamIds = [...new Set(teamGrants.map((g) => g.teamId))];
  const teams = new Map((await Promise.all(teamIds.map((id) => storage.getTeam(id)))).filter((t) => t !== undefined).map((t) => [t.id, t]));
  const teamNames = new Map([...teams.values()].map((t) => [t.id, t.name]));
  const members = new Map(await Promise.all(teamIds.map(async (id) => [id, await storage.teamMembers(id)] as const)));
  const names = new Map<string, { name: string; disabled: boolean }>();
  const person = async (username: string) => {
    if (!names.has(username)) {
      const u = await storage.getUser(username);
      names.set(username, { name: u?.name ?? username, disabled: !!u?.disabledAt });
    }
    return names.get(username)!;
  };

  const out: AccessGrant[] = [];
  for (const g of grants) {
    out.push({ principal: { kind: 'user', id: g.username, name: (await person(g.username)).name }, access: g.access, scope: g.docId === '*' ? 'all-documents' : 'this-document', grantedBy: g.grantedBy, grantedAt: g.grantedAt });
  }
  for (const g of teamGrants) {
    out.push({ principal: { kind: 'team', id: g.teamId, name: teamNames.get(g.teamId) ?? g.teamId }, access: g.access, scope: g.docId === '*' ? 'all-documents' : 'this-document', grantedBy: g.grantedBy, grantedAt: g.grantedAt });
  }

  const usernames = new Set([...grants.map((g) => g.username), ...[...members.values()].flat().map((m) => m.username)]);
  const people: PersonAccess[] = [];
  for (const username of usernames) {
    const memberships = [...members.entries()].filter(([, ms]) => ms.some((m) => m.username === username)).map(([teamId]) => ({ teamId }));
    const sources = accessSources(grants, username, docId, { grants: teamGrants, memberships, teamNames });
    let access: AccessLevel | undefined;
    for (const s of sources) access = higher(access, s.access);
    if (!access) continue;
    const { name, disabled } = await person(username);
    people.push({ username, name, access: doc?.archivedAt ? 'viewer' : access, sources, disabled });
  }
  people.sort((a, b) => a.name.localeCompare(b.name) || a.username.localeCompare(b.username));
  return { docId, archived: !!doc?.archivedAt, grants: out, people };
}
