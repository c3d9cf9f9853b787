/**
 * The language a request is answered in: the one its URL names (`?lang=fr`,
 * which sync clients send: a WebSocket cannot set Accept-Language, and the
 * browser's or Electron's is the system's, not the person's choice), else
 * the first language of its Accept-Language the product speaks, English
 * otherwise. One place, so the
 * web page's `<html lang>`, validation, the picture and every refusal of the
 * API agree. Also read from a WebSocket's upgrade request (browsers and
 * Obsidian send their Accept-Language there too).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { LANG_PARAM } from '../shared/api/client-layout.js';
import { acceptedLanguages, chooseLocale, type Locale } from '../shared/i18n/locale.js';

/**
 * The language the request `request` (a Fastify request or a raw Node one) should be answered in: its URL's `lang`
 * parameter (LANG_PARAM) when it names one the product speaks, then its Accept-Language; never anything but a
 * supported locale.
 */
export function requestLocale(request: { headers: IncomingHttpHeaders; url?: string }): Locale {
  const header = request.headers['accept-language'];
  return chooseLocale(langParam(request.url), ...acceptedLanguages(Array.isArray(header) ? header.join(',') : header));
}

/** The `lang` parameter of a request path with its query ("/doc?lang=fr"), or undefined. */
function langParam(url: string | undefined): string | undefined {
  const at = url?.indexOf('?') ?? -1;
  if (at < 0) return undefined;
  return new URLSearchParams(url!.slice(at + 1)).get(LANG_PARAM) ?? undefined;
}
