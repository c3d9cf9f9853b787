/**
 * What the three review pages share: the templates, a version named in
 * words ("Named: Draft sent to UNCT, 3 March — 3 Mar 2026, 14:05 EAT"),
 * links that go through the app's router, and the page frame with its
 * heading and one place for messages.
 */
import type { VersionEntry, VersionKind } from '../../shared/api/versions.js';
import type { DocModel } from '../../shared/model/types.js';
import type { Template } from '../../shared/template/load.js';
import { TemplateSet } from '../../shared/template/set.js';
import { webDocumentPath } from '../../shared/links/web-link.js';
import { missionZone } from '../../shared/time/mission-day.js';
import { h } from '../../editor/dom.js';
import { formatMoment } from '../../editor/words.js';
import type { PageContext } from '../app/page-context.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

let templates: TemplateSet | undefined;

/** The built-in template of a model's document type (loaded once, on first use), or undefined for an unknown type. */
export function templateOf(model: DocModel): Template | undefined {
  templates ??= TemplateSet.builtin();
  return templates.find(model.meta.type);
}

/** Why a version exists, in words ("Saved automatically"). */
export function kindWords(kind: VersionKind): string {
  return t(`review.kind.${kind}`);
}

/** A moment in the mission's time zone, with the zone named. */
export function when(ctx: PageContext, iso: string): string {
  return formatMoment(iso, { timeZone: missionZone(ctx.me.timeZone) });
}

/** A version in one line: its name (or its kind) and when it was made. */
export function versionLabel(ctx: PageContext, v: VersionEntry): string {
  return t('review.versionLabel', { version: v.name ?? kindWords(v.kind), when: when(ctx, v.createdAt) });
}

/** The paths of the review pages of a document (written by shared/links/web-link.ts, which the router reads them with). */
export const reviewPaths = {
  read: (docId: string, versionId?: string) => `${webDocumentPath(docId, undefined, 'read')}${versionId ? `?v=${encodeURIComponent(versionId)}` : ''}`,
  changes: (docId: string, from?: string, to?: string) =>
    `${webDocumentPath(docId, undefined, 'changes')}${from ? `?from=${encodeURIComponent(from)}${to ? `&to=${encodeURIComponent(to)}` : ''}` : ''}`,
  history: (docId: string) => webDocumentPath(docId, undefined, 'history'),
  document: (docId: string) => webDocumentPath(docId),
};

/** A link that the app's router follows without reloading the page (a new tab still works: the href is real). */
export function pageLink(doc: Document, ctx: PageContext, path: string, text: string, cls = 'poc-review-link'): HTMLAnchorElement {
  return h(doc, 'a', {
    class: cls,
    text,
    attrs: { href: path },
    on: {
      click: (e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        ctx.navigate(path);
      },
    },
  });
}

/** A query parameter of the page's address. */
export function queryParam(root: HTMLElement, name: string): string | undefined {
  const search = root.ownerDocument.defaultView?.location.search ?? '';
  return new URLSearchParams(search).get(name) ?? undefined;
}

/** The text of a failure, for a person: the server's sentence when it sent one. */
export function failureText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A review page's frame (the app shell holds the page's main region): the page's heading, the document links, a message line and a body. */
export interface ReviewFrame {
  el: HTMLElement;
  body: HTMLElement;
  /** Shows a message (an error when `error`), or clears it with an empty text. */
  say(text: string, error?: boolean): void;
}

/** The frame of a review page titled `title`, with links to the document and its other review pages. */
export function reviewFrame(root: HTMLElement, ctx: PageContext, docId: string, title: string, here: 'changes' | 'read' | 'history'): ReviewFrame {
  const doc = root.ownerDocument;
  const nav = h(doc, 'nav', { class: 'poc-review-nav', attrs: { 'aria-label': t('review.nav') } });
  const links: Array<[string, string, string]> = [
    ['document', t('review.open'), reviewPaths.document(docId)],
    ['read', t('review.read'), reviewPaths.read(docId)],
    ['changes', t('review.changes'), reviewPaths.changes(docId)],
    ['history', t('review.history'), reviewPaths.history(docId)],
  ];
  nav.append(
    h(
      doc,
      'ul',
      {},
      ...links.map(([key, text, path]) => {
        const a = pageLink(doc, ctx, path, text);
        if (key === here) a.setAttribute('aria-current', 'page');
        return h(doc, 'li', {}, a);
      }),
    ),
  );
  const message = h(doc, 'p', { class: 'poc-review-message', attrs: { role: 'status' } });
  const body = h(doc, 'div', { class: 'poc-review-body' });
  const el = h(doc, 'div', { class: `poc-review poc-review-${here}` }, nav, h(doc, 'h1', { class: 'poc-review-title', text: title }), message, body);
  root.append(el);
  return {
    el,
    body,
    say(text, error = false) {
      message.textContent = text;
      message.classList.toggle('is-error', error);
      message.setAttribute('role', error ? 'alert' : 'status');
    },
  };
}
