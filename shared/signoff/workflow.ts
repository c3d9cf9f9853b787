/**
 * The document status workflow and the order in which offices sign: one
 * place for the rules the server applies, the validator reports and the
 * editor explains.
 *
 * Status moves:
 * - draft → in-review: a person who may edit moves it, when the draft is
 *   ready for leadership to read.
 * - in-review → draft: a person, only while no office's standing sign-off is
 *   an approval. Once an office has approved, pulling the document back to
 *   draft would hide that approval from the workflow; an office that wants
 *   changes rejects, and after the rejection (no approval standing) the
 *   document may go back to draft.
 * - in-review (or draft) → approved: only the server, when every office the
 *   template asks stands approved, in order, and the last office's approval
 *   is of the current content ("valid", not stale).
 * - approved → in-review: the server, when that stops holding (an edit made
 *   the last approval stale, or an office rejected since).
 * - archived: the store says whether a document is archived
 *   (server/docs/lifecycle.ts); the workflow leaves an archived document
 *   alone, and reads "archived" written into one that is not as a draft
 *   (server/docs/status-workflow.ts).
 * The server recomputes the status after each sign-off and shortly after
 * content changes, and corrects what a client wrote that the rules do not
 * allow ("approved" written by a client, "draft" while an approval stands).
 *
 * The order rule: an approval by an office is out of order while an office
 * of an earlier step in the template's `signoffs` does not stand approved
 * (its standing sign-off, shared/signoff/latest.ts). Without `step`s each
 * office is its own step, in list order; offices sharing a step (the
 * strategy's Head of Mission and RC/HC: Annex A II says only "endorsed by
 * the Head of Mission and the UNCT") approve in any order. A rejection is
 * never out of order: any office may send the document back at any time,
 * and a rejection always says why (a comment is required).
 *
 * Approved means every office stands approved, in order, and each office of
 * the last step approved the current content: with one office in the last
 * step, earlier offices' approvals of an earlier version still count, as
 * before; with several, none of them follows another, so each must have
 * approved this text.
 *
 * The status is not content: the content hash reads every status alike
 * (shared/hash/canonical.ts), so the server setting "approved" never makes
 * the approval it follows from stale.
 */
import type { DocStatus } from '../model/types.js';
import type { Template } from '../template/load.js';
import type { SignoffPayload } from './record.js';

/** An office's standing sign-off as the workflow reads it. */
export type Standing = Pick<SignoffPayload, 'decision' | 'contentHash'>;

/** Each office's standing sign-off, keyed by role (from `latestPerOffice`); offices with none are absent. */
export type StandingByRole = ReadonlyMap<string, Standing>;

/** An office the template asks to sign. */
export type Office = Template['signoffs'][number];

/** Whether a sign-off with this decision must carry a comment: a rejection says what to change. */
export function commentRequired(decision: SignoffPayload['decision']): boolean {
  return decision === 'rejected';
}

/** The step an office signs at: its `step`, or its place in the list (from 1) when the template gives none. */
export function stepOf(template: Pick<Template, 'signoffs'>, office: Office): number {
  return office.step ?? template.signoffs.indexOf(office) + 1;
}

/** The offices in order of signing, grouped by step (offices of one group sign in any order); empty when the template asks for none. */
export function signoffSteps(template: Pick<Template, 'signoffs'>): Office[][] {
  const groups = new Map<number, Office[]>();
  for (const o of template.signoffs) groups.set(stepOf(template, o), [...(groups.get(stepOf(template, o)) ?? []), o]);
  return [...groups].sort(([a], [b]) => a - b).map(([, list]) => list);
}

/** The office the template asks to sign as `role`, by its name or one of its `aliases` (a record signed as "unct" counts for the RC/HC); undefined when none. */
export function officeFor(template: Pick<Template, 'signoffs'>, role: string): Office | undefined {
  return template.signoffs.find((r) => r.role === role) ?? template.signoffs.find((r) => r.aliases?.includes(role));
}

/** The order of signing in words: "Head of Mission, then UNCT", or "Head of Mission and RC/HC, in any order". */
export function signoffOrderWords(template: Pick<Template, 'signoffs'>): string {
  const steps = signoffSteps(template).map((g) => g.map((o) => o.label).join(' and '));
  const anyOrder = signoffSteps(template).some((g) => g.length > 1);
  return steps.join(', then ') + (anyOrder ? (steps.length > 1 ? ' (those joined by "and" in any order)' : ', in any order') : '');
}

/** The offices of earlier steps than `role`'s whose standing sign-off is not an approval: they approve first (the order rule). Empty when `role` may approve now, or is not listed. */
export function awaitedBefore(template: Pick<Template, 'signoffs'>, role: string, standing: StandingByRole): Office[] {
  const office = template.signoffs.find((r) => r.role === role);
  if (!office) return [];
  const step = stepOf(template, office);
  return template.signoffs.filter((r) => stepOf(template, r) < step && standing.get(r.role)?.decision !== 'approved');
}

/** The offices of the last step: their approvals must be of the current content. @internal */
function lastStep(template: Pick<Template, 'signoffs'>): Office[] {
  return signoffSteps(template).at(-1) ?? [];
}

/** Whether the template's sign-offs are complete for the content whose hash is `hash`: every office stands approved, in order, and each office of the last step approved this content. False when the template asks for none. */
export function fullyApproved(template: Pick<Template, 'signoffs'>, standing: StandingByRole, hash: string): boolean {
  if (!template.signoffs.length) return false;
  const last = lastStep(template);
  return template.signoffs.every((o) => standing.get(o.role)?.decision === 'approved') && last.every((o) => standing.get(o.role)?.contentHash === hash);
}

/** What is still required before the document is approved, in template order: offices not standing approved, and offices of the last step again when their approval is of an earlier version. */
export function stillRequired(template: Pick<Template, 'signoffs'>, standing: StandingByRole, hash: string): Array<{ office: Office; why: 'missing' | 'rejected' | 'stale' }> {
  const out: Array<{ office: Office; why: 'missing' | 'rejected' | 'stale' }> = [];
  const last = lastStep(template);
  template.signoffs.forEach((office) => {
    const s = standing.get(office.role);
    if (!s) out.push({ office, why: 'missing' });
    else if (s.decision === 'rejected') out.push({ office, why: 'rejected' });
    else if (last.includes(office) && s.contentHash !== hash) out.push({ office, why: 'stale' });
  });
  return out;
}

/** Whether any office's standing sign-off is an approval (of any version). */
export function anyApproval(standing: StandingByRole): boolean {
  return [...standing.values()].some((s) => s.decision === 'approved');
}

/** The statuses a person may move the document to from `status` (see the module doc); empty when none. */
export function personMoves(status: DocStatus, standing: StandingByRole): DocStatus[] {
  if (status === 'draft') return ['in-review'];
  if (status === 'in-review' && !anyApproval(standing)) return ['draft'];
  return [];
}

/** The status the server keeps for a document whose status reads `status` now: "approved" exactly when `fullyApproved`, never "draft" while an approval stands; archived stays. */
export function serverStatus(status: DocStatus, template: Pick<Template, 'signoffs'>, standing: StandingByRole, hash: string): DocStatus {
  if (status === 'archived') return status;
  if (fullyApproved(template, standing, hash)) return 'approved';
  if (status === 'approved') return 'in-review';
  if (status === 'draft' && anyApproval(standing)) return 'in-review';
  return status;
}
