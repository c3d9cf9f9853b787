/**
 * The sign-in rows of the plugin's settings (issue 14): "Sign in with your
 * browser" (pasting a token stays as the fallback), a field for the one-time
 * code when the browser could not return to Obsidian, who the token signs in
 * as, and "Your devices" with "Sign out" for each that still works. Signing
 * out this device also forgets its token here. Each row draws into a
 * `Setting`, so the settings tab shows them both declaratively and imperatively.
 */
import type { Setting } from 'obsidian';
import type { TokenEntry } from '../../shared/api/people.js';
import type { Result, ServerClient, ServerUser } from '../sync/server-client.js';
import type { DeviceSignIn } from './device-sign-in.js';

/** What the rows need from the plugin. */
export interface DeviceSettingsHost {
  deviceSignIn: DeviceSignIn;
  /** The client of the configured server with the current token, or undefined when there is none (no address, offline). */
  serverClient(): ServerClient | undefined;
  /** Forgets the stored token (after signing this device out). */
  updateSettings(patch: { token: string }): Promise<void>;
  settings: { token: string };
}

/** The rows' names, as the settings tab shows them. */
export const DEVICE_ROWS = {
  signIn: 'Sign in with your browser',
  code: 'Paste the code from your browser',
  devices: 'Your devices',
} as const;

const say = (setting: Setting, r: Result<unknown>, ok: string) => setting.setDesc(r.ok ? ok : r.message);

/** "Sign in with your browser": opens the server's page; the description then says who the token signs in as. */
export function renderSignIn(setting: Setting, host: DeviceSettingsHost, desc: string): void {
  const showWho = async () => {
    const client = host.settings.token ? host.serverClient() : undefined;
    if (!client) return;
    const me: Result<ServerUser> = await client.me();
    if (me.ok) setting.setDesc(`Signed in as ${me.value.name} (${me.value.username}). ${desc}`);
  };
  setting.addButton((b) =>
    b
      .setButtonText(DEVICE_ROWS.signIn)
      .setCta()
      .onClick(async () => {
        const r = await host.deviceSignIn.start();
        say(setting, r, 'Your browser opened the server’s page: sign in there and allow this device. If the browser cannot return to Obsidian, paste the code it shows below.');
      }),
  );
  void showWho();
}

/** The field for the one-time code, with a button to use it. */
export function renderCodeField(setting: Setting, host: DeviceSettingsHost): void {
  let code = '';
  setting.addText((t) => {
    t.setPlaceholder('One-time code').onChange((v) => {
      code = v;
    });
  });
  setting.addButton((b) =>
    b.setButtonText('Use the code').onClick(async () => {
      if (!code.trim()) return void setting.setDesc('Paste the code your browser showed after you allowed this device.');
      const r = await host.deviceSignIn.redeemCode(code);
      say(setting, r, r.ok ? r.value : '');
    }),
  );
}

/** "Your devices": the caller's devices and tokens, each that still works with "Sign out". */
export function renderDevices(setting: Setting, host: DeviceSettingsHost): void {
  const list = setting.descEl.createDiv({ cls: 'poc-device-list' });
  const draw = async (said = '') => {
    const client = host.serverClient();
    list.empty();
    if (said) list.createDiv({ cls: 'poc-device-said', text: said });
    if (!client || !host.settings.token) {
      list.createDiv({ text: 'Sign in to see the devices that can sign in as you.' });
      return;
    }
    const tokens: Result<TokenEntry[]> = await client.myTokens();
    list.empty();
    if (said) list.createDiv({ cls: 'poc-device-said', text: said });
    if (!tokens.ok) {
      list.createDiv({ text: tokens.message });
      return;
    }
    for (const t of tokens.value.filter((e) => e.state === 'live')) {
      const name = t.label ?? 'Access token from your administrator';
      const row = list.createDiv({ cls: 'poc-device', attr: { 'data-token': t.id } });
      row.createSpan({ text: `${name} — since ${t.createdAt.slice(0, 10)}${t.lastUsedAt ? `, last used ${t.lastUsedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}` });
      const out = row.createEl('button', { text: 'Sign out' });
      out.addEventListener('click', () => void signOut(client, t, name));
    }
    if (!tokens.value.some((e) => e.state === 'live')) list.createDiv({ text: 'No device is signed in.' });
  };
  const signOut = async (client: ServerClient, t: TokenEntry, name: string) => {
    // This Obsidian's own entry is the one whose revocation makes its token stop working.
    const r = await client.revokeMyToken(t.id);
    if (!r.ok) return draw(r.message);
    const still = await client.me();
    if (!still.ok && still.status === 401) {
      await host.updateSettings({ token: '' });
      return draw(`${name} (this Obsidian) is signed out; sign in again to use the server.`);
    }
    await draw(`${name} is signed out.`);
  };
  setting.addButton((b) => b.setButtonText('Refresh').onClick(() => void draw()));
  void draw();
}
