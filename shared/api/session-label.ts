/**
 * The name a browser session is listed under among a person's devices and
 * tokens. The server stores it in English ("Browser sign-in (sso)"), as a
 * label stays what it was when written; each page shows it in its reader's
 * language, recognising the stored form.
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedSsoWords } from '../i18n/messages/shared-sso.js';

const STORED = /^Browser sign-in \(([\w-]+)\)$/;

/** The label stored for a session started `via` a way of signing in ("sso", "invite", "token"): "Browser sign-in (sso)". */
export function sessionLabel(via: string): string {
  return translate(sharedSsoWords, 'en', 'session.browser', { via });
}

/** A stored token label as the reader of `locale` reads it: a browser session's in their language, any other as typed. */
export function tokenLabelWords(label: string, locale: Locale = 'en'): string {
  const via = STORED.exec(label)?.[1];
  return via === undefined ? label : translate(sharedSsoWords, locale, 'session.browser', { via });
}
