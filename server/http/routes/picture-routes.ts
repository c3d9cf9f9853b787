/**
 * `GET /api/picture`: the mission picture of every document the caller can
 * read (server/docs/picture.ts computes it; this route only answers it).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PictureResponseSchema } from '../../../shared/api/picture.js';
import { pictureFor } from '../../docs/picture.js';
import { type ApiDeps, callerOf } from '../request-context.js';
import { requestLocale } from '../../request-locale.js';

/** Registers the mission picture's route (in a scope that requires a caller). */
export function pictureRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Validation's findings in the picture are read by the person asking, in their browser's language.
    app.get('/api/picture', { schema: { response: { 200: PictureResponseSchema } } }, async (request) =>
      pictureFor(deps, callerOf(request).user.username, undefined, requestLocale(request)),
    );
  };
}
