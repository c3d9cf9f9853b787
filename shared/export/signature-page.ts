/**
 * The signature page at the end of every export: each sign-off with its
 * office, person, decision, date and time with the time zone, comment,
 * signed content hash and key id, and how it stands against the version
 * exported — signed exactly this content, signed another version (the
 * document changed since), or a signature that does not verify. The
 * server's verification (valid / stale / invalid, server/docs/signoff.ts)
 * says whether a signature holds; the hash comparison here says whether it
 * is this version's.
 */
import type { SignoffRecord } from '../signoff/record.js';
import type { Template } from '../template/load.js';
import { formatMoment } from '../time/format.js';
import type { ExportDocument, ExportSignature, SignatureStanding } from './export-model.js';

/** A sign-off record with the server's verification of its signature (the shape of `SignoffView`, shared/api/documents.ts). */
export interface SignoffEvidence {
  record: SignoffRecord;
  status: 'valid' | 'stale' | 'invalid';
  reason?: string;
}

/** What the signature page is drawn against. */
export interface SignatureContext {
  /** The content hash of the exported version. */
  contentHash: string;
  /** Whether the exported version is the document as it is now. */
  current: boolean;
  template: Template;
  locale: string;
  timeZone: string;
  docId: string;
  /** The document's address in the web workspace, when the server's address is known. */
  docUrl?: string;
}

/** Said when the export was made from a file: a Markdown mirror carries no sign-offs. */
export const SIGNOFFS_NOT_KNOWN =
  'Sign-offs are kept by the server, not in the file this copy was made from, so none are shown here. Export the document from the server to include them.';

/**
 * How a reader checks the signatures, in plain words: first the web workspace (the document's page, whose sign-off
 * panel says whether each signature holds), then the `poc verify` command for those who have it; and what to compare
 * on paper: each sign-off's signed content hash with this copy's.
 */
export function howToVerify(ctx: Pick<SignatureContext, 'contentHash' | 'docId' | 'docUrl'>): string {
  const where = ctx.docUrl ? `open ${ctx.docUrl} in the web workspace` : `open the document "${ctx.docId}" in the web workspace`;
  return (
    `How to check this copy: ${where} and look at its sign-off panel, which says whether each signature is valid. ` +
    `A sign-off covers this copy only if its signed content hash is the same as this copy's: ${ctx.contentHash}. ` +
    `Or ask someone with the poc command-line tool to run: poc verify ${ctx.docId} --server <the server's address>.`
  );
}

/** How a sign-off stands against the exported version. */
function standingOf(e: SignoffEvidence, hash: string): SignatureStanding {
  if (e.status === 'invalid') return 'invalid';
  return e.record.payload.contentHash === hash ? 'this-version' : 'other-version';
}

function standingWords(standing: SignatureStanding, e: SignoffEvidence, current: boolean): string {
  if (standing === 'invalid') return `Does not verify${e.reason ? `: ${e.reason}` : ''}. Do not rely on this sign-off.`;
  if (standing === 'this-version') return 'Valid: signed exactly this version.';
  return current ? 'Stale: signed an earlier version; the document changed since.' : 'Signed a different version from this one.';
}

/** The signature page of an export of content `ctx.contentHash`, from the records the server verified (`undefined`: read from a file). */
export function signaturePage(evidence: readonly SignoffEvidence[] | undefined, ctx: SignatureContext): ExportDocument['signatures'] {
  const verify = howToVerify(ctx);
  if (!evidence) return { contentHash: ctx.contentHash, rows: [], none: SIGNOFFS_NOT_KNOWN, howToVerify: verify };
  const rows: ExportSignature[] = [...evidence]
    .sort((a, b) => a.record.payload.signedAt.localeCompare(b.record.payload.signedAt))
    .map((e) => {
      const p = e.record.payload;
      const standing = standingOf(e, ctx.contentHash);
      const office = ctx.template.signoffs.find((o) => o.role === p.role)?.label ?? p.role;
      const decision = p.decision === 'approved' ? 'Approved' : 'Rejected';
      return {
        heading: `${office}: ${decision}${standing === 'this-version' ? '' : standing === 'other-version' ? ' — of another version, not this one' : ' — DOES NOT VERIFY'}`,
        office,
        person: p.userName || p.user,
        decision,
        signedAt: formatMoment(p.signedAt, { locale: ctx.locale, timeZone: ctx.timeZone }),
        comment: p.comment,
        contentHash: p.contentHash,
        keyId: e.record.keyId,
        standing,
        standingWords: standingWords(standing, e, ctx.current),
      };
    });
  // Each office's latest word on this version decides (a later rejection of the same text outweighs an approval).
  const latest = new Map<string, ExportSignature>();
  for (const r of rows) if (r.standing === 'this-version') latest.set(r.office, r);
  const stillToSign = ctx.template.signoffs.map((o) => o.label).filter((label) => latest.get(label)?.decision !== 'Approved');
  return { contentHash: ctx.contentHash, rows, ...(rows.length ? {} : { none: 'Nobody has signed off this document yet.' }), ...(stillToSign.length ? { stillToSign } : {}), howToVerify: verify };
}
