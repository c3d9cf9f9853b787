/**
 * The language a request is answered in: the first language of its
 * Accept-Language the product speaks, English otherwise. One place, so the
 * web page's `<html lang>`, validation, the picture and every refusal of the
 * API agree. Also read from a WebSocket's upgrade request (browsers and
 * Obsidian send their Accept-Language there too).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { acceptedLanguages, chooseLocale, type Locale } from '../shared/i18n/locale.js';

/** The language the request `request` (a Fastify request or a raw Node one) should be answered in; never anything but a supported locale. */
export function requestLocale(request: { headers: IncomingHttpHeaders }): Locale {
  const header = request.headers['accept-language'];
  return chooseLocale(acceptedLanguages(Array.isArray(header) ? header.join(',') : header));
}
