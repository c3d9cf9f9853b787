/**
 * Signing the plugin in through the system browser (issue 14,
 * shared/api/sign-in.ts): the plugin makes a PKCE verifier and a random
 * state, keeps both, and opens the server's `/auth/device` page with the
 * verifier's challenge; the person signs in there and allows this device;
 * the browser returns to Obsidian through `obsidian://poc-auth?code=…&state=…`,
 * and the plugin trades the code and the verifier for a device token, which
 * it stores as if the person had pasted it. A link whose state matches no
 * pending sign-in (a forged or stale link) is ignored with a notice: it could
 * otherwise sign the plugin in as someone else. When the browser cannot
 * return, the person pastes the one-time code into the settings instead.
 */
import { type App, Notice, type ObsidianProtocolData } from 'obsidian';
import { DEVICE_PAGE_PATH, MAX_DEVICE_LABEL } from '../../shared/api/sign-in.js';
import { endpointsOf, sendsTokenInClear } from '../../shared/api/server-address.js';
import type { PocSettings } from '../settings.js';
import { type Result, ServerClient } from '../sync/server-client.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginServerWords } from '../../shared/i18n/messages/plugin-server.js';

const t = uiWords(pluginServerWords);

/** How long a sign-in started in the plugin waits for the browser to come back. */
export const PENDING_SIGN_IN_MS = 10 * 60 * 1000;

/** What the sign-in needs from the plugin: its settings, a way to change them, and the app (for the vault's name). */
export interface DeviceSignInHost {
  app: App;
  settings: PocSettings;
  updateSettings(patch: Partial<PocSettings>): Promise<void>;
}

/** A sign-in waiting for the browser: the verifier never leaves the plugin but for the exchange. */
interface Pending {
  verifier: string;
  state: string;
  /** The server's HTTP base the page was opened on: the exchange goes there, whatever the link says. */
  server: string;
  expiresAt: number;
}

const base64url = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** A fresh PKCE pair: 32 random bytes as the verifier (43 characters), base64url(SHA-256(verifier)) as the challenge. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64url(new Uint8Array(digest)) };
}

/** This computer's name, when Obsidian runs on a desktop (Electron's Node); undefined on mobile. */
function hostName(): string | undefined {
  try {
    const req = (window as unknown as { require?: (m: string) => { hostname?: () => string } }).require;
    const name = req?.('os').hostname?.();
    return name?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** What this device calls itself on the server: "Obsidian on <computer name>", or on the vault's name when the computer's is unknown. */
export function deviceLabel(app: App, host: string | undefined = hostName()): string {
  return `Obsidian on ${host ?? app.vault.getName()}`.slice(0, MAX_DEVICE_LABEL);
}

/** The plugin's side of signing in through the browser: at most one sign-in pending at a time. */
export class DeviceSignIn {
  private pending?: Pending;

  constructor(
    private readonly host: DeviceSignInHost,
    private readonly options: {
      /** Opens a web address in the system browser (Obsidian sends `window.open` of an http(s) address there). */
      open?: (url: string) => void;
      now?: () => number;
      label?: () => string;
    } = {},
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The server's HTTP base, or why the plugin cannot sign in to it (no address, or a token that would travel unencrypted). */
  private serverBase(): Result<string> {
    const s = this.host.settings;
    const endpoints = s.serverUrl ? endpointsOf(s.serverUrl) : undefined;
    if (!endpoints) return { ok: false, message: t('signIn.noAddress') };
    if (sendsTokenInClear(endpoints) && !s.allowUnencrypted) {
      return { ok: false, message: t('signIn.unencrypted', { server: endpoints.http }) };
    }
    return { ok: true, value: endpoints.http };
  }

  /** Starts a sign-in: opens the server's device page in the browser and answers its address (or why it could not start). */
  async start(): Promise<Result<string>> {
    const base = this.serverBase();
    if (!base.ok) return base;
    const { verifier, challenge } = await pkcePair();
    const state = base64url(crypto.getRandomValues(new Uint8Array(24)));
    this.pending = { verifier, state, server: base.value, expiresAt: this.now() + PENDING_SIGN_IN_MS };
    const device = this.options.label?.() ?? deviceLabel(this.host.app);
    const url = `${base.value}${DEVICE_PAGE_PATH}?${new URLSearchParams({ challenge, state, device }).toString()}`;
    (this.options.open ?? ((u: string) => window.open(u)))(url);
    return { ok: true, value: url };
  }

  /** Whether a sign-in is waiting for the browser (and has not expired). */
  waiting(): boolean {
    return !!this.pending && this.pending.expiresAt > this.now();
  }

  /** The pending sign-in, or undefined when there is none or it expired (it is then forgotten). */
  private current(): Pending | undefined {
    if (this.pending && this.pending.expiresAt <= this.now()) this.pending = undefined;
    return this.pending;
  }

  /** Handles `obsidian://poc-auth?code=…&state=…` from the browser: trades the code when the state is the pending sign-in's, ignores the link otherwise. */
  async handleLink(params: ObsidianProtocolData): Promise<Result<string>> {
    const pending = this.current();
    if (!pending || typeof params.state !== 'string' || params.state !== pending.state) {
      const message = t(pending ? 'signIn.foreignLink' : 'signIn.noneWaiting');
      new Notice(message, 0);
      return { ok: false, message };
    }
    if (typeof params.code !== 'string' || !params.code) {
      const message = t('signIn.noCode');
      new Notice(message, 0);
      return { ok: false, message };
    }
    return this.finish(params.code);
  }

  /** Trades a code pasted by hand (when the browser could not return to Obsidian) for the pending sign-in's token. */
  async redeemCode(code: string): Promise<Result<string>> {
    if (!this.current()) {
      const message = t('signIn.codeWithoutStart');
      new Notice(message);
      return { ok: false, message };
    }
    return this.finish(code.trim());
  }

  /** Trades the code and the pending verifier for a device token, stores it as the plugin's token, and says who is signed in. */
  private async finish(code: string): Promise<Result<string>> {
    const pending = this.pending!;
    // One try per sign-in, as the server allows one per code: a failed exchange needs a fresh start.
    this.pending = undefined;
    const base = this.serverBase();
    if (!base.ok || base.value !== pending.server) {
      // The token would be stored for one server and sent to another.
      const message = t('signIn.addressChanged', { server: pending.server });
      new Notice(message, 0);
      return { ok: false, message };
    }
    const answer = await new ServerClient(endpointsOf(pending.server)!, '').deviceToken(code, pending.verifier);
    if (!answer.ok) {
      const message = t('signIn.failed', { reason: answer.message });
      new Notice(message, 0);
      return { ok: false, message };
    }
    await this.host.updateSettings({ token: answer.value.token });
    const who = { name: answer.value.name, username: answer.value.username };
    const message = t('signIn.done', who);
    new Notice(t('signIn.doneNotice', who));
    return { ok: true, value: message };
  }
}
