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
import { translate, wordsOf } from '../i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { exportWords } from '../i18n/messages/export.js';
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
  /** The template, already in the document's language (its office labels). */
  template: Template;
  /** The document's language: the page's words. */
  lang: Locale;
  /** The Intl locale of its dates. */
  locale: string;
  timeZone: string;
  docId: string;
  /** The document's address in the web workspace, when the server's address is known. */
  docUrl?: string;
}

/** Said when the export was made from a file: a Markdown mirror carries no sign-offs (in English; the catalogue's 'sign.notKnown'). */
export const SIGNOFFS_NOT_KNOWN = translate(exportWords, DEFAULT_LOCALE, 'sign.notKnown');

/**
 * How a reader checks the signatures, in plain words: first the web workspace (the document's page, whose sign-off
 * panel says whether each signature holds), then the `poc verify` command for those who have it; and what to compare
 * on paper: each sign-off's signed content hash with this copy's.
 */
export function howToVerify(ctx: Pick<SignatureContext, 'contentHash' | 'docId' | 'docUrl'> & { lang?: Locale }): string {
  const lang = ctx.lang ?? DEFAULT_LOCALE;
  return ctx.docUrl
    ? translate(exportWords, lang, 'verify.atUrl', { url: ctx.docUrl, hash: ctx.contentHash, docId: ctx.docId })
    : translate(exportWords, lang, 'verify.atId', { hash: ctx.contentHash, docId: ctx.docId });
}

/** How a sign-off stands against the exported version. */
function standingOf(e: SignoffEvidence, hash: string): SignatureStanding {
  if (e.status === 'invalid') return 'invalid';
  return e.record.payload.contentHash === hash ? 'this-version' : 'other-version';
}

function standingWords(standing: SignatureStanding, e: SignoffEvidence, current: boolean, lang: Locale): string {
  const w = wordsOf(exportWords, lang);
  if (standing === 'invalid') return e.reason ? w('sign.invalidBecause', { reason: e.reason }) : w('sign.invalid');
  if (standing === 'this-version') return w('sign.valid');
  return current ? w('sign.stale') : w('sign.different');
}

/** The signature page of an export of content `ctx.contentHash`, from the records the server verified (`undefined`: read from a file). */
export function signaturePage(evidence: readonly SignoffEvidence[] | undefined, ctx: SignatureContext): ExportDocument['signatures'] {
  const w = wordsOf(exportWords, ctx.lang);
  const verify = howToVerify(ctx);
  if (!evidence) return { contentHash: ctx.contentHash, rows: [], none: w('sign.notKnown'), howToVerify: verify };
  const rows: ExportSignature[] = [...evidence]
    .sort((a, b) => a.record.payload.signedAt.localeCompare(b.record.payload.signedAt))
    .map((e) => {
      const p = e.record.payload;
      const standing = standingOf(e, ctx.contentHash);
      const office = ctx.template.signoffs.find((o) => o.role === p.role)?.label ?? p.role;
      const decision = w(p.decision === 'approved' ? 'sign.approved' : 'sign.rejected');
      return {
        heading: w(standing === 'this-version' ? 'sign.heading' : standing === 'other-version' ? 'sign.heading.other' : 'sign.heading.invalid', { office, decision }),
        office,
        person: p.userName || p.user,
        decision,
        signedAt: formatMoment(p.signedAt, { locale: ctx.locale, timeZone: ctx.timeZone }),
        comment: p.comment,
        contentHash: p.contentHash,
        keyId: e.record.keyId,
        standing,
        standingWords: standingWords(standing, e, ctx.current, ctx.lang),
      };
    });
  // Each office's latest word on this version decides (a later rejection of the same text outweighs an approval).
  const latest = new Map<string, ExportSignature>();
  for (const r of rows) if (r.standing === 'this-version') latest.set(r.office, r);
  const stillToSign = ctx.template.signoffs.map((o) => o.label).filter((label) => latest.get(label)?.decision !== w('sign.approved'));
  return { contentHash: ctx.contentHash, rows, ...(rows.length ? {} : { none: w('sign.none') }), ...(stillToSign.length ? { stillToSign } : {}), howToVerify: verify };
}
