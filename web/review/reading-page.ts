/**
 * The reading page (`/d/<id>/read?v=<version>`): a clean read-only view of
 * one version, or of the content now without `?v`, with a Print button
 * (styles/reading.css gives the printed page: no buttons, black on white,
 * each section on a new page) and an Export button (Word or PDF of the same
 * version, made by the server: web/app/export-dialog.ts).
 */
import { h, setChildren } from '../../editor/dom.js';
import { readingView } from '../../editor/review/reading-view.js';
import type { Page } from '../app/page-context.js';
import { exportButton } from '../app/export-dialog.js';
import { failureText, pageLink, queryParam, reviewFrame, reviewPaths, templateOf, versionLabel } from './review-common.js';
import type { VersionSource } from './version-source.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** The reading page of `docId`: the version named in `?v=`, else the content now. */
export function readingPage(docId: string, source: VersionSource): Page {
  return (root, ctx) => {
    const doc = root.ownerDocument;
    const versionId = queryParam(root, 'v');
    const frame = reviewFrame(root, ctx, docId, versionId ? t('reading.version') : t('reading.document'), 'read');
    let alive = true;
    const print = h(doc, 'button', { class: 'poc-review-print poc-review-primary', text: t('reading.print'), attrs: { type: 'button' }, on: { click: () => doc.defaultView?.print() } });
    let title: string | undefined;
    // The dialog goes in the page's frame, so it goes with the page.
    const exporter = exportButton(frame.el, 'poc-review-export', () => ({ api: ctx.api, docId, ...(title ? { title } : {}), ...(versionId ? { version: versionId } : {}) }));
    const about = h(doc, 'p', { class: 'poc-review-about' });
    const paper = h(doc, 'div', { class: 'poc-review-paper' });
    frame.body.append(h(doc, 'div', { class: 'poc-review-actions' }, about, print, exporter), paper);
    frame.say(versionId ? t('reading.loadingVersion') : t('reading.loadingDocument'));

    const load = async () => {
      if (!versionId) return { model: await source.current(), label: t('reading.now') };
      const [model, list] = await Promise.all([source.model(versionId), source.list().catch(() => undefined)]);
      const entry = list?.versions.find((v) => v.id === versionId);
      return { model, label: entry ? versionLabel(ctx, entry) : t('reading.earlier') };
    };
    load().then(
      ({ model, label }) => {
        if (!alive) return;
        frame.say('');
        title = model.meta.title || undefined;
        setChildren(
          about,
          versionId ? t('reading.aboutVersion', { version: label }) : t('reading.aboutNow'),
          versionId ? pageLink(doc, ctx, reviewPaths.changes(docId, versionId, 'now'), t('reading.changedSince')) : pageLink(doc, ctx, reviewPaths.history(docId), t('reading.earlierVersions')),
        );
        setChildren(paper, readingView(doc, model, templateOf(model), { version: label }));
        if (!versionId) void source.markViewed().catch(() => undefined);
      },
      (e: unknown) => alive && frame.say(versionId ? t('reading.versionFailed', { reason: failureText(e) }) : t('reading.documentFailed', { reason: failureText(e) }), true),
    );
    return {
      destroy() {
        alive = false;
        frame.el.remove();
      },
    };
  };
}
