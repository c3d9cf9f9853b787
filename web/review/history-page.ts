/**
 * The history page (`/d/<id>/history`): every version, newest first, with
 * why it exists in words, its name, who made it and when (with the zone);
 * "Read" and "Compare with now" for each; for those who may edit, "Restore
 * this version" (after a confirmation saying the current content is kept
 * in the history) and a form to save the content now under a name.
 */
import { MAX_VERSION_NAME, type VersionEntry } from '../../shared/api/versions.js';
import { h, setChildren } from '../../editor/dom.js';
import type { Page, PageContext } from '../app/page-context.js';
import { failureText, kindWords, pageLink, reviewFrame, reviewPaths, when } from './review-common.js';
import type { VersionSource } from './version-source.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** Asks, in a modal dialog, whether to restore `v`; resolves with the answer. */
function confirmRestore(doc: Document, ctx: PageContext, v: VersionEntry, opener: HTMLElement): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h(doc, 'dialog', { class: 'poc-review-dialog', attrs: { 'aria-labelledby': 'poc-restore-title', 'aria-describedby': 'poc-restore-text' } });
    const done = (yes: boolean) => {
      dialog.close();
      dialog.remove();
      opener.focus();
      resolve(yes);
    };
    dialog.append(
      h(doc, 'h2', { text: t('history.confirmHeading'), attrs: { id: 'poc-restore-title' } }),
      h(
        doc,
        'p',
        { attrs: { id: 'poc-restore-text' } },
        t('history.confirmText', { version: v.name ?? kindWords(v.kind), when: when(ctx, v.createdAt) }),
      ),
      h(
        doc,
        'div',
        { class: 'poc-review-dialog-buttons' },
        h(doc, 'button', { text: t('history.cancel'), attrs: { type: 'button' }, on: { click: () => done(false) } }),
        h(doc, 'button', { class: 'poc-review-primary', text: t('history.restore'), attrs: { type: 'button' }, on: { click: () => done(true) } }),
      ),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    doc.body.append(dialog);
    dialog.showModal();
  });
}

/** The history page of `docId`, reading and changing versions through `source`. */
export function historyPage(docId: string, source: VersionSource): Page {
  return (root, ctx) => {
    const doc = root.ownerDocument;
    const frame = reviewFrame(root, ctx, docId, t('review.history'), 'history');
    let alive = true;
    let mayEdit = false;
    const list = h(doc, 'ol', { class: 'poc-history-list', attrs: { 'aria-label': t('history.list') } });

    const row = (v: VersionEntry): HTMLElement => {
      const actions = h(
        doc,
        'div',
        { class: 'poc-history-actions' },
        pageLink(doc, ctx, reviewPaths.read(docId, v.id), t('review.read'), 'poc-review-button'),
        pageLink(doc, ctx, reviewPaths.changes(docId, v.id, 'now'), t('history.compareNow'), 'poc-review-button'),
      );
      if (mayEdit) {
        const restore: HTMLButtonElement = h(doc, 'button', {
          class: 'poc-history-restore',
          text: t('history.restore'),
          attrs: { type: 'button' },
          on: {
            click: () =>
              void confirmRestore(doc, ctx, v, restore).then(async (yes) => {
                if (!yes || !alive) return;
                restore.disabled = true;
                frame.say(t('history.restoring'));
                try {
                  const made = await source.restore(v.id);
                  frame.say(t('history.restored', { version: v.name ?? kindWords(v.kind), when: when(ctx, made.createdAt) }));
                  await refresh();
                } catch (e) {
                  restore.disabled = false;
                  frame.say(t('history.notRestored', { reason: failureText(e) }), true);
                }
              }),
          },
        });
        actions.append(restore);
      }
      const who = v.createdByName ?? v.createdBy;
      return h(
        doc,
        'li',
        { class: `poc-history-item is-${v.kind}`, attrs: { 'data-version': v.id } },
        h(doc, 'p', { class: 'poc-history-kind', text: kindWords(v.kind) }),
        h(doc, 'p', { class: 'poc-history-name', text: v.name ?? (v.kind === 'auto' ? t('history.autoName') : '') }),
        h(doc, 'p', { class: 'poc-history-when', text: who ? t('history.whenBy', { when: when(ctx, v.createdAt), who }) : when(ctx, v.createdAt) }),
        actions,
      );
    };

    const refresh = async () => {
      const l = await source.list();
      if (!alive) return;
      setChildren(list, ...(l.versions.length ? l.versions.map(row) : [h(doc, 'li', { class: 'poc-history-empty', text: t('history.empty') })]));
    };

    // The form to save a named version, with its error beside the field (and announced).
    const name = h(doc, 'input', { class: 'poc-history-name-input', attrs: { id: 'poc-version-name', type: 'text', maxlength: MAX_VERSION_NAME, 'aria-describedby': 'poc-version-name-hint', autocomplete: 'off' } });
    const error = h(doc, 'p', { class: 'poc-history-error', attrs: { id: 'poc-version-name-error' } });
    const save = h(doc, 'button', { class: 'poc-review-primary', text: t('history.save'), attrs: { type: 'submit' } });
    const form = h(
      doc,
      'form',
      { class: 'poc-history-save', attrs: { 'aria-labelledby': 'poc-save-title', novalidate: true } },
      h(doc, 'h2', { text: t('history.save'), attrs: { id: 'poc-save-title' } }),
      h(doc, 'label', { text: t('history.nameLabel'), attrs: { for: name.id } }),
      h(doc, 'p', { class: 'poc-history-hint', text: t('history.nameHint'), attrs: { id: 'poc-version-name-hint' } }),
      error,
      h(doc, 'div', { class: 'poc-history-save-row' }, name, save),
    );
    const fail = (text: string) => {
      error.textContent = text;
      error.setAttribute('role', 'alert');
      name.setAttribute('aria-invalid', 'true');
      name.setAttribute('aria-describedby', 'poc-version-name-hint poc-version-name-error');
      name.focus();
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = name.value.trim();
      if (!text) return fail(t('history.needName'));
      if (text.length > MAX_VERSION_NAME) return fail(t('history.tooLong', { max: MAX_VERSION_NAME }));
      error.textContent = '';
      error.removeAttribute('role');
      name.removeAttribute('aria-invalid');
      name.setAttribute('aria-describedby', 'poc-version-name-hint');
      save.disabled = true;
      source.save(text).then(
        async (v) => {
          if (!alive) return;
          save.disabled = false;
          name.value = '';
          frame.say(t('history.saved', { name: v.name ?? text }));
          await refresh();
        },
        (e: unknown) => {
          if (!alive) return;
          save.disabled = false;
          fail(t('history.notSaved', { reason: failureText(e) }));
        },
      );
    });

    frame.say(t('review.loadingHistory'));
    Promise.all([source.mayEdit().catch(() => false), source.list()]).then(
      ([edit]) => {
        if (!alive) return;
        mayEdit = edit;
        frame.say('');
        if (mayEdit) frame.body.append(form);
        frame.body.append(h(doc, 'h2', { class: 'poc-history-heading', text: t('history.list') }), list);
        void refresh().catch((e: unknown) => alive && frame.say(t('review.historyFailed', { reason: failureText(e) }), true));
      },
      (e: unknown) => alive && frame.say(t('review.historyFailed', { reason: failureText(e) }), true),
    );
    return {
      destroy() {
        alive = false;
        frame.el.remove();
      },
    };
  };
}
