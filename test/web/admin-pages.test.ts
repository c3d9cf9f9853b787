/** The administration's addresses (web/admin/pages.ts): each section and each person's and team's page, and nothing else. */
import { describe, expect, it } from 'vitest';
import { adminPage } from '../../web/admin/pages.js';
import { auditPage } from '../../web/admin/audit-page.js';
import { documentsPage } from '../../web/admin/documents-page.js';
import { peoplePage } from '../../web/admin/people-page.js';
import { teamsPage } from '../../web/admin/teams-page.js';

describe('the administration page an address opens', () => {
  it('each section has its address, with or without a trailing slash', () => {
    expect(adminPage('/admin')).toBe(peoplePage);
    expect(adminPage('/admin/')).toBe(peoplePage);
    expect(adminPage('/admin/teams')).toBe(teamsPage);
    expect(adminPage('/admin/documents')).toBe(documentsPage);
    expect(adminPage('/admin/audit')).toBe(auditPage);
  });

  it('a person’s and a team’s page are opened by their name', () => {
    expect(adminPage('/admin/people/amina.k')).toBeTypeOf('function');
    expect(adminPage('/admin/teams/sector-north-poc')).toBeTypeOf('function');
  });

  it('an address the administration does not have opens nothing (the app says "not found")', () => {
    for (const path of ['/admin/nothing', '/admin/people', '/admin/people/a/b', '/admin/teams/a/members']) expect(adminPage(path)).toBeUndefined();
  });
});
