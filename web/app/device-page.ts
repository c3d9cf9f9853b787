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
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** The device request a link carries, or the words saying what is wrong with it. */
export function readDeviceLink(search: string): { ok: true; request: DeviceCodeRequest } | { ok: false; problem: string } {
  const q = new URLSearchParams(search);
  const parsed = DeviceCodeRequestSchema.safeParse({ challenge: q.get('challenge') ?? '', state: q.get('state') ?? '', device: q.get('device') ?? '' });
  if (parsed.success) return { ok: true, request: parsed.data };
  const missing = ['challenge', 'state', 'device'].filter((k) => !q.get(k));
  return { ok: false, problem: missing.length ? t('device.lacks', { parts: missing.join(', ') }) : t('device.malformed') };
}

/** The device page: the question, then the way back to Obsidian with the one-time code. */
export const devicePage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  doc.title = t('device.title');
  let live = true;
  const box = h(doc, 'section', { class: 'poc-web-device' });
  root.append(box);
  const link = readDeviceLink(doc.location.search);
  if (!link.ok) {
    box.append(h(doc, 'h1', { text: t('device.brokenHeading') }), h(doc, 'p', { text: link.problem, attrs: { role: 'alert' } }));
    return { destroy: () => root.replaceChildren() };
  }
  const { request } = link;
  const problem = h(doc, 'p', { class: 'poc-web-problem', attrs: { role: 'alert' } });
  const allow = h(doc, 'button', { class: 'mod-cta', text: t('device.allow'), attrs: { type: 'button' } });
  const cancel = h(doc, 'button', { text: t('device.cancel'), attrs: { type: 'button' } });

  const done = (code: string, redirect: string) => {
    const copied = h(doc, 'span', { class: 'poc-web-hint', attrs: { role: 'status' } });
    const copy = h(doc, 'button', {
      text: t('device.copy'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          void win.navigator.clipboard?.writeText(code).then(
            () => (copied.textContent = t('device.copied')),
            () => (copied.textContent = t('device.notCopied')),
          );
        },
      },
    });
    box.replaceChildren(
      h(doc, 'h1', { text: t('device.return') }),
      h(doc, 'p', { text: t('device.allowed', { device: request.device }) }),
      h(doc, 'p', {}, h(doc, 'a', { class: 'poc-web-button mod-cta', text: t('device.return'), attrs: { href: redirect } })),
      h(doc, 'h2', { text: t('device.ifNotOpen') }),
      h(doc, 'p', { text: t('device.paste') }),
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
        problem.textContent = e instanceof ApiError || e instanceof Error ? t('device.failed', { reason: e.message }) : String(e);
      },
    );
  });
  cancel.addEventListener('click', () => {
    box.replaceChildren(
      h(doc, 'h1', { text: t('device.refusedHeading') }),
      h(doc, 'p', { text: t('device.refused', { device: request.device }) }),
      h(doc, 'p', {}, h(doc, 'a', { text: t('goHome'), attrs: { href: '/' } })),
    );
  });

  box.append(
    h(doc, 'h1', { text: t('device.question', { device: request.device, name: ctx.me.name, username: ctx.me.username }) }),
    h(doc, 'p', { text: t('device.warning') }),
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
