/**
 * `/auth/device` (issue 14): the page the Obsidian plugin opens in the
 * system browser to sign in through it. The signed-in gate (web/app/boot.ts)
 * has already made the person sign in, keeping the query. The page checks the
 * link (a PKCE challenge, the plugin's state and the device's name), asks
 * whether to let that device act as this person, and on "Allow" gets a
 * one-time code (`POST /api/device-codes`) and follows the `obsidian://` link
 * back to the plugin. Browsers do not always hand such a link to Obsidian,
 * so the link stays on the page as a button, with the code to paste by hand;
 * the code is worth nothing without the verifier the plugin kept.
 */
import { h } from '../../editor/dom.js';
import { ApiError } from '../../shared/api/client.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import { type DeviceCodeRequest, DeviceCodeRequestSchema } from '../../shared/api/sign-in.js';
import type { Page } from './page-context.js';

/** The device request a link carries, or the words saying what is wrong with it. */
export function readDeviceLink(search: string): { ok: true; request: DeviceCodeRequest } | { ok: false; problem: string } {
  const q = new URLSearchParams(search);
  const parsed = DeviceCodeRequestSchema.safeParse({ challenge: q.get('challenge') ?? '', state: q.get('state') ?? '', device: q.get('device') ?? '' });
  if (parsed.success) return { ok: true, request: parsed.data };
  const missing = ['challenge', 'state', 'device'].filter((k) => !q.get(k));
  const what = missing.length ? `it lacks ${missing.join(', ')}` : 'its parts are not what the plugin writes';
  return { ok: false, problem: `This sign-in link is broken (${what}), so no device can be signed in with it. In Obsidian, open the POC Workspace settings and choose “Sign in with your browser” again; it opens a fresh link.` };
}

/** The device page: the question, then the way back to Obsidian with the one-time code. */
export const devicePage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  doc.title = 'Sign in a device — POC Workspace';
  let live = true;
  const box = h(doc, 'section', { class: 'poc-web-device' });
  root.append(box);
  const link = readDeviceLink(doc.location.search);
  if (!link.ok) {
    box.append(h(doc, 'h1', { text: 'This sign-in link does not work' }), h(doc, 'p', { text: link.problem, attrs: { role: 'alert' } }));
    return { destroy: () => root.replaceChildren() };
  }
  const { request } = link;
  const problem = h(doc, 'p', { class: 'poc-web-problem', attrs: { role: 'alert' } });
  const allow = h(doc, 'button', { class: 'mod-cta', text: 'Allow', attrs: { type: 'button' } });
  const cancel = h(doc, 'button', { text: 'Cancel', attrs: { type: 'button' } });

  const done = (code: string, redirect: string) => {
    const copied = h(doc, 'span', { class: 'poc-web-hint', attrs: { role: 'status' } });
    const copy = h(doc, 'button', {
      text: 'Copy the code',
      attrs: { type: 'button' },
      on: {
        click: () => {
          void win.navigator.clipboard?.writeText(code).then(
            () => (copied.textContent = 'Copied.'),
            () => (copied.textContent = 'Could not copy: select the code and copy it.'),
          );
        },
      },
    });
    box.replaceChildren(
      h(doc, 'h1', { text: 'Return to Obsidian' }),
      h(doc, 'p', { text: `${request.device} may now sign in as you. Your browser should be opening Obsidian; if it did not, use the button.` }),
      h(doc, 'p', {}, h(doc, 'a', { class: 'poc-web-button mod-cta', text: 'Return to Obsidian', attrs: { href: redirect } })),
      h(doc, 'h2', { text: 'If Obsidian did not open' }),
      h(doc, 'p', { text: 'Paste this one-time code in the plugin’s settings, under “Paste the code from your browser”. It works once, for 5 minutes, and only for the Obsidian that asked.' }),
      h(doc, 'p', { class: 'poc-web-device-code-row' }, h(doc, 'code', { class: 'poc-web-device-code', text: code }), copy, copied),
    );
    // The plugin registered obsidian://poc-auth; the browser asks the system to hand the link over.
    win.open(redirect, '_self');
  };

  allow.addEventListener('click', () => {
    allow.disabled = cancel.disabled = true;
    problem.textContent = '';
    new PeopleApi(ctx.api).deviceCode(request).then(
      (answer) => {
        if (live) done(answer.code, answer.redirect);
      },
      (e: unknown) => {
        if (!live) return;
        allow.disabled = cancel.disabled = false;
        problem.textContent = e instanceof ApiError || e instanceof Error ? `The device could not be allowed: ${e.message}` : String(e);
      },
    );
  });
  cancel.addEventListener('click', () => {
    box.replaceChildren(
      h(doc, 'h1', { text: 'Not signed in' }),
      h(doc, 'p', { text: `${request.device} was not allowed to sign in as you. You can close this page.` }),
      h(doc, 'p', {}, h(doc, 'a', { text: 'Go to your documents', attrs: { href: '/' } })),
    );
  });

  box.append(
    h(doc, 'h1', { text: `Allow ${request.device} to sign in as ${ctx.me.name} (${ctx.me.username})?` }),
    h(doc, 'p', { text: 'It will be able to read and change every document you can, as you, until you sign it out from “Your devices”. Allow it only if you just asked for this in Obsidian on your own device.' }),
    problem,
    h(doc, 'div', { class: 'poc-web-device-actions' }, allow, cancel),
  );
  allow.focus();
  return {
    destroy() {
      live = false;
      root.replaceChildren();
    },
  };
};
