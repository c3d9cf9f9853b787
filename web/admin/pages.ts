/**
 * The administration's pages by address (`/admin…`), loaded on demand by
 * web/app/routes.ts so the rest of the workspace never carries them.
 */
import type { Page } from '../app/page-context.js';
import { auditPage } from './audit-page.js';
import { documentsPage } from './documents-page.js';
import { peoplePage } from './people-page.js';
import { personPage } from './person-page.js';
import { teamPage } from './team-page.js';
import { teamsPage } from './teams-page.js';

/** The administration page of a path, or undefined for an address it does not have. */
export function adminPage(pathname: string): Page | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/admin') return peoplePage;
  if (path === '/admin/teams') return teamsPage;
  if (path === '/admin/documents') return documentsPage;
  if (path === '/admin/audit') return auditPage;
  const person = /^\/admin\/people\/([^/]+)$/.exec(path);
  if (person) return personPage(decodeURIComponent(person[1]!));
  const team = /^\/admin\/teams\/([^/]+)$/.exec(path);
  if (team) return teamPage(decodeURIComponent(team[1]!));
  return undefined;
}
