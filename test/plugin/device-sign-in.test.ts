// The plugin signs in through the system browser (issue 14), against a real server and the Obsidian double: the
// settings' button opens the server's device page (the URL `window.open` got is captured), the browser part is played
// over HTTP with a signed-in session's cookie, and the `obsidian://poc-auth` link comes back through the protocol
// handler the plugin registered, as Obsidian hands it over. A link the plugin did not ask for is ignored.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEVICE_PAGE_PATH, DEVICE_AUTH_ACTION } from '../../shared/api/sign-in.js';
import type { PocSettingTab } from '../../plugin/settings.js';
import { type ButtonComponent, notices, relayRequestsToServer, requests, setRequestHandler, settingRows, type TextComponent } from '../support/obsidian.js';
import { startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { browserCall, signIn } from '../support/web-session.js';
import { type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let t: TestServer;
let amina: string;
let s: Started | undefined;
/** Every address the plugin asked the system browser to open. */
const opened: string[] = [];
const realOpen = (window as { open?: unknown }).open;

beforeAll(async () => {
  t = await startTestServer();
  amina = await t.addUser('amina', { name: 'Amina Diallo' });
  (window as unknown as { open: (url: string) => null }).open = (url: string) => {
    opened.push(url);
    return null;
  };
  // requestUrl reaches the real server on loopback.
  relayRequestsToServer();
});
afterAll(async () => {
  setRequestHandler(undefined);
  (window as { open?: unknown }).open = realOpen;
  await t.stop();
});
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
});

const tabOf = (st: Started) => st.app.settingTabs[0] as unknown as PocSettingTab;

/** Clicks "Sign in with your browser" in the settings tab and answers the address the browser was sent to. */
async function clickSignIn(st: Started): Promise<URL> {
  const tab = tabOf(st);
  tab.display();
  const before = opened.length;
  (settingRows(tab.containerEl).get('Sign in with your browser')!.controls[0] as ButtonComponent).buttonEl.click();
  await waitFor(() => opened.length > before, 'the browser to be opened');
  return new URL(opened.at(-1)!);
}

/** The browser part: Amina, signed in on the server's page, allows the device the page names; answers the return link. */
async function allowInBrowser(page: URL, token = amina): Promise<{ redirect: string; code: string }> {
  const { cookie } = await signIn(t, token);
  const q = page.searchParams;
  const r = await browserCall(t, '/api/device-codes', cookie, { method: 'POST', body: { challenge: q.get('challenge'), state: q.get('state'), device: q.get('device') } });
  expect(r.status).toBe(200);
  return r.body;
}

describe('signing the plugin in through the browser', () => {
  it('opens the server’s device page with a PKCE challenge, a state and the device’s name', async () => {
    s = await startPlugin({ settings: { serverUrl: t.httpUrl } });
    const page = await clickSignIn(s);
    expect(`${page.origin}${page.pathname}`).toBe(`${t.httpUrl}${DEVICE_PAGE_PATH}`);
    expect(page.searchParams.get('challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(page.searchParams.get('state')!.length).toBeGreaterThanOrEqual(16);
    expect(page.searchParams.get('device')).toBe(`Obsidian on ${s.app.vault.getName()}`);
  });

  it('stores a working device token when the browser returns through obsidian://poc-auth, and says who is signed in', async () => {
    s = await startPlugin({ settings: { serverUrl: t.httpUrl } });
    const page = await clickSignIn(s);
    const { redirect } = await allowInBrowser(page);
    expect(redirect.startsWith(`obsidian://${DEVICE_AUTH_ACTION}?`)).toBe(true);
    s.app.openUrl(redirect);
    await waitFor(() => s!.plugin.settings.token.startsWith('poc_'), 'the token to be stored');
    const me = await t.api('/api/me', { token: s.plugin.settings.token });
    expect(me.body.username).toBe('amina');
    const device = (await t.server.storage.listTokens('amina')).at(-1)!;
    expect(device).toMatchObject({ kind: 'device', label: page.searchParams.get('device') });
    expect(notices.at(-1)).toMatch(/Signed in as Amina Diallo \(amina\)/);
    const tab = tabOf(s);
    tab.display();
    const row = settingRows(tab.containerEl).get('Sign in with your browser')!;
    await waitFor(() => row.descEl.textContent.startsWith('Signed in as Amina Diallo (amina).'), 'the settings to say who is signed in');
  });

  it('attack: a forged link whose state is not the pending sign-in’s is ignored, with a notice, and no token is stored', async () => {
    s = await startPlugin({ settings: { serverUrl: t.httpUrl } });
    await clickSignIn(s);
    // Mallory allows his own "device" and sends Amina the link with his code, hoping her Obsidian signs in as him.
    const mallory = await t.addUser('mallory');
    const forgedPage = new URL(`${t.httpUrl}${DEVICE_PAGE_PATH}?challenge=${'A'.repeat(43)}&state=mallory-state-0123456789&device=x`);
    const { code } = await allowInBrowser(forgedPage, mallory);
    const exchanges = requests.filter((r) => r.url.endsWith('/api/device-tokens')).length;
    s.app.openUrl(`obsidian://${DEVICE_AUTH_ACTION}?code=${code}&state=mallory-state-0123456789&server=${encodeURIComponent(t.httpUrl)}`);
    await waitFor(() => /ignored a sign-in link/.test(notices.at(-1) ?? ''), 'the notice');
    expect(s.plugin.settings.token).toBe('');
    expect(requests.filter((r) => r.url.endsWith('/api/device-tokens')).length).toBe(exchanges);
  });

  it('a link coming back after the pending sign-in expired (10 minutes) is ignored', async () => {
    s = await startPlugin({ settings: { serverUrl: t.httpUrl } });
    const page = await clickSignIn(s);
    const { redirect } = await allowInBrowser(page);
    const now = Date.now();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(now + 10 * 60 * 1000 + 1);
    try {
      s.app.openUrl(redirect);
      await waitFor(() => /no sign-in is waiting/.test(notices.at(-1) ?? ''), 'the notice');
    } finally {
      spy.mockRestore();
    }
    expect(s.plugin.settings.token).toBe('');
  });

  it('the one-time code pasted in the settings signs in when the browser could not return to Obsidian', async () => {
    s = await startPlugin({ settings: { serverUrl: t.httpUrl } });
    const page = await clickSignIn(s);
    const { code } = await allowInBrowser(page);
    const row = settingRows(tabOf(s).containerEl).get('Paste the code from your browser')!;
    await (row.controls[0] as TextComponent).input(code);
    (row.controls[1] as ButtonComponent).buttonEl.click();
    await waitFor(() => s!.plugin.settings.token.startsWith('poc_'), 'the token to be stored');
    expect((await t.api('/api/me', { token: s.plugin.settings.token })).body.username).toBe('amina');
  });

  it('“Your devices” lists this device, and signing it out revokes its token and forgets it here', async () => {
    s = await startPlugin({ settings: { serverUrl: t.httpUrl } });
    const page = await clickSignIn(s);
    s.app.openUrl((await allowInBrowser(page)).redirect);
    await waitFor(() => s!.plugin.settings.token.startsWith('poc_'), 'the token to be stored');
    const token = s.plugin.settings.token;
    const tab = tabOf(s);
    tab.display();
    const devices = settingRows(tab.containerEl).get('Your devices')!;
    const label = page.searchParams.get('device')!;
    await waitFor(() => devices.descEl.textContent.includes(label), 'the device to be listed');
    const own = (await t.server.storage.listTokens('amina')).at(-1)!.id;
    const entry = devices.descEl.findAll('poc-device').find((el) => el.getAttr('data-token') === String(own))!;
    entry.children.find((c) => c.tagName === 'BUTTON')!.click();
    await waitFor(() => s!.plugin.settings.token === '', 'the token to be forgotten');
    expect((await t.api('/api/me', { token })).status).toBe(401);
    expect(devices.descEl.textContent).toMatch(/this Obsidian\) is signed out/);
  });
});
