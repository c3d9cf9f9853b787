/**
 * Whether an exported version is approved, and the one line its title page
 * gives for it. "Approved" only when the sign-offs that verify approve
 * exactly this content, as the status workflow reads them
 * (shared/signoff/workflow.ts): a client can write "approved" itself, and a
 * snapshot's own status field says what it was when saved ("In review" for
 * the version a Head of Office then signed), not what became of it. So the
 * status line of an approved version names who approved it and when, and
 * that of any other version says the status it had and the sign-offs of
 * this content it carries. Both formats print this one line; a version
 * that is not approved also prints the draft band (marking.ts).
 */
import type { DocModel } from '../model/types.js';
import { fullyApproved } from '../signoff/workflow.js';
import { translate, wordsOf } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { exportWords } from '../i18n/messages/export.js';
import { statusWord as sharedStatusWord } from '../template/field-words.js';
import type { Template } from '../template/load.js';
import { formatMoment } from '../time/format.js';
import type { SignoffEvidence } from './signature-page.js';

/** How an exported version stands. */
export interface VersionApproval {
  /** Whether the sign-offs approve exactly this content (false when they are not known: a file carries none). */
  approved: boolean;
  /** The title page's status line. */
  status: string;
}

/** What the status line is worded with. */
export interface ApprovalContext {
  /** The content hash of the exported version. */
  hash: string;
  /** Whether the exported content is the document as it is now (false: a version of its history). */
  current: boolean;
  /** The document's language: the words of the line. */
  lang: Locale;
  /** The Intl locale of its dates. */
  locale: string;
  timeZone: string;
}

/** "A", "A and B", "A, B and C" in `lang`. */
export function listWords(items: readonly string[], lang: Locale): string {
  if (items.length < 2) return items[0] ?? '';
  if (items.length === 2) return translate(exportWords, lang, 'list.two', { first: items[0], last: items[1] });
  return translate(exportWords, lang, 'list.many', { first: items[0], rest: items.slice(1, -1).join(', '), last: items.at(-1)! });
}

/** How `model` (content `ctx.hash`) stands under the sign-off records the server verified (`undefined`: read from a file). */
export function versionApproval(model: DocModel, template: Template, evidence: readonly SignoffEvidence[] | undefined, ctx: ApprovalContext): VersionApproval {
  const w = wordsOf(exportWords, ctx.lang);
  const statusWord = (s: string) => sharedStatusWord(s, ctx.lang);
  const saved = statusWord(model.meta.status);
  if (!evidence) {
    // A file's status is its own word: nothing here can confirm an approval, so the draft band prints and the line says why.
    return { approved: false, status: model.meta.status === 'approved' ? w('status.fileApproved', { status: saved }) : saved };
  }
  const holding = [...evidence].filter((e) => e.status !== 'invalid').sort((a, b) => a.record.payload.signedAt.localeCompare(b.record.payload.signedAt));
  const standing = new Map<string, SignoffEvidence['record']['payload']>();
  for (const e of holding) standing.set(e.record.payload.role, e.record.payload);
  // Each office's latest word on exactly this content, in the template's order.
  const ofThis = template.signoffs.flatMap((o) => {
    const p = [...holding].reverse().find((e) => e.record.payload.role === o.role && e.record.payload.contentHash === ctx.hash)?.record.payload;
    return p ? [{ office: o.label, decision: p.decision, when: formatMoment(p.signedAt, { locale: ctx.locale, timeZone: ctx.timeZone }) }] : [];
  });
  const approvals = ofThis.filter((s) => s.decision === 'approved').map((s) => w('status.approvalOn', { office: s.office, when: s.when }));
  if (fullyApproved(template, standing, ctx.hash)) {
    // An archived document keeps saying so; any other approved content is "Approved", whatever its snapshot's field said.
    const word = statusWord(model.meta.status === 'archived' ? 'archived' : 'approved');
    return { approved: true, status: w('status.approvedBy', { status: word, offices: listWords(approvals, ctx.lang) }) };
  }
  if (model.meta.status === 'approved') return { approved: false, status: w('status.saysApproved', { status: statusWord('in-review') }) };
  const carried = ofThis.map((s) => w(s.decision === 'approved' ? 'status.approvedByOn' : 'status.rejectedByOn', { office: s.office, when: s.when }));
  const had = ctx.current ? saved : w('status.whenSaved', { status: saved });
  return { approved: false, status: carried.length ? w('status.carried', { status: had, decisions: listWords(carried, ctx.lang) }) : had };
}
