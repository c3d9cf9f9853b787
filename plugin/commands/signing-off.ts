/**
 * Signing a document off from Obsidian: the request to the server, with
 * what the user is told either way, and the command's form (SignoffModal,
 * in modals.ts, which shows the same summary of what is signed as the
 * editor's confirmation: the version's hash and the problems still open). The sign-off panel's buttons open the editor's own
 * confirmation and send its answer through `signOffOnServer` (via the
 * workspace); the "Sign off this document" command, which has no panel
 * button to start from, asks with the form. The request is bound
 * to the version the person reviewed; when the server answers that the
 * document changed since, the person is told what changed and signs again
 * only if they ask again.
 */
import { type App, Notice } from 'obsidian';
import { CONTENT_CHANGED } from '../../editor/signoff-refusal.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginCommandWords } from '../../shared/i18n/messages/plugin-commands.js';
import type { PocServices } from '../services.js';
import type { SignoffRequest } from '../sync/server-client.js';
import { SignoffModal } from './modals.js';

const t = uiWords(pluginCommandWords);

/** The outcome of a sign-off request: done, or the message to show. */
export type SignoffResult = { ok: true } | { ok: false; message: string };

/** The version the person reviewed: its content hash, and what to say if the document has left it by the time the server signs. */
export interface Reviewed {
  contentHash: string;
  /** The problems open in that version, shown in the form beside its hash. */
  diagnostics: readonly Diagnostic[];
  /** What changed from the reviewed version to the one shown now, as the message for the person (editor/signoff-refusal.ts). */
  changedMessage(): string;
}

/** Signs off a document on the server as one of the user's offices; says so on success, returns the failure otherwise (for a document changed since the review, what changed). */
export async function signOffOnServer(services: PocServices, docId: string, request: SignoffRequest, changedMessage?: () => string): Promise<SignoffResult> {
  const server = services.server();
  if (!server) return { ok: false, message: t('signoff.noServer') };
  const result = await server.signOff(docId, request);
  if (result.ok) {
    new Notice(t(request.decision === 'approved' ? 'signoff.approved' : 'signoff.rejected', { office: request.role }));
    return { ok: true };
  }
  if (result.code === CONTENT_CHANGED && changedMessage) return { ok: false, message: changedMessage() };
  const errors = result.diagnostics?.filter((d) => d.severity === 'error').length ?? 0;
  return { ok: false, message: errors ? t('signoff.mustFix', { message: result.message, count: errors }) : result.message };
}

/**
 * Opens the sign-off form for some offices and signs off as chosen, binding the request to the version the person
 * was looking at when they asked (the server signs that version or nothing); resolves once signed or the form is
 * closed, rejects with the server's refusal (for a document changed since, what changed).
 */
export function askSignOff(app: App, services: PocServices, docId: string, title: string, roles: Array<{ role: string; label: string }>, reviewed: Reviewed): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    new SignoffModal(
      app,
      title,
      roles,
      reviewed,
      (request) => void signOffOnServer(services, docId, { ...request, contentHash: reviewed.contentHash }, () => reviewed.changedMessage()).then((r) => (r.ok ? resolve() : reject(new Error(r.message)))),
      // Closed without signing: nothing happened, and the panel's button must not stay on "Signing…".
      () => resolve(),
    ).open();
  });
}
