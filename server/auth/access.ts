/**
 * Who may do what with a document: the effective access of a person is the
 * highest of their own grants (on the document, or on "*": every document)
 * and the grants of the teams they belong to (issue 14).
 */
import { ACCESS_LEVELS, type AccessLevel, atLeast, isAccessLevel } from '../../shared/access-levels.js';
import type { AccessSource } from '../../shared/api/people.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import type { GrantRow, TeamGrantRow, TeamMemberRow, TeamRow } from '../storage/storage.js';

export { atLeast, isAccessLevel };

/** The higher of two access levels (undefined means none). */
export function higher(a: AccessLevel | undefined, b: AccessLevel | undefined): AccessLevel | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return ACCESS_LEVELS.indexOf(a) >= ACCESS_LEVELS.indexOf(b) ? a : b;
}

/**
 * A user's effective access to a document, from the grants that apply to it (see `Storage.grantsFor`) and, when
 * given, the team grants that apply to it (`Storage.teamGrantsFor`) with the user's memberships.
 */
export function effectiveAccess(
  grants: readonly GrantRow[],
  username: string,
  docId: string,
  teams: { grants: readonly TeamGrantRow[]; memberships: readonly Pick<TeamMemberRow, 'teamId'>[] } = { grants: [], memberships: [] },
): AccessLevel | undefined {
  let best: AccessLevel | undefined;
  for (const s of accessSources(grants, username, docId, teams)) best = higher(best, s.access);
  return best;
}

/**
 * Every way a person comes by access to a document: their own grants (on it or on every document) and those of the
 * teams they belong to; `teamNames` names the teams (the id stands in for a team it lacks).
 */
export function accessSources(
  grants: readonly GrantRow[],
  username: string,
  docId: string,
  teams: { grants: readonly TeamGrantRow[]; memberships: readonly Pick<TeamMemberRow, 'teamId'>[]; teamNames?: ReadonlyMap<string, string> },
): AccessSource[] {
  const out: AccessSource[] = [];
  const scope = (d: string) => (d === '*' ? 'all-documents' : 'this-document');
  for (const g of grants) if (g.username === username && (g.docId === docId || g.docId === '*')) out.push({ access: g.access, scope: scope(g.docId) });
  const mine = new Set(teams.memberships.map((m) => m.teamId));
  for (const g of teams.grants) {
    if (!mine.has(g.teamId) || (g.docId !== docId && g.docId !== '*')) continue;
    out.push({ access: g.access, scope: scope(g.docId), team: { id: g.teamId, name: teams.teamNames?.get(g.teamId) ?? g.teamId } });
  }
  return out;
}

/** The offices a person holds: their own holdings, then those of each team they belong to (a team's offices are held by every member). */
export function effectiveHoldings(own: readonly OfficeHolding[], teams: readonly Pick<TeamRow, 'offices'>[]): OfficeHolding[] {
  return [...own, ...teams.flatMap((t) => t.offices)];
}


/** Why `username`'s own grant on `docId` may not be removed or lowered: they are its only owner (undefined when another owner remains). */
export function onlyOwnerProblem(grants: readonly GrantRow[], docId: string, username: string): string | undefined {
  const owners = grants.filter((g) => g.docId === docId && g.access === 'owner');
  return owners.length === 1 && owners[0].username === username ? `${username} is the only owner of "${docId}"; make someone else an owner first.` : undefined;
}
