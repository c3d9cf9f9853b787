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
import { awaitedBefore, signoffOrderWords, stillRequired } from '../signoff/workflow.js';
import { diag, type RuleInput } from './rule-input.js';

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

/** Why an office's approval does not hold, in words for the status message. @internal */
const WHY = {
  missing: (label: string) => `the ${label} has not signed it off`,
  rejected: (label: string) => `the ${label} rejected it, and that rejection still stands`,
  stale: (label: string) => `the ${label} approved an earlier version, and the text changed since`,
} as const;

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
  const code = 'approved-not-signed';
  const back = 'Set the status back to In review; it becomes Approved by itself when the last office signs.';
  if (!template.signoffs.length) {
    out.push(diag('error', code, `This document says Approved, but the ${template.title} template asks no office to sign, so nothing can approve it. ${back}`));
    return;
  }
  const standing = workflowStanding(input);
  if (!standing) {
    out.push(
      diag(
        'error',
        code,
        `This document says Approved, but its approvals could not be verified here: no sign-off is known to this copy (it needs ${signoffOrderWords(template)}). ` +
          `Open it from the server to see its sign-offs; if it was never signed, ${back.charAt(0).toLowerCase()}${back.slice(1)}`,
      ),
    );
    return;
  }
  const required = stillRequired(template, standing, contentHash(model));
  if (!required.length) return;
  const reasons = required.map((r) => WHY[r.why](r.office.label)).join('; ');
  out.push(diag('error', code, `This document says Approved, but ${reasons}. ${back}`));
}

/** Reports approvals given before the offices that must approve first, and sign-offs by offices the template does not list. */
export function checkSignoffs(input: RuleInput): void {
  const list = input.context.signoffs;
  if (!list?.length) return;
  const { model, template, tix, out } = input;
  const latest = latestPerOffice(list, (p) => p, currentScope(model, template));
  for (const [role, s] of latest) {
    if (!tix.signoffRank.has(role))
      out.push(
        diag(
          'warning',
          'signoff-unknown-role',
          `${s.userName || s.user} signed as "${role}", an office the "${template.title}" template does not ask to sign. This sign-off does not count towards endorsement.`,
        ),
      );
  }
  const order = signoffOrderWords(template);
  template.signoffs.forEach((r) => {
    if (latest.get(r.role)?.decision !== 'approved') return;
    const missing = awaitedBefore(template, r.role, latest);
    if (!missing.length) return;
    // True both of a stored approval and of one the server is asked to give (it validates with the new approval counted):
    // it says what each earlier office has done, never that it approved.
    const states = missing.map((m) => `the ${m.label} ${latest.get(m.role)?.decision === 'rejected' ? 'rejected it, and that rejection still stands' : 'has not signed off yet'}`).join('; ');
    const who = missing.map((m) => m.label).join(' and the ');
    out.push(diag('error', 'signoff-order', `An approval by the ${r.label} comes too early: ${states}. Sign-offs go in this order: ${order}, so the ${who} must approve first.`));
  });
}
