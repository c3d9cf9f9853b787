/**
 * Comments end to end in real Chromium against the real server: Ed (an
 * editor, #ed0) and Pia (a consultation partner with commenter access, #ed1)
 * have the threat matrix open. Pia comments on T-3 and mentions Ed; Ed sees
 * it at once, replies and resolves it; Pia sees both live. Pia cannot change
 * the content. The comments panel is clean under axe; screenshots at 1440
 * and 390 px wide go to test/output/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { buildEditorBundle, buildStylesheet } from './support/bundle.js';
import { axeProblems } from './support/axe.js';
import { type Browser, editorsMounted, launchChromium, screenshot, screenshotUnrolled } from './support/chromium.js';
import { type PageConfig, type PageServer, startPageServer } from './support/page.js';
import { seedDocument, threatMatrixModel } from './support/seed.js';

const today = new Date().toISOString().slice(0, 10);
const EDITOR = '#ed0';
const PARTNER = '#ed1';
const ED = { name: 'Ed Mensah', color: '#c2410c' };
const PIA = { name: 'Pia Partner', color: '#1d4ed8' };

let server: TestServer;
let pages: PageServer;
let browser: Browser;
let tokens: { ed: string; pia: string };

beforeAll(async () => {
  const [editor, styles] = await Promise.all([buildEditorBundle(), buildStylesheet()]);
  pages = await startPageServer({ editor, styles }, () => server.httpUrl);
  server = await startTestServer({ allowOrigins: [pages.url] });
  tokens = {
    ed: await server.addUser('ed', { name: ED.name, grants: { 'cm-thread': 'owner' } }),
    pia: await server.addUser('pia', { name: PIA.name, grants: { 'cm-thread': 'commenter' } }),
  };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  await server?.stop();
});

async function openPage(docId: string): Promise<Page> {
  await seedDocument(server.url, docId, tokens.ed, threatMatrixModel(docId, today));
  const config: PageConfig = {
    serverUrl: server.url,
    docId,
    today,
    editors: [
      { token: tokens.ed, user: ED },
      { token: tokens.pia, user: PIA },
    ],
  };
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.setViewportSize({ width: 1440, height: 1640 });
  await page.goto(pages.pageUrl(config));
  await editorsMounted(page);
  await page.locator(`${PARTNER} .poc-comments`).waitFor();
  await page.locator(`${EDITOR} .poc-comments`).waitFor();
  return page;
}

/** The threads in one person's copy of the document, as plain JSON. */
function threadsIn(page: Page, index: number): Promise<Array<{ anchor: unknown; resolved: boolean; messages: Array<{ author: string; text: string; mentions: string[] }> }>> {
  return page.evaluate((i) => {
    const s = (window as unknown as { sessions: Array<{ ydoc: { getMap(n: string): { toJSON(): Record<string, unknown> } } }> }).sessions[i];
    return Object.values(s.ydoc.getMap('comments').toJSON()) as never;
  }, index);
}

describe('comments between an editor and a commenter', () => {
  it('the commenter comments on T-3 mentioning the editor; the editor sees it live, replies and resolves; the commenter cannot change the content', async () => {
    const page = await openPage('cm-thread');
    const pia = page.locator(`${PARTNER} .poc-comments`);
    const ed = page.locator(`${EDITOR} .poc-comments`);

    // Pia's editor is read-only and says why; her comments panel offers the form.
    await expect.poll(() => page.locator(`${PARTNER} .poc-readonly-note`).textContent()).toBe('You can comment but not change the content');
    const before = (await server.api('/api/docs/cm-thread?include=model', { token: tokens.ed })).body.model;

    // She presses T-3's "Comment" button: the panel's form is on T-3, ready to type; she mentions Ed from the suggestions.
    await page.locator(`${PARTNER} .poc-block[data-bid="T-3"]`).getByRole('button', { name: 'Comment on T-3' }).click();
    const place = pia.getByLabel('Comment on', { exact: true });
    await expect.poll(() => place.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toMatch(/^T-3 Clashes/);
    const box = pia.getByLabel('Your comment', { exact: true });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('Is the likelihood still right after last week? @E');
    await pia.getByRole('button', { name: 'Ed Mensah (@ed)' }).click();
    await box.pressSequentially('can you check?');
    await pia.getByRole('button', { name: 'Comment', exact: true }).click();

    // Ed sees it at once, under T-3's title.
    const edThread = ed.locator('.poc-comment-thread');
    await edThread.getByText('Is the likelihood still right after last week? @ed can you check?').waitFor();
    await expect.poll(() => ed.locator('.poc-comment-group h3').first().textContent()).toMatch(/^T-3 /);
    const [written] = await threadsIn(page, 1);
    expect(written.anchor).toMatchObject({ block: 'T-3' });
    expect(written.messages[0]).toMatchObject({ author: 'pia', mentions: ['ed'] });

    // Ed replies and resolves; Pia sees both.
    await edThread.getByLabel('Reply to Pia Partner').fill('Yes: raised to 4 after the attack on Kiri market.');
    await edThread.getByRole('button', { name: 'Reply' }).click();
    await pia.locator('.poc-comment-thread').getByText('Yes: raised to 4 after the attack on Kiri market.').waitFor();
    await screenshotUnrolled(page, 'comments-1440-open', `${PARTNER} .poc-comments`);
    await edThread.getByRole('button', { name: 'Resolve' }).click();
    await pia.getByText('Resolved by Ed Mensah').waitFor();
    await pia.getByRole('button', { name: 'Reopen' }).waitFor();
    expect((await threadsIn(page, 0))[0].messages.map((m) => m.author)).toEqual(['pia', 'ed']);

    // Pia cannot type into the content.
    expect(await page.locator(`${PARTNER} .ProseMirror`).getAttribute('contenteditable')).toBe('false');
    await page.locator(`${PARTNER} .ProseMirror`).click({ position: { x: 40, y: 40 } });
    await page.keyboard.type('PIA WAS HERE');
    const after = (await server.api('/api/docs/cm-thread?include=model', { token: tokens.ed })).body.model;
    expect(after).toEqual(before);

    expect(await axeProblems(page, `${PARTNER} .poc-comments`)).toEqual([]);
    expect(await axeProblems(page, `${EDITOR} .poc-comments`)).toEqual([]);
    await screenshot(page, 'comments-1440-page');

    // On a phone the panel sits under the editor and keeps its controls usable.
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshotUnrolled(page, 'comments-390-panel', `${PARTNER} .poc-comments`);
    const width = await pia.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(width).toBe(true);
    await page.close();
  }, 120_000);
});
