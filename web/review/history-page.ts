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
      h(doc, 'h2', { text: 'Restore this version?', attrs: { id: 'poc-restore-title' } }),
      h(
        doc,
        'p',
        { attrs: { id: 'poc-restore-text' } },
        `The document will again read as it did in “${v.name ?? kindWords(v.kind)}” (${when(ctx, v.createdAt)}). `,
        'The current content is kept in the history, so nothing is lost: you can restore it in the same way.',
      ),
      h(
        doc,
        'div',
        { class: 'poc-review-dialog-buttons' },
        h(doc, 'button', { text: 'Cancel', attrs: { type: 'button' }, on: { click: () => done(false) } }),
        h(doc, 'button', { class: 'poc-review-primary', text: 'Restore this version', attrs: { type: 'button' }, on: { click: () => done(true) } }),
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
    const frame = reviewFrame(root, ctx, docId, 'History', 'history');
    let alive = true;
    let mayEdit = false;
    const list = h(doc, 'ol', { class: 'poc-history-list', attrs: { 'aria-label': 'Versions, newest first' } });

    const row = (v: VersionEntry): HTMLElement => {
      const actions = h(
        doc,
        'div',
        { class: 'poc-history-actions' },
        pageLink(doc, ctx, reviewPaths.read(docId, v.id), 'Read', 'poc-review-button'),
        pageLink(doc, ctx, reviewPaths.changes(docId, v.id, 'now'), 'Compare with now', 'poc-review-button'),
      );
      if (mayEdit) {
        const restore: HTMLButtonElement = h(doc, 'button', {
          class: 'poc-history-restore',
          text: 'Restore this version',
          attrs: { type: 'button' },
          on: {
            click: () =>
              void confirmRestore(doc, ctx, v, restore).then(async (yes) => {
                if (!yes || !alive) return;
                restore.disabled = true;
                frame.say('Restoring the version…');
                try {
                  const made = await source.restore(v.id);
                  frame.say(`Restored. The document now reads as “${v.name ?? kindWords(v.kind)}”; the content before is kept in the history (${when(ctx, made.createdAt)}).`);
                  await refresh();
                } catch (e) {
                  restore.disabled = false;
                  frame.say(`The version was not restored. ${failureText(e)}`, true);
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
        h(doc, 'p', { class: 'poc-history-name', text: v.name ?? (v.kind === 'auto' ? 'Kept while the document was edited' : '') }),
        h(doc, 'p', { class: 'poc-history-when', text: `${when(ctx, v.createdAt)}${who ? ` · by ${who}` : ''}` }),
        actions,
      );
    };

    const refresh = async () => {
      const l = await source.list();
      if (!alive) return;
      setChildren(list, ...(l.versions.length ? l.versions.map(row) : [h(doc, 'li', { class: 'poc-history-empty', text: 'No versions yet. A version is kept when someone signs the document or saves one by name.' })]));
    };

    // The form to save a named version, with its error beside the field (and announced).
    const name = h(doc, 'input', { class: 'poc-history-name-input', attrs: { id: 'poc-version-name', type: 'text', maxlength: MAX_VERSION_NAME, 'aria-describedby': 'poc-version-name-hint', autocomplete: 'off' } });
    const error = h(doc, 'p', { class: 'poc-history-error', attrs: { id: 'poc-version-name-error' } });
    const save = h(doc, 'button', { class: 'poc-review-primary', text: 'Save a named version', attrs: { type: 'submit' } });
    const form = h(
      doc,
      'form',
      { class: 'poc-history-save', attrs: { 'aria-labelledby': 'poc-save-title', novalidate: true } },
      h(doc, 'h2', { text: 'Save a named version', attrs: { id: 'poc-save-title' } }),
      h(doc, 'label', { text: 'Name of the version', attrs: { for: name.id } }),
      h(doc, 'p', { class: 'poc-history-hint', text: 'For example: Draft sent to UNCT, 3 March', attrs: { id: 'poc-version-name-hint' } }),
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
      if (!text) return fail('Error: give the version a name, for example “Draft sent to UNCT, 3 March”.');
      if (text.length > MAX_VERSION_NAME) return fail(`Error: the name is too long; use at most ${MAX_VERSION_NAME} characters.`);
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
          frame.say(`Saved “${v.name ?? text}”.`);
          await refresh();
        },
        (e: unknown) => {
          if (!alive) return;
          save.disabled = false;
          fail(`Error: the version was not saved. ${failureText(e)}`);
        },
      );
    });

    frame.say('Loading the history…');
    Promise.all([source.mayEdit().catch(() => false), source.list()]).then(
      ([edit]) => {
        if (!alive) return;
        mayEdit = edit;
        frame.say('');
        if (mayEdit) frame.body.append(form);
        frame.body.append(h(doc, 'h2', { class: 'poc-history-heading', text: 'Versions, newest first' }), list);
        void refresh().catch((e: unknown) => alive && frame.say(`The history could not be loaded. ${failureText(e)}`, true));
      },
      (e: unknown) => alive && frame.say(`The history could not be loaded. ${failureText(e)}`, true),
    );
    return {
      destroy() {
        alive = false;
        frame.el.remove();
      },
    };
  };
}
