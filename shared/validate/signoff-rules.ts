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
import { currentScope, latestPerOffice } from '../signoff/latest.js';
import { awaitedBefore, signoffOrderWords } from '../signoff/workflow.js';
import { diag, type RuleInput } from './rule-input.js';

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
