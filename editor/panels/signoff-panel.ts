/**
 * The sign-off panel: the consultations the template requires (recorded or
 * not) and the offices that must sign, in order, each with who signed and
 * when, and whether the signature verifies against the server's key and
 * still matches the current text. A stale signature can show what changed
 * since it was given (from the signed snapshot). "Sign off as <office>"
 * appears for the offices the user holds in scope for this document (its
 * area as the content says now: shared/signoff/offices.ts, the rule the
 * server applies). Sign-offs given for another area or document type (the
 * content said so when they were given) are listed apart, with the reason
 * they do not count (shared/signoff/latest.ts).
 *
 * At the top, the document's status and what it still needs. Every office
 * the template asks has its "Sign off as …" button while it has not
 * approved this version: disabled, with the reason in words beside it, for
 * an office the person does not hold here; otherwise it opens the
 * confirmation (signoff-dialog.ts), which offers approval only when errors
 * are fixed and earlier offices have approved (the reason is shown beside
 * the button too) and always offers a rejection.
 */
import type { DocModel } from '../../shared/model/types.js';
import { formatMoment } from '../words.js';
import { compareLatestFirst, type CurrentScope, currentScope, officeStanding, whyNotCounted } from '../../shared/signoff/latest.js';
import { type OfficeHolding, rolesInScope, scopedDocument } from '../../shared/signoff/offices.js';
import { type SignoffRecord, SignoffRecordSchema, type SignoffStatus } from '../../shared/signoff/record.js';
import type { Template } from '../../shared/template/load.js';
import { consultationStates } from '../../shared/validate/consultation.js';
import { indexModel } from '../../shared/validate/model-index.js';
import { readSignoffs } from '../../shared/ydoc/layout.js';
import { h, setChildren, severityIcon } from '../dom.js';
import type { EditorHandle } from '../editor-contract.js';
import { modelHash, standing } from '../signoff-standing.js';
import { type Change, modelDiff } from '../../shared/diff/model-diff.js';
import { openSignoffDialog, type SignoffChoice } from './signoff-dialog.js';
import { approvalBlocked, officeNeeded, standingOf, workflowSummary } from './signoff-readiness.js';
import { stepOf, type StandingByRole } from '../../shared/signoff/workflow.js';
import type { PanelHandle } from './validation-panel.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../../shared/i18n/messages/editor-panels.js';

const t = uiWords(editorPanelWords);

export interface SignoffPanelOptions {
  handle: EditorHandle;
  template: Template;
  /** The server's Ed25519 public key (32 bytes); without it signatures are shown as not verified. */
  publicKey?: Uint8Array;
  /** Offices the signed-in user holds (e.g. ["head-of-office"]); mission-wide unless `holdings` says where they apply. */
  offices: string[];
  /** Where each office applies (from the server); the panel offers only the offices in scope for this document. */
  holdings?: OfficeHolding[];
  /** Asks the server to sign off as an office, with the person's choice from the confirmation, bound to the version they reviewed; a rejection's message is shown to the user. */
  onSignOff?: (role: string, choice: SignoffChoice & { reviewed: DocModel }) => Promise<void>;
  /** The model of the version a sign-off signed (from the server's snapshot). */
  fetchSnapshotModel?: (signoffId: string) => Promise<DocModel>;
}

/** A record's standing: verified, or merely well-formed when there is no key to check it with. */
export type RecordState = SignoffStatus | { state: 'unverified'; record: SignoffRecord };

/** The standing of each stored record against the key and the current content (malformed records are reported invalid). */
export function recordStates(raw: readonly unknown[], model: DocModel, publicKey: Uint8Array | undefined): RecordState[] {
  if (!raw.length) return [];
  const hash = modelHash(model);
  return raw.map((r): RecordState => {
    if (publicKey) return standing(r, publicKey, model.meta.id, hash);
    const parsed = SignoffRecordSchema.safeParse(r);
    return parsed.success ? { state: 'unverified', record: parsed.data } : { state: 'invalid', reason: t('signoff.malformed') };
  });
}

/** A sign-off time in the person's locale, with its time zone named (editor/words.ts). */
function when(iso: string): string {
  return formatMoment(iso);
}

const STATE_TEXT = {
  valid: 'signoff.check.valid',
  stale: 'signoff.check.stale',
  invalid: 'signoff.check.invalid',
  unverified: 'signoff.check.unverified',
} as const satisfies Record<RecordState['state'], string>;

/** Renders the sign-off panel into `host`. */
export function renderSignoffPanel(host: HTMLElement, opts: SignoffPanelOptions): PanelHandle {
  const doc = host.ownerDocument;
  const { handle } = opts;
  const body = h(doc, 'div', { class: 'poc-signoff-body' });
  const el = h(doc, 'div', { class: 'poc-panel poc-signoffs' }, h(doc, 'div', { class: 'poc-panel-head' }, h(doc, 'div', { class: 'poc-panel-title', text: t('signoff.title') })), body);
  host.append(el);

  const busy = new Set<string>();
  const errors = new Map<string, string>();
  const snapshots = new Map<string, DocModel | 'loading' | Error>();
  const open = new Set<string>();
  let lastKey = '';

  const refresh = () => {
    const template = handle.template() ?? opts.template;
    let model: DocModel;
    try {
      model = handle.model();
    } catch {
      setChildren(body, h(doc, 'div', { class: 'poc-muted', text: t('signoff.waiting') }));
      return;
    }
    const states = recordStates(readSignoffs(handle.ydoc), model, opts.publicKey);
    const consult = consultationStates({ template, mix: indexModel(model) });
    const diffs = new Map<string, Change[] | string>();
    for (const id of open) {
      const snap = snapshots.get(id);
      diffs.set(id, !snap || snap === 'loading' ? t('signoff.loadingVersion') : snap instanceof Error ? snap.message : modelDiff(snap, model, template, { locale: interfaceLocale() }));
    }
    const standingNow = standingOf(
      states.flatMap((s) => (s.record && s.state !== 'invalid' ? [s.record.payload] : [])),
      model,
      template,
    );
    const errorCount = handle.diagnostics().filter((d) => d.severity === 'error').length;
    const key = JSON.stringify([
      model.meta.status,
      errorCount,
      modelHash(model),
      states.map((s) => [s.state, s.record?.id]),
      consult.map((c) => [c.party, c.recorded, c.block?.id]),
      [...busy],
      [...errors],
      [...diffs],
      signable(model, template),
      currentScope(model, template),
    ]);
    if (key === lastKey) return;
    lastKey = key;
    const ctx: RowContext = { model, template, standing: standingNow, errors: errorCount, mine: signable(model, template) };
    setChildren(
      body,
      h(doc, 'div', { class: 'poc-signoff-workflow', attrs: { 'data-status': model.meta.status } }, workflowSummary(model.meta.status, template, standingNow, modelHash(model))),
      consultationList(consult),
      signoffList(ctx, states, diffs, currentScope(model, template)),
    );
  };

  /** The roles the user may sign as on this document now (its area can change with an edit). */
  const signable = (model: DocModel, template: Template): string[] => (opts.holdings ? rolesInScope(opts.holdings, scopedDocument(model, template)) : opts.offices);

  const consultationList = (consult: ReturnType<typeof consultationStates>) => {
    if (!consult.length) return null;
    return h(
      doc,
      'div',
      { class: 'poc-signoff-group' },
      h(doc, 'div', { class: 'poc-signoff-group-title', text: t('signoff.consultations') }),
      ...consult.map((c) =>
        h(
          doc,
          'button',
          {
            class: `poc-consult ${c.recorded ? 'is-done' : 'is-open'}`,
            attrs: { type: 'button', 'data-party': c.party },
            on: { click: () => handle.jumpTo(c.block ? { block: c.block.id } : { section: opts.template.consultation?.section }) },
          },
          h(doc, 'span', { class: 'poc-consult-mark', text: c.recorded ? '✓' : '○' }),
          h(doc, 'span', { class: 'poc-consult-label', text: c.label }),
          h(doc, 'span', { class: 'poc-muted', text: c.recorded ? (c.block ? t('signoff.consult.recordedIn', { block: c.block.id }) : t('signoff.consult.recorded')) : c.block ? t('signoff.consult.outcomeMissing', { block: c.block.id }) : t('signoff.consult.notRecorded') }),
        ),
      ),
    );
  };

  const signoffList = (ctx: RowContext, states: RecordState[], diffs: Map<string, Change[] | string>, scope: CurrentScope) => {
    const { template } = ctx;
    const byRole = new Map<string, RecordState[]>();
    // Records given for another area or type: listed with the reason, never the office's standing.
    const elsewhere = new Map<string, { state: RecordState; why: string }[]>();
    const broken: RecordState[] = [];
    for (const s of states) {
      if (!s.record) {
        broken.push(s);
        continue;
      }
      const { role } = s.record.payload;
      const why = whyNotCounted(s.record.payload, scope, interfaceLocale());
      if (why) elsewhere.set(role, [...(elsewhere.get(role) ?? []), { state: s, why }]);
      else byRole.set(role, [...(byRole.get(role) ?? []), s]);
    }
    // Latest first, then the office's standing (shared/signoff/latest.ts) moved to the front: a colleague's rejection a later approval did not clear.
    for (const list of byRole.values()) {
      list.sort((a, b) => compareLatestFirst(a.record!.payload, b.record!.payload));
      const standing = officeStanding(list, (s) => s.record!.payload, scope);
      if (standing && standing !== list[0]) list.splice(0, list.length, standing, ...list.filter((s) => s !== standing));
    }
    const row = (role: string, label: string, guidance: string | undefined) => roleRow(role, label, guidance, byRole.get(role) ?? [], elsewhere.get(role) ?? [], diffs, ctx);
    const rows = template.signoffs.map((r) => row(r.role, `${stepOf(template, r)}. ${r.label}`, r.guidance));
    const unasked = new Set([...byRole.keys(), ...elsewhere.keys()].filter((role) => !template.signoffs.some((r) => r.role === role)));
    for (const role of unasked) rows.push(row(role, t('signoff.notAsked', { role }), undefined));
    return h(
      doc,
      'div',
      { class: 'poc-signoff-group' },
      h(doc, 'div', { class: 'poc-signoff-group-title', text: t('signoff.inOrder') }),
      ...(rows.length ? rows : [h(doc, 'div', { class: 'poc-muted', text: t('signoff.noneAsked') })]),
      ...broken.map((b) => h(doc, 'div', { class: 'poc-signoff is-invalid' }, severityIcon(doc, 'error'), t('signoff.unreadable', { reason: b.state === 'invalid' ? b.reason : '' }))),
    );
  };

  const roleRow = (
    role: string,
    label: string,
    guidance: string | undefined,
    list: RecordState[],
    elsewhere: { state: RecordState; why: string }[],
    diffs: Map<string, Change[] | string>,
    ctx: RowContext,
  ) => {
    const latest = list[0];
    const state = latest ? latest.state : 'missing';
    const row = h(doc, 'div', { class: `poc-signoff is-${state}`, attrs: { 'data-role': role, 'data-state': state } });
    row.append(
      h(doc, 'div', { class: 'poc-signoff-head' }, h(doc, 'span', { class: 'poc-signoff-role', text: label, title: guidance }), h(doc, 'span', { class: `poc-chip poc-signoff-state is-${state}`, text: stateWord(latest) })),
    );
    if (latest?.record) {
      const p = latest.record.payload;
      row.append(h(doc, 'div', { class: 'poc-signoff-who', text: t(p.decision === 'approved' ? 'signoff.approvedBy' : 'signoff.rejectedBy', { name: p.userName || p.user, when: when(p.signedAt) }) }));
      if (p.comment) row.append(h(doc, 'div', { class: 'poc-signoff-comment', text: t('signoff.quote', { comment: p.comment }) }));
      row.append(
        h(
          doc,
          'div',
          { class: 'poc-signoff-check' },
          severityIcon(doc, latest.state === 'valid' ? 'info' : latest.state === 'invalid' ? 'error' : 'warning'),
          latest.state === 'invalid' ? t('signoff.check.invalidWhy', { reason: latest.reason }) : t(STATE_TEXT[latest.state]),
        ),
      );
      if (latest.state === 'stale' && opts.fetchSnapshotModel) row.append(...diffBlock(latest.record.id, diffs.get(latest.record.id)));
      const overruled = list.slice(1).filter((s) => s.record?.payload.decision === 'approved' && compareLatestFirst(s.record.payload, p) < 0);
      if (overruled.length) {
        const by = [...new Set(overruled.map((s) => s.record!.payload.userName || s.record!.payload.user))].join(', ');
        row.append(
          h(doc, 'div', { class: 'poc-muted poc-signoff-standing', text: t('signoff.stillStands', { by, name: p.userName || p.user }) }),
        );
      }
      const earlier = list.length - 1 - overruled.length;
      if (earlier > 0) row.append(h(doc, 'div', { class: 'poc-muted', text: t('signoff.earlier', { count: earlier }) }));
    } else {
      row.append(h(doc, 'div', { class: 'poc-muted', text: t('signoff.notYet') }));
    }
    for (const { state: s, why } of elsewhere) {
      const p = s.record!.payload;
      row.append(
        h(doc, 'div', { class: 'poc-muted poc-signoff-elsewhere', text: t(p.decision === 'approved' ? 'signoff.elsewhere.approved' : 'signoff.elsewhere.rejected', { name: p.userName || p.user, when: when(p.signedAt), why }) }),
      );
    }
    const office = ctx.template.signoffs.find((r) => r.role === role);
    // Offered until this office's approval of this version stands: after a rejection, or a stale approval, it may sign again.
    const approvedNow = latest?.state === 'valid' && latest.record.payload.decision === 'approved';
    if (office && opts.onSignOff && !approvedNow) row.append(...signButton(office, ctx));
    const err = errors.get(role);
    if (err) row.append(h(doc, 'div', { class: 'poc-signoff-error', attrs: { role: 'alert' } }, severityIcon(doc, 'error'), err));
    return row;
  };

  const diffBlock = (id: string, diff: Change[] | string | undefined): HTMLElement[] => {
    const toggle = h(doc, 'button', {
      class: 'poc-link-btn poc-show-changes',
      text: open.has(id) ? t('signoff.changes.hide') : t('signoff.changes.show'),
      attrs: { type: 'button', 'aria-expanded': open.has(id) ? 'true' : 'false' },
      on: { click: () => void toggleDiff(id) },
    });
    if (!open.has(id) || diff === undefined) return [toggle];
    const list =
      typeof diff === 'string'
        ? h(doc, 'div', { class: 'poc-muted', text: diff })
        : diff.length
          ? h(
              doc,
              'ul',
              { class: 'poc-changes' },
              ...diff.map((c) =>
                h(
                  doc,
                  'li',
                  { class: `poc-change is-${c.kind}` },
                  c.block || c.section ? h(doc, 'button', { class: 'poc-link-btn', text: c.text, attrs: { type: 'button' }, on: { click: () => handle.jumpTo({ section: c.section, block: c.block }) } }) : c.text,
                ),
              ),
            )
          : h(doc, 'div', { class: 'poc-muted', text: t('signoff.changes.formatting') });
    return [toggle, list];
  };

  async function toggleDiff(id: string): Promise<void> {
    if (open.has(id)) {
      open.delete(id);
      refresh();
      return;
    }
    open.add(id);
    if (!snapshots.has(id) || snapshots.get(id) instanceof Error) {
      snapshots.set(id, 'loading');
      refresh();
      try {
        snapshots.set(id, await opts.fetchSnapshotModel!(id));
      } catch (e) {
        snapshots.set(id, new Error(t('signoff.loadFailed', { message: (e as Error).message })));
      }
    }
    refresh();
  }

  /** The office's button, with the reason beside it when the person cannot sign (disabled) or cannot approve (rejection only). */
  const signButton = (office: { role: string; label: string }, ctx: RowContext): HTMLElement[] => {
    const { role } = office;
    const held = ctx.mine.includes(role);
    const why = held ? approvalBlocked(office, ctx.template, ctx.standing, ctx.errors) : officeNeeded(office, ctx.model, ctx.template);
    const whyId = `poc-sign-why-${++reasons}`;
    const button = h(doc, 'button', {
      class: 'poc-sign-btn mod-cta',
      text: busy.has(role) ? t('signoff.signing') : t('signoff.signAs', { office: office.label }),
      attrs: { type: 'button', 'data-role': role, disabled: busy.has(role) || !held, 'aria-describedby': why ? whyId : undefined },
    });
    button.addEventListener('click', () => void sign(office, ctx, button, why));
    return why ? [button, h(doc, 'div', { class: `poc-sign-why ${held ? 'is-approval' : 'is-office'}`, text: why, attrs: { id: whyId } })] : [button];
  };
  let reasons = 0;

  async function sign(office: { role: string; label: string }, ctx: RowContext, button: HTMLElement, blocked: string | undefined): Promise<void> {
    const { role } = office;
    // The version on screen now: the dialog shows its fingerprint, and the server signs it or nothing.
    const reviewed = handle.model();
    const choice = await openSignoffDialog(el, button, {
      office: office.label,
      reviewed,
      contentHash: modelHash(reviewed),
      diagnostics: handle.diagnostics(),
      ...(blocked ? { approvalBlocked: blocked } : {}),
    });
    if (!choice) return;
    busy.add(role);
    errors.delete(role);
    refresh();
    try {
      await opts.onSignOff!(role, { ...choice, reviewed });
    } catch (e) {
      errors.set(role, (e as Error).message || t('signoff.refused'));
    } finally {
      busy.delete(role);
      refresh();
      // The redraw replaced the button the person was on: keep them in this office's row (its button, or the row once signed).
      if (!el.contains(doc.activeElement) && (doc.activeElement === doc.body || !doc.activeElement)) {
        const ofRole = (selector: string) => Array.from(el.querySelectorAll<HTMLElement>(selector)).find((x) => x.dataset.role === role);
        const here = ofRole('.poc-sign-btn') ?? ofRole('.poc-signoff');
        if (here && !here.matches('button')) here.tabIndex = -1;
        here?.focus();
      }
    }
  }

  const unsubscribe = handle.subscribe(refresh);
  refresh();
  return {
    el,
    refresh,
    destroy() {
      unsubscribe();
      el.remove();
    },
  };
}

/** What a row's button needs to know: the document now, each office's standing, the open errors, and the offices the person holds here. */
interface RowContext {
  model: DocModel;
  template: Template;
  standing: StandingByRole;
  errors: number;
  mine: string[];
}

function stateWord(s: RecordState | undefined): string {
  if (!s) return t('signoff.state.pending');
  switch (s.state) {
    case 'valid':
      return s.record.payload.decision === 'approved' ? t('signoff.state.signed') : t('signoff.state.rejected');
    case 'stale':
      return t('signoff.state.stale');
    case 'invalid':
      return t('signoff.state.invalid');
    case 'unverified':
      return t('signoff.state.unverified');
  }
}
