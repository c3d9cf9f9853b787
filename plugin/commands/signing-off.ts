/**
 * Signing a document off from Obsidian: the form (SignoffModal, beside in
 * modals.ts) and the request to the server, with what the user is told
 * either way. Used by the "Sign off this document" command and by the
 * sign-off panel's buttons (through the workspace).
 */
import { type App, Notice } from 'obsidian';
import type { PocServices } from '../services.js';
import type { SignoffRequest } from '../sync/server-client.js';
import { SignoffModal } from './modals.js';

/** The outcome of a sign-off request: done, or the message to show. */
export type SignoffResult = { ok: true } | { ok: false; message: string };

/** Signs off a document on the server as one of the user's offices; says so on success, returns the failure otherwise. */
export async function signOffOnServer(services: PocServices, docId: string, request: SignoffRequest): Promise<SignoffResult> {
  const server = services.server();
  if (!server) return { ok: false, message: 'Signing off needs the sync server: set its address and your token in the plugin settings, and turn off offline mode.' };
  const result = await server.signOff(docId, request);
  if (result.ok) {
    new Notice(`Signed off as ${request.role}: ${request.decision === 'approved' ? 'approved' : 'not approved'}. The server's signed record now shows in the sign-off panel.`);
    return { ok: true };
  }
  const errors = result.diagnostics?.filter((d) => d.severity === 'error').length ?? 0;
  return { ok: false, message: `${result.message}${errors ? ` ${errors} problem${errors === 1 ? '' : 's'} must be fixed first; see the problems panel.` : ''}` };
}

/**
 * Opens the sign-off form for some offices and signs off as chosen, binding the request to `contentHash`, the
 * version the person was looking at when they asked (the server signs that version or nothing); resolves once
 * signed or the form is closed, rejects with the server's refusal.
 */
export function askSignOff(app: App, services: PocServices, docId: string, title: string, roles: Array<{ role: string; label: string }>, contentHash: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    new SignoffModal(
      app,
      title,
      roles,
      (request) => void signOffOnServer(services, docId, { ...request, contentHash }).then((r) => (r.ok ? resolve() : reject(new Error(r.message)))),
      // Closed without signing: nothing happened, and the panel's button must not stay on "Signing…".
      () => resolve(),
    ).open();
  });
}
