/**
 * Sign-off order: the template lists the offices that sign, in order, or in
 * steps (the strategy's Head of Mission and RC/HC share one step and sign in
 * any order: Annex A II). The rule itself (an approval waits for the offices
 * of earlier steps; a rejection never does)
 * is `awaitedBefore` in shared/signoff/workflow.ts, which the editor uses to
 * explain a blocked approval. Each office's standing sign-off counts (see
 * shared/signoff/latest.ts: only records given for the document's current
 * type and area).
 */
import { contentHash } from '../hash/canonical.js';
import { currentScope, latestPerOffice } from '../signoff/latest.js';
import type { SignoffPayload } from '../signoff/record.js';
import { awaitedBefore, signoffSteps, stillRequired } from '../signoff/workflow.js';
import { bothAnd, clauses, diag, type Naming, officeName, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationNames } from '../i18n/messages/validation-names.js';
import { validationWorkflow } from '../i18n/messages/validation-workflow.js';

/**
 * Each office's standing sign-off as the status workflow reads it (shared/signoff/workflow.ts): among the verified
 * sign-offs of the current content and of earlier versions, by `latestPerOffice`. Undefined when the context knows
 * of no sign-offs at all (none could be verified here), which is not the same as "nobody signed".
 */
export function workflowStanding(input: Pick<RuleInput, 'model' | 'template' | 'context'>): Map<string, SignoffPayload> | undefined {
  const { signoffs, staleSignoffs } = input.context;
  if (!signoffs) return undefined;
  return latestPerOffice([...(staleSignoffs ?? []), ...signoffs], (p) => p, currentScope(input.model, input.template));
}

/** Why an office's approval does not hold: the catalogue's clause for each reason. @internal */
const WHY = { missing: 'approved.whyMissing', rejected: 'approved.whyRejected', stale: 'approved.whyStale' } as const;

/**
 * The order of the sign-offs in the reader's language, as `signoffOrderWords` (shared/signoff/workflow.ts) says it
 * in English: "the Head of Office, then the SRSG", offices of one step joined by "and".
 */
function orderWords(input: Naming & Pick<RuleInput, 'template'>): string {
  const t = wordsOf(validationNames, input.locale);
  const groups = signoffSteps(input.template);
  const steps = groups.map((g) => bothAnd(input, g.map((o) => o.label)));
  const order = steps.length ? steps.reduce((first, next) => t('order.step', { first, next })) : '';
  if (!groups.some((g) => g.length > 1)) return order;
  return steps.length > 1 ? t('order.anyOrderSteps', { order }) : t('order.anyOrder', { order });
}

/**
 * "Approved" is true of a document only when the workflow says so (`stillRequired` is empty): every office the
 * template asks stands approved, in order, and the last step's approval is of the current text. The server keeps the
 * status so (server/docs/status-workflow.ts), but a Markdown mirror, a copy edited offline or a client that wrote the
 * status itself can still say "approved"; readers take the word at face value, so it is an error. Where no sign-off
 * could be verified (the CLI reading a mirror, an editor with no server key), the approvals cannot be checked: still an
 * error, saying so, because an unverifiable "approved" is exactly what a forged one looks like.
 */
export function checkApprovedStatus(input: RuleInput): void {
  const { model, template, out } = input;
  if (model.meta.status !== 'approved') return;
  const t = wordsOf(validationWorkflow, input.locale);
  const code = 'approved-not-signed';
  if (!template.signoffs.length) {
    out.push(diag('error', code, t('approved.noOffices', { template: template.title })));
    return;
  }
  const standing = workflowStanding(input);
  if (!standing) {
    out.push(diag('error', code, t('approved.unverified', { order: orderWords(input) })));
    return;
  }
  const required = stillRequired(template, standing, contentHash(model));
  if (!required.length) return;
  const reasons = clauses(input, required.map((r) => t(WHY[r.why], { office: r.office.label })));
  out.push(diag('error', code, t('approved.notSigned', { reasons })));
}

/** Reports approvals given before the offices that must approve first, and sign-offs by offices the template does not list. */
export function checkSignoffs(input: RuleInput): void {
  const list = input.context.signoffs;
  if (!list?.length) return;
  const { model, template, tix, out } = input;
  const t = wordsOf(validationWorkflow, input.locale);
  const latest = latestPerOffice(list, (p) => p, currentScope(model, template));
  for (const [role, s] of latest) {
    if (!tix.signoffRank.has(role)) out.push(diag('warning', 'signoff-unknown-role', t('signoff.unknownRole', { who: s.userName || s.user, role, template: template.title })));
  }
  const order = orderWords(input);
  template.signoffs.forEach((r) => {
    if (latest.get(r.role)?.decision !== 'approved') return;
    const missing = awaitedBefore(template, r.role, latest);
    if (!missing.length) return;
    // True both of a stored approval and of one the server is asked to give (it validates with the new approval counted):
    // it says what each earlier office has done, never that it approved.
    const states = clauses(
      input,
      missing.map((m) => t(latest.get(m.role)?.decision === 'rejected' ? 'signoff.stateRejected' : 'signoff.stateNotYet', { office: m.label })),
    );
    const who = bothAnd(input, missing.map((m) => officeName(input, m.label)));
    out.push(diag('error', 'signoff-order', t('signoff.order', { count: missing.length, office: r.label, states, order, who })));
  });
}
