/**
 * What the mission picture is computed from, and how its items point back
 * at a document: every POC document a host can read, with its template,
 * its validation findings and, where the host knows them (documents on the
 * server), its offices' standing sign-offs.
 */
import { contentHash } from '../hash/canonical.js';
import type { DocModel } from '../model/types.js';
import { currentScope, latestPerOffice } from '../signoff/latest.js';
import type { SignoffPayload } from '../signoff/record.js';
import type { StandingByRole } from '../signoff/workflow.js';
import type { Template } from '../template/load.js';
import type { Diagnostic } from '../validate/diagnostic.js';

/** One document as the picture reads it. */
export interface PictureDocument {
  model: DocModel;
  template: Template;
  /** What validation found in it (with the cross-document rules, so the host validates with its link resolver). */
  diagnostics: readonly Diagnostic[];
  /** Each office's standing sign-off and the hash of the current content, when the host knows them; absent for a file read on its own (a Markdown mirror carries no sign-offs). */
  signoffs?: { standing: StandingByRole; contentHash: string };
  /** Where the host finds the document (a vault path), carried into every item for its link. */
  path?: string;
}

/** The document an item belongs to, enough to link to it and name it. */
export interface DocRef {
  id: string;
  title: string;
  type: string;
  path?: string;
}

/** The reference of a document for the items the picture lists. */
export function docRef(doc: PictureDocument): DocRef {
  const { id, title, type } = doc.model.meta;
  return { id, title: title || id, type, ...(doc.path !== undefined ? { path: doc.path } : {}) };
}

/** Whether a document belongs in the picture: everything but archived documents, which no longer plan anything. */
export function inPicture(doc: PictureDocument): boolean {
  return doc.model.meta.status !== 'archived';
}

/**
 * A document's sign-off standing for `PictureDocument.signoffs`, from the payloads of its sign-offs that verify
 * (as validation receives them, `ValidationContext.signoffs`): each office's standing by the one rule of
 * shared/signoff/latest.ts, and the hash of the content as it is now, which tells a stale approval.
 */
export function signoffsOf(payloads: readonly SignoffPayload[], model: DocModel, template: Template): NonNullable<PictureDocument['signoffs']> {
  return { standing: latestPerOffice(payloads, (p) => p, currentScope(model, template)), contentHash: contentHash(model) };
}
