/**
 * Sign-off order: the template lists the offices that sign, in order (for a
 * strategy, the UNCT before the Head of Mission, say). An approval by an
 * office is out of order when an office listed before it has not approved.
 * Each office's standing sign-off counts (see shared/signoff/latest.ts: only
 * records given for the document's current type and area); a
 * rejection is never out of order, since any office may send a document
 * back at any time.
 */
import { currentScope, latestPerOffice } from '../signoff/latest.js';
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
  const order = template.signoffs.map((r) => r.label).join(', then ');
  const approved = (role: string) => latest.get(role)?.decision === 'approved';
  template.signoffs.forEach((r, i) => {
    if (!approved(r.role)) return;
    const missing = template.signoffs.slice(0, i).filter((e) => !approved(e.role));
    if (!missing.length) return;
    const who = missing.map((m) => m.label).join(' and ');
    out.push(
      diag(
        'error',
        'signoff-order',
        `The ${r.label} approved this document before the ${who} did. Sign-offs go in this order: ${order}. The ${who} must approve first.`,
      ),
    );
  });
}
