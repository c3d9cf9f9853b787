/**
 * The Share dialog on the web document page, in real Chromium against the
 * real server serving the app it builds: an owner shares the matrix with a
 * person found by part of her name, changes her level, shares with a team
 * (keyboard only) and sees its members listed "through" it, removes a
 * grant, and is told in words when the server refuses; a viewer sees who
 * has access, read-only. axe-core finds nothing serious in the dialog.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { axeProblems } from './support/axe.js';
import { type Browser, keepForDocs, launchChromium, screenshot } from './support/chromium.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const DOC = 'tm-share';
const TEAM = { id: 'sector-north-poc', name: 'Sector North POC working group' };
const MARKUP_NAME = '<img src=x onerror="window.pwned=1">';

/** The web app the server serves (a shared, cached build). */
let webDir: string;
let server: TestServer;
let browser: Browser;
const tokens = { olivia: '', vic: '' };

beforeAll(async () => {
  webDir = await cachedWebApp();
  server = await startTestServer({ webDir });
  tokens.olivia = await server.addUser('olivia', { name: 'Olivia Owner' });
  tokens.vic = await server.addUser('vic', { name: 'Vic Viewer' });
  await server.addUser('amina', { name: 'Amina Diallo' });
  await server.addUser('ben', { name: 'Ben Okello' });
  await server.addUser('bea', { name: 'Bea Aminov' });
  await server.createDoc(DOC, 'olivia');
  await server.server.storage.setGrant({ username: 'vic', docId: DOC, access: 'viewer', grantedBy: 'olivia' });
  // A display name written as markup: the dialog must show it as text, never run it.
  await server.addUser('mallory', { name: MARKUP_NAME, grants: { [DOC]: 'viewer' } });
  const s = server.server.storage;
  await s.addTeam({ ...TEAM, offices: [], claimValue: null, createdBy: null });
  for (const username of ['amina', 'ben']) await s.setTeamMember({ teamId: TEAM.id, username, manager: false, source: 'manual', addedBy: null });
  await seedDocument(server.url, DOC, tokens.olivia, threatMatrixModel(DOC, today));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Signs `token` in on a fresh page and opens the matrix's page. */
async function openDocumentAs(token: string, name: string): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.httpUrl}/d/${DOC}`);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.poc-web-header').getByText(`Signed in as ${name}`).waitFor();
  await page.locator('.poc-web-document-host .ProseMirror').first().waitFor();
  return page;
}

/** The line of one person in the dialog's list. */
const personRow = (dialog: Locator, name: string) => dialog.locator('.poc-share-people .poc-share-row', { has: dialog.page().locator('.poc-share-name', { hasText: name }) });

/** Saves a screenshot to test/output and, when asked (keepForDocs), a copy to docs/issue-14. */
async function keep(page: Page, name: string): Promise<void> {
  const path = await screenshot(page, name);
  keepForDocs(path, 'docs/issue-14', name);
}

describe('the Share dialog of an owner', () => {
  let page: Page;
  let dialog: Locator;

  beforeAll(async () => {
    page = await openDocumentAs(tokens.olivia, 'Olivia Owner');
  });

  it('opens from the Share button of the document page, listing who has access and through what', async () => {
    await page.getByRole('button', { name: 'Share' }).click();
    dialog = page.getByRole('dialog', { name: /Share "Sector North threat matrix"/ });
    await dialog.waitFor();
    await expect.poll(() => personRow(dialog, 'Olivia Owner').textContent()).toContain('Owner, own grant');
    expect(await personRow(dialog, 'Vic Viewer').textContent()).toContain('Viewer, own grant');
  });

  it('shares with a person found by typing part of her name and choosing her from the completion', async () => {
    const box = dialog.getByRole('combobox', { name: 'Add people or teams' });
    await box.fill('amin');
    const option = dialog.getByRole('option', { name: /Amina Diallo/ });
    await option.waitFor();
    // Both people whose name holds "amin" are offered.
    expect(await dialog.getByRole('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Amina Diallo'), expect.stringContaining('Bea Aminov')]));
    await keep(page, 'share-dialog-completion');
    await option.click();
    await dialog.getByLabel('Access to give').selectOption('commenter');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Shared with Amina Diallo as commenter.');
    expect(await personRow(dialog, 'Amina Diallo').textContent()).toContain('Commenter, own grant');
  });

  it("changes a person's level", async () => {
    await dialog.getByLabel('Own access of Amina Diallo').selectOption('editor');
    await expect.poll(() => personRow(dialog, 'Amina Diallo').textContent()).toContain('Editor, own grant');
    expect(await server.server.storage.grantsFor(DOC)).toContainEqual(expect.objectContaining({ username: 'amina', access: 'editor' }));
  });

  it("shares with a team by keyboard alone, and lists the team's members through it", async () => {
    const box = dialog.getByRole('combobox', { name: 'Add people or teams' });
    await box.focus();
    await page.keyboard.type('north');
    await dialog.getByRole('option', { name: /Sector North POC working group/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await dialog.getByRole('option', { name: /Sector North POC working group/ }).getAttribute('id'));
    await page.keyboard.press('Enter');
    expect(await box.inputValue()).toBe(TEAM.name);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // A team is never an owner: the levels offered stop at editor.
    expect(await dialog.getByLabel('Access to give').locator('option').allTextContents()).toEqual(['Viewer', 'Commenter', 'Editor']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => personRow(dialog, 'Ben Okello').textContent()).toContain(`Editor, through ${TEAM.name}`);
    expect(await dialog.locator('.poc-share-teams .poc-share-row').textContent()).toContain(`${TEAM.name} — Editor, team grant`);
    expect(await personRow(dialog, 'Amina Diallo').textContent()).toContain(`Editor, through ${TEAM.name}`);
    await keep(page, 'share-dialog-owner');
  });

  it("removes a person's own grant, leaving what the team gives her", async () => {
    await dialog.getByRole('button', { name: 'Remove Amina Diallo' }).click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe("Removed Amina Diallo's own grant.");
    const row = await personRow(dialog, 'Amina Diallo').textContent();
    expect(row).toContain(`Editor, through ${TEAM.name}`);
    expect(row).not.toContain('own grant');
    // The button pressed is gone with its row; focus stays in the dialog rather than falling to the page.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.poc-share-dialog'))).toBe(true);
  });

  it("says the server's refusal in words when the only owner would be lowered", async () => {
    await dialog.getByLabel('Own access of Olivia Owner').selectOption('viewer');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/owner/i);
    await keep(page, 'share-dialog-refusal');
    // The list shows what holds: she is still the owner.
    expect(await dialog.getByLabel('Own access of Olivia Owner').inputValue()).toBe('owner');
  });

  it('has no serious accessibility problem', async () => {
    expect(await axeProblems(page, '.poc-share-dialog')).toEqual([]);
  });

  it('closes the completion with Escape, then the dialog with a second Escape, giving focus back to the Share button', async () => {
    const box = dialog.getByRole('combobox', { name: 'Add people or teams' });
    await box.fill('ben');
    await dialog.getByRole('option', { name: /Ben Okello/ }).waitFor();
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    // Opening it again opens one dialog, never two.
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await page.locator('dialog.poc-share-dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
  });
});

describe('the Share dialog of a viewer', () => {
  it('lists who has access and through what, read-only, and says only owners can share', async () => {
    const page = await openDocumentAs(tokens.vic, 'Vic Viewer');
    await page.getByRole('button', { name: 'Who has access' }).click();
    const dialog = page.getByRole('dialog', { name: /Who has access to "Sector North threat matrix"/ });
    await dialog.waitFor();
    await expect.poll(() => personRow(dialog, 'Ben Okello').textContent()).toContain(`Editor, through ${TEAM.name}`);
    expect(await dialog.textContent()).toContain('Only owners can share this document');
    expect(await dialog.getByRole('combobox', { name: 'Add people or teams' }).count()).toBe(0);
    expect(await dialog.locator('select').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await keep(page, 'share-dialog-viewer');
  });

  it('shows a display name written as markup as text, and runs nothing', async () => {
    const page = browser.context.pages().at(-1)!;
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('.poc-share-name', { hasText: MARKUP_NAME }).count()).toBe(1);
    expect(await dialog.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('has no serious accessibility problem for a reader', async () => {
    const page = browser.context.pages().at(-1)!;
    expect(await axeProblems(page, '.poc-share-dialog')).toEqual([]);
  });
});
