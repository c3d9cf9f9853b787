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
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { intlLocale } from '../../shared/i18n/locale.js';
import { pluginSettings } from '../../shared/i18n/messages/plugin-settings.js';
import { formatDay, formatMoment } from '../../shared/time/format.js';
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

const t = uiWords(pluginSettings);

/** The name of a sign-in row of the settings (also the sign-in button's text). */
export function deviceRowName(row: 'signIn' | 'code' | 'devices'): string {
  return row === 'signIn' ? t('device.signIn') : row === 'code' ? t('device.code') : t('device.devices');
}

const say = (setting: Setting, r: Result<unknown>, ok: string) => setting.setDesc(r.ok ? ok : r.message);

/** "Sign in with your browser": opens the server's page; the description then says who the token signs in as. */
export function renderSignIn(setting: Setting, host: DeviceSettingsHost, desc: string): void {
  const showWho = async () => {
    const client = host.settings.token ? host.serverClient() : undefined;
    if (!client) return;
    const me: Result<ServerUser> = await client.me();
    if (me.ok) setting.setDesc(t('device.signedInAs', { name: me.value.name, username: me.value.username, desc }));
  };
  setting.addButton((b) =>
    b
      .setButtonText(deviceRowName('signIn'))
      .setCta()
      .onClick(async () => {
        const r = await host.deviceSignIn.start();
        say(setting, r, t('device.browserOpened'));
      }),
  );
  void showWho();
}

/** The field for the one-time code, with a button to use it. */
export function renderCodeField(setting: Setting, host: DeviceSettingsHost): void {
  let code = '';
  setting.addText((field) => {
    field.setPlaceholder(t('device.codePlaceholder')).onChange((v) => {
      code = v;
    });
  });
  setting.addButton((b) =>
    b.setButtonText(t('device.useCode')).onClick(async () => {
      if (!code.trim()) return void setting.setDesc(t('device.codeMissing'));
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
      list.createDiv({ text: t('device.signInFirst') });
      return;
    }
    const tokens: Result<TokenEntry[]> = await client.myTokens();
    list.empty();
    if (said) list.createDiv({ cls: 'poc-device-said', text: said });
    if (!tokens.ok) {
      list.createDiv({ text: tokens.message });
      return;
    }
    for (const token of tokens.value.filter((e) => e.state === 'live')) {
      const name = token.label ?? t('device.fromAdministrator');
      const row = list.createDiv({ cls: 'poc-device', attr: { 'data-token': token.id } });
      const created = formatDay(token.createdAt.slice(0, 10), intlLocale(interfaceLocale()));
      const used = token.lastUsedAt && formatMoment(token.lastUsedAt, { locale: intlLocale(interfaceLocale()), timeZone: 'UTC' });
      row.createSpan({ text: used ? t('device.sinceUsed', { name, created, used }) : t('device.since', { name, created }) });
      const out = row.createEl('button', { text: t('device.signOut') });
      out.addEventListener('click', () => void signOut(client, token, name));
    }
    if (!tokens.value.some((e) => e.state === 'live')) list.createDiv({ text: t('device.none') });
  };
  const signOut = async (client: ServerClient, token: TokenEntry, name: string) => {
    // This Obsidian's own entry is the one whose revocation makes its token stop working.
    const r = await client.revokeMyToken(token.id);
    if (!r.ok) return draw(r.message);
    const still = await client.me();
    if (!still.ok && still.status === 401) {
      await host.updateSettings({ token: '' });
      return draw(t('device.thisSignedOut', { name }));
    }
    await draw(t('device.signedOut', { name }));
  };
  setting.addButton((b) => b.setButtonText(t('device.refresh')).onClick(() => void draw()));
  void draw();
}
