/**
 * The sign-off confirmation: every "Sign off as …" opens it, in every host
 * (the hosts only send the answer to the server). It shows what is being
 * signed (the document's title, the office, the content hash of the version
 * on screen, the problems still open) and asks for the decision and a
 * comment. Approval is offered only when the office may approve now
 * (shared/signoff/workflow.ts: no errors, earlier offices approved); a
 * rejection is always possible and must say why.
 *
 * A modal <dialog> (role "dialog", aria-modal, labelled by its heading):
 * focus moves into it, Tab stays in it, Escape cancels, and focus returns
 * to the button that opened it.
 */
import type { DocModel } from '../../shared/model/types.js';
import type { SignoffPayload } from '../../shared/signoff/record.js';
import { commentRequired } from '../../shared/signoff/workflow.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { h } from '../dom.js';
import { openProblemsText, shortHash } from './signoff-readiness.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../../shared/i18n/messages/editor-panels.js';

const t = uiWords(editorPanelWords);

/** What the person is asked to confirm. */
export interface SignoffSummary {
  /** The office's name, as the template gives it. */
  office: string;
  /** The version on screen when the dialog opened: the one signed, or nothing. */
  reviewed: DocModel;
  /** Its content hash. */
  contentHash: string;
  /** The problems open in that version. */
  diagnostics: readonly Diagnostic[];
  /** Why approving is not possible now, in words; absent when it is. */
  approvalBlocked?: string;
}

/** What the person chose. */
export interface SignoffChoice {
  decision: SignoffPayload['decision'];
  comment: string;
}

/** How many open problems the summary lists by name. */
const LISTED = 3;

let dialogs = 0;

/** Opens the confirmation inside `container`; resolves with the person's choice, or undefined when they cancel (Escape, Cancel). Focus returns to `opener`. */
export function openSignoffDialog(container: HTMLElement, opener: HTMLElement, summary: SignoffSummary): Promise<SignoffChoice | undefined> {
  const doc = container.ownerDocument;
  const id = `poc-signoff-dialog-${++dialogs}`;
  const canApprove = !summary.approvalBlocked;
  let choice: SignoffChoice | undefined;

  const radio = (value: SignoffPayload['decision'], label: string, disabled: boolean, describedBy?: string) =>
    h(
      doc,
      'label',
      { class: `poc-signoff-decision${disabled ? ' is-disabled' : ''}` },
      h(doc, 'input', { attrs: { type: 'radio', name: `${id}-decision`, value, disabled, 'aria-describedby': describedBy } }),
      h(doc, 'span', { text: label }),
    );
  const approve = radio('approved', t('dialog.approve'), !canApprove, canApprove ? undefined : `${id}-blocked`);
  const reject = radio('rejected', t('dialog.reject'), false);
  const radios = [approve, reject].map((l) => l.querySelector('input')!);
  radios[canApprove ? 0 : 1].checked = true;
  const decision = (): SignoffPayload['decision'] => (radios[1].checked ? 'rejected' : 'approved');

  const hint = h(doc, 'div', { class: 'poc-muted poc-signoff-hint', attrs: { id: `${id}-hint` } });
  const problem = h(doc, 'div', { class: 'poc-signoff-field-error', attrs: { id: `${id}-comment-error`, hidden: true } });
  const comment = h(doc, 'textarea', { class: 'poc-signoff-comment-input', attrs: { id: `${id}-comment`, rows: 4, 'aria-describedby': `${id}-hint ${id}-comment-error` } });
  const submit = h(doc, 'button', { class: 'mod-cta poc-signoff-confirm', attrs: { type: 'submit' } });
  const cancel = h(doc, 'button', { class: 'poc-signoff-cancel', text: t('dialog.cancel'), attrs: { type: 'button' } });
  const sync = () => {
    const rejecting = decision() === 'rejected';
    hint.textContent = commentRequired(decision()) ? t('dialog.hint.required') : t('dialog.hint.optional');
    submit.textContent = rejecting ? t('dialog.submit.reject') : t('dialog.submit.approve');
    if (comment.value.trim()) problem.hidden = true;
  };

  const form = h(
    doc,
    'form',
    { class: 'poc-signoff-form', attrs: { method: 'dialog', novalidate: true } },
    h(doc, 'h2', { class: 'poc-signoff-dialog-title', text: t('signoff.signAs', { office: summary.office }), attrs: { id: `${id}-title` } }),
    whatIsSigned(doc, summary),
    h(
      doc,
      'fieldset',
      { class: 'poc-signoff-decisions' },
      h(doc, 'legend', { text: t('dialog.decision') }),
      approve,
      summary.approvalBlocked ? h(doc, 'div', { class: 'poc-signoff-why', text: summary.approvalBlocked, attrs: { id: `${id}-blocked` } }) : null,
      reject,
    ),
    h(doc, 'label', { class: 'poc-signoff-comment-label', text: t('dialog.comment'), attrs: { for: `${id}-comment` } }),
    hint,
    comment,
    problem,
    h(doc, 'div', { class: 'poc-signoff-actions' }, cancel, submit),
  );
  const dialog = h(doc, 'dialog', { class: 'poc-signoff-dialog', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-title` } }, form);
  for (const r of radios) r.addEventListener('change', sync);
  comment.addEventListener('input', sync);
  sync();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = comment.value.trim();
    if (commentRequired(decision()) && !text) {
      problem.textContent = t('dialog.commentMissing');
      problem.hidden = false;
      comment.setAttribute('aria-invalid', 'true');
      comment.focus();
      return;
    }
    choice = { decision: decision(), comment: text };
    dialog.close();
  });
  cancel.addEventListener('click', () => dialog.close());

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      // Back where the person was; the panel may have redrawn the button meanwhile, so the container is the fallback.
      (opener.isConnected ? opener : container).focus();
      resolve(choice);
    });
    container.append(dialog);
    dialog.showModal();
    radios[canApprove ? 0 : 1].focus();
  });
}

/** The summary of what is signed: document, office, version (short hash, the full one to copy) and the problems still open. */
function whatIsSigned(doc: Document, s: SignoffSummary): HTMLElement {
  const errors = s.diagnostics.filter((d) => d.severity === 'error');
  const warnings = s.diagnostics.filter((d) => d.severity === 'warning');
  const short = shortHash(s.contentHash);
  const hash = h(doc, 'input', { class: 'poc-signoff-hash-full', attrs: { type: 'text', readonly: true, value: s.contentHash, 'aria-label': t('dialog.hash') } });
  const copy = h(doc, 'button', {
    class: 'poc-link-btn poc-signoff-copy',
    text: t('dialog.copy'),
    attrs: { type: 'button' },
    on: {
      click: () => {
        hash.select();
        void doc.defaultView?.navigator.clipboard?.writeText(s.contentHash).catch(() => {});
      },
    },
  });
  const open = openProblemsText(s.diagnostics);
  const listedProblems = [...errors, ...warnings].slice(0, LISTED);
  const more = errors.length + warnings.length - listedProblems.length;
  const row = (term: string, ...value: Array<Node | string>) => [h(doc, 'dt', { text: term }), h(doc, 'dd', {}, ...value)];
  return h(
    doc,
    'dl',
    { class: 'poc-signoff-summary' },
    ...row(t('dialog.document'), s.reviewed.meta.title || t('dialog.untitled')),
    ...row(t('dialog.office'), s.office),
    ...row(t('dialog.version'), h(doc, 'code', { class: 'poc-signoff-hash', text: short, title: s.contentHash }), ' ', copy, hash),
    ...row(
      t('dialog.problems'),
      h(doc, 'span', { class: 'poc-signoff-open', text: open }),
      ...(listedProblems.length
        ? [h(
            doc,
            'ul',
            { class: 'poc-signoff-problems' },
            ...listedProblems.map((d) => h(doc, 'li', { class: `is-${d.severity}`, text: d.location.block ? t('dialog.problemAt', { block: d.location.block, message: d.message }) : d.message })),
            more > 0 ? h(doc, 'li', { class: 'poc-muted', text: t('dialog.more', { count: more }) }) : null,
          )]
        : []),
    ),
  );
}
