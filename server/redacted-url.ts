/**
 * Connection URLs as messages, logs and /healthz may show them: without
 * their secrets. A password may sit in the URL's user part
 * (`postgres://poc:secret@db/poc`) or in its query, which both `pg`
 * (`?password=`, `?sslpassword=`) and `ioredis` (`?password=`) read as
 * options: so the password, the whole query and any fragment are masked,
 * and a string that is no URL with a host (`poc:secret@db/poc`) is never
 * repeated at all.
 */

/** `url` with its password, query and fragment masked, or `unreadable` when it is not a URL naming a host. */
export function redactedUrl(url: string, unreadable: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return unreadable;
  }
  if (!u.host) return unreadable;
  if (u.password) u.password = '***';
  const masked = `${u.search ? '?***' : ''}${u.hash ? '#***' : ''}`;
  u.search = '';
  u.hash = '';
  return u.toString() + masked;
}
