/**
 * Exports over HTTP (issue 16; the wire contract: shared/api/exports.ts):
 * `GET /api/docs/:id/export` answers the Word or PDF file as an attachment,
 * to whoever may read the document, audited with the version and content
 * hash that left the server. The work is server/export/export-service.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { CONTENT_HASH_HEADER, ExportQuerySchema, VERSION_HEADER } from '../../../shared/api/exports.js';
import { exportStored, type ExportDeps } from '../../export/export-service.js';
import { ChromiumMissingError, PrinterBusyError, PrintTimeoutError } from '../../export/pdf.js';
import { type ApiDeps, callerOf, publicBase, readable } from '../request-context.js';
import { HttpError } from '../http-errors.js';
import { localized } from '../../../shared/i18n/localized.js';
import { serverExportErrors } from '../../../shared/i18n/messages/server-errors-export.js';

/** What the export route needs besides the API's dependencies. */
export interface ExportRouteDeps {
  exports: ExportDeps;
}

const DocParams = z.object({ id: z.string() });

/** A file name safe in a Content-Disposition header: ASCII letters, digits, dot, dash, underscore. */
const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

/** How many exports one person may have being made at once (a Word and a PDF, say); more are refused with 429. */
export const EXPORTS_AT_ONCE_PER_PERSON = 2;
/** The Retry-After of an export refused because others are being made. */
const BUSY_RETRY_SEC = 30;

/** Registers the export route (in a scope that requires a caller). */
export function exportRoutes(deps: ApiDeps & ExportRouteDeps): FastifyPluginAsyncZod {
  /** Exports being made now, per person. */
  const inFlight = new Map<string, number>();
  return async (app) => {
    app.addHook('onClose', async () => deps.exports.printer.close());

    app.get('/api/docs/:id/export', { schema: { params: DocParams, querystring: ExportQuerySchema } }, async (request, reply) => {
      const { user } = callerOf(request);
      const docId = request.params.id;
      await readable(deps, callerOf(request), docId);
      // A person's exports run a few at a time: more at once would only queue on the one Chromium everybody prints with.
      const running = inFlight.get(user.username) ?? 0;
      if (running >= EXPORTS_AT_ONCE_PER_PERSON) {
        void reply.header('retry-after', String(BUSY_RETRY_SEC));
        throw new HttpError(429, 'export-in-progress', localized(serverExportErrors, 'export.inProgress'));
      }
      const rate = await deps.rateLimits.consume('exportsPerPerson', user.username);
      if (!rate.ok) {
        void reply.header('retry-after', String(rate.retryAfterSec));
        throw new HttpError(429, 'too-many-exports', localized(serverExportErrors, 'export.tooMany', { count: String(rate.retryAfterSec) }));
      }
      const { format, paper, version } = request.query;
      let made;
      inFlight.set(user.username, running + 1);
      try {
        made = await exportStored(deps.exports, { docId, format, paper, ...(version ? { version } : {}), reader: user.username, baseUrl: publicBase(request, deps) });
      } catch (e) {
        if (e instanceof ChromiumMissingError) throw new HttpError(503, 'pdf-unavailable', localized(serverExportErrors, 'pdf.unavailable', { tried: e.tried.join(', ') }));
        if (e instanceof PrintTimeoutError) throw new HttpError(503, 'pdf-timeout', localized(serverExportErrors, 'pdf.timeout', { seconds: String(Math.round(e.ms / 1000)) }));
        if (e instanceof PrinterBusyError) {
          void reply.header('retry-after', String(BUSY_RETRY_SEC));
          throw new HttpError(503, 'pdf-busy', localized(serverExportErrors, 'pdf.busy', { waiting: String(e.waiting) }));
        }
        throw e;
      } finally {
        const left = (inFlight.get(user.username) ?? 1) - 1;
        if (left > 0) inFlight.set(user.username, left);
        else inFlight.delete(user.username);
      }
      if (!made.ok) throw new HttpError(made.code === 'no-such-version' ? 404 : 422, made.code, made.message);
      await deps.storage.appendAudit({ kind: 'document-exported', actor: user.username, docId, detail: { format, contentHash: made.contentHash, ...(made.version ? { version: made.version } : {}), bytes: made.bytes.length } });
      void reply
        .type(made.mediaType)
        .header('content-disposition', `attachment; filename="${safeFileName(made.fileName)}"`)
        .header(CONTENT_HASH_HEADER, made.contentHash)
        .header('x-content-type-options', 'nosniff');
      if (made.version) void reply.header(VERSION_HEADER, made.version);
      // Fastify sends a Buffer as it is, past the JSON serializer.
      return reply.send(Buffer.from(made.bytes.buffer, made.bytes.byteOffset, made.bytes.byteLength));
    });
  };
}
