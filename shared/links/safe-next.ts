/**
 * Where a person may be sent back to after signing in (the sign-in page's
 * `?next=`, single sign-on's `?return=`): a path of this site only. An
 * address of another site ("https://evil.example", "//evil", "/\evil")
 * would turn our sign-in into a trampoline for phishing, so it becomes "/".
 */

/** `next` (resolved) when it is a path of this site ("/d/x?y#z"), else "/". Never another origin ("//evil", "https://…", "/\\evil", "/.//evil"). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  try {
    // Resolved against a placeholder origin: anything that escapes it (odd escapes, control characters) is refused.
    const u = new URL(next, 'https://same.invalid');
    if (u.origin !== 'https://same.invalid') return '/';
    // The resolved path is what is returned, so it is what must not name another site: dot segments can turn a path
    // of this site into "//evil" ("/.//evil", "/..//evil"), which a browser and a Location header read as a host.
    const path = `${u.pathname}${u.search}${u.hash}`;
    return path.startsWith('//') ? '/' : path;
  } catch {
    return '/';
  }
}
