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

/** The reading page of `docId`: the version named in `?v=`, else the content now. */
export function readingPage(docId: string, source: VersionSource): Page {
  return (root, ctx) => {
    const doc = root.ownerDocument;
    const versionId = queryParam(root, 'v');
    const frame = reviewFrame(root, ctx, docId, versionId ? 'Read a version' : 'Read the document', 'read');
    let alive = true;
    const print = h(doc, 'button', { class: 'poc-review-print poc-review-primary', text: 'Print', attrs: { type: 'button' }, on: { click: () => doc.defaultView?.print() } });
    let title: string | undefined;
    // The dialog goes in the page's frame, so it goes with the page.
    const exporter = exportButton(frame.el, 'poc-review-export', () => ({ api: ctx.api, docId, ...(title ? { title } : {}), ...(versionId ? { version: versionId } : {}) }));
    const about = h(doc, 'p', { class: 'poc-review-about' });
    const paper = h(doc, 'div', { class: 'poc-review-paper' });
    frame.body.append(h(doc, 'div', { class: 'poc-review-actions' }, about, print, exporter), paper);
    frame.say(versionId ? 'Loading the version…' : 'Loading the document…');

    const load = async () => {
      if (!versionId) return { model: await source.current(), label: 'As it is now' };
      const [model, list] = await Promise.all([source.model(versionId), source.list().catch(() => undefined)]);
      const entry = list?.versions.find((v) => v.id === versionId);
      return { model, label: entry ? versionLabel(ctx, entry) : 'An earlier version' };
    };
    load().then(
      ({ model, label }) => {
        if (!alive) return;
        frame.say('');
        title = model.meta.title || undefined;
        setChildren(
          about,
          versionId ? `You are reading an earlier version: ${label}. ` : 'You are reading the current content. ',
          versionId ? pageLink(doc, ctx, reviewPaths.changes(docId, versionId, 'now'), 'What changed since then') : pageLink(doc, ctx, reviewPaths.history(docId), 'Earlier versions'),
        );
        setChildren(paper, readingView(doc, model, templateOf(model), { version: label }));
        if (!versionId) void source.markViewed().catch(() => undefined);
      },
      (e: unknown) => alive && frame.say(`${versionId ? 'This version' : 'The document'} could not be loaded. ${failureText(e)}`, true),
    );
    return {
      destroy() {
        alive = false;
        frame.el.remove();
      },
    };
  };
}
