/**
 * The mission picture's lists of what needs someone's attention, across
 * every document: overdue reviews and actions, sign-offs pending, stale or
 * rejected, RED resource gaps, threats with no action yet, objectives with
 * no resources row, documents past their validity. Where a validation rule
 * already decides (an overdue action, a review date passed, a threat no
 * action serves), the list is made of that rule's findings, so the picture
 * never calls something overdue that the document's own problems panel
 * does not. Each item names its document and, where there is one, its
 * block, for a link.
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedPictureWords } from '../i18n/messages/shared-picture.js';
import type { Location } from '../model/location.js';
import { blockTitleOf } from '../template/block-title.js';
import { stillRequired } from '../signoff/workflow.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { blocksOfType, indexModel } from '../validate/model-index.js';
import { CAPABILITY_BLOCK, RED_LEVEL } from '../validate/resources-matrix.js';
import { FRAME_FIELDS } from '../validate/strategy-frame.js';
import { dayNumber, plainText } from '../validate/values.js';
import { docRef, type DocRef, inPicture, type PictureDocument } from './document.js';

/**
 * The rule codes each list is made of. `threat-not-addressed` and `objective-resources-missing` are the
 * cross-document rules of issue 15 (a priority threat no action serves and no objective answers; a strategy
 * objective without a resources-matrix row).
 */
export const LIST_CODES = {
  reviewsOverdue: ['review-overdue', 'review-date-passed', 'drafting-overdue'],
  actionsOverdue: ['action-overdue'],
  threatsWithoutAction: ['threat-not-addressed'],
  objectivesWithoutResources: ['objective-resources-missing'],
} as const satisfies Record<string, readonly string[]>;

/** One thing to look at: where it is, what it is, and why it is listed. */
export interface PictureItem {
  doc: DocRef;
  /** The block it is about, when it is about one (e.g. "A-4"). */
  block?: string;
  section?: string;
  field?: string;
  /** The block's title, or the document's when the item is about the whole document. */
  title: string;
  /** Why it is listed, in words (a validation message, or the picture's own sentence). */
  detail: string;
  /** The rule code it comes from, when a validation rule found it. */
  code?: string;
}

/** Why an office's sign-off is listed, in the workflow's words (shared/signoff/workflow.ts `stillRequired`). */
export type SignoffWhy = 'missing' | 'rejected' | 'stale';

/** A sign-off still needed: the office, and why. */
export interface SignoffItem extends PictureItem {
  role: string;
  office: string;
  why: SignoffWhy;
}

/** Every list of the picture. */
export interface PictureLists {
  reviewsOverdue: PictureItem[];
  actionsOverdue: PictureItem[];
  /** Offices asked to sign a document in review that have not signed. */
  signoffsPending: SignoffItem[];
  /** Approvals of an earlier version, where the current content must be approved again. */
  signoffsStale: SignoffItem[];
  signoffsRejected: SignoffItem[];
  redGaps: PictureItem[];
  threatsWithoutAction: PictureItem[];
  objectivesWithoutResources: PictureItem[];
  pastValidity: PictureItem[];
}

/** The title of what a location points at: its block's, else the document's. */
function titleAt(doc: PictureDocument, where: Location): string {
  if (where.block !== undefined) {
    for (const s of doc.model.sections) for (const item of s.content) if (item.t === 'block' && item.id === where.block) return blockTitleOf(item, doc.template);
  }
  return docRef(doc).title;
}

/** An item for a validation finding. */
function fromDiagnostic(doc: PictureDocument, d: Diagnostic): PictureItem {
  const { block, section, field } = d.location;
  return {
    doc: docRef(doc),
    ...(block !== undefined ? { block } : {}),
    ...(section !== undefined ? { section } : {}),
    ...(field !== undefined ? { field } : {}),
    title: titleAt(doc, d.location),
    detail: d.message,
    code: d.code,
  };
}

/** The findings of `docs` with one of `codes`, as items, in document order. */
function byCodes(docs: readonly PictureDocument[], codes: readonly string[]): PictureItem[] {
  return docs.flatMap((doc) => doc.diagnostics.filter((d) => codes.includes(d.code)).map((d) => fromDiagnostic(doc, d)));
}

/** The sign-offs each document still needs, where its standing is known: missing ones only once it is in review (a draft is not yet asked to be signed). */
function signoffItems(docs: readonly PictureDocument[], locale: Locale): SignoffItem[] {
  const out: SignoffItem[] = [];
  for (const doc of docs) {
    if (!doc.signoffs) continue;
    const status = doc.model.meta.status;
    for (const { office, why } of stillRequired(doc.template, doc.signoffs.standing, doc.signoffs.contentHash)) {
      if (why === 'missing' && status !== 'in-review') continue;
      const detail = translate(sharedPictureWords, locale, `signoff.${why}`, { office: office.label });
      out.push({ doc: docRef(doc), title: docRef(doc).title, detail, role: office.role, office: office.label, why });
    }
  }
  return out;
}

/** The resources-matrix rows rated RED: key POC tasks the mission cannot carry out for lack of resources (Annex B IX). */
function redGaps(docs: readonly PictureDocument[], locale: Locale): PictureItem[] {
  const out: PictureItem[] = [];
  for (const doc of docs) {
    for (const { block, section } of blocksOfType(indexModel(doc.model), CAPABILITY_BLOCK)) {
      if (block.fields.criticality !== RED_LEVEL) continue;
      const gap = plainText(block.fields.gaps, 160);
      out.push({
        doc: docRef(doc),
        block: block.id,
        section,
        title: blockTitleOf(block, doc.template),
        detail: gap ? translate(sharedPictureWords, locale, 'red.gap', { gap }) : translate(sharedPictureWords, locale, 'red.undescribed'),
      });
    }
  }
  return out;
}

/** Documents whose end of validity (the `validUntil` field, as the strategy has it) is before `today`. */
function pastValidity(docs: readonly PictureDocument[], today: string, locale: Locale): PictureItem[] {
  const now = dayNumber(today);
  const out: PictureItem[] = [];
  for (const doc of docs) {
    if (now === undefined || !doc.template.fields.some((f) => f.name === FRAME_FIELDS.validUntil)) continue;
    const until = doc.model.meta.fields[FRAME_FIELDS.validUntil];
    const day = typeof until === 'string' ? dayNumber(until) : undefined;
    if (day === undefined || day >= now) continue;
    out.push({
      doc: docRef(doc),
      field: FRAME_FIELDS.validUntil,
      title: docRef(doc).title,
      detail: translate(sharedPictureWords, locale, 'pastValidity', { until: String(until) }),
    });
  }
  return out;
}

/**
 * Every list of the picture for `docs` (archived documents left out) as of `today` (YYYY-MM-DD), its own sentences in
 * `locale` (findings say what validation said, in the language it was asked for); the sign-off lists are those of
 * `signed` (`docs` and the translations left out of them, each signed on its own).
 */
export function pictureLists(docs: readonly PictureDocument[], today: string, locale: Locale = 'en', signed: readonly PictureDocument[] = docs): PictureLists {
  const live = docs.filter(inPicture);
  const signoffs = signoffItems(signed.filter(inPicture), locale);
  return {
    reviewsOverdue: byCodes(live, LIST_CODES.reviewsOverdue),
    actionsOverdue: byCodes(live, LIST_CODES.actionsOverdue),
    signoffsPending: signoffs.filter((s) => s.why === 'missing'),
    signoffsStale: signoffs.filter((s) => s.why === 'stale'),
    signoffsRejected: signoffs.filter((s) => s.why === 'rejected'),
    redGaps: redGaps(live, locale),
    threatsWithoutAction: byCodes(live, LIST_CODES.threatsWithoutAction),
    objectivesWithoutResources: byCodes(live, LIST_CODES.objectivesWithoutResources),
    pastValidity: pastValidity(live, today, locale),
  };
}
