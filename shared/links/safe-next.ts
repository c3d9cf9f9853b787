/**
 * Where a person may be sent back to after signing in (the sign-in page's
 * `?next=`, single sign-on's `?return=`): a path of this site only. An
 * address of another site ("https://evil.example", "//evil", "/\evil")
 * would turn our sign-in into a trampoline for phishing, so it becomes "/".
 */

/** `next` when it is a path of this site ("/d/x?y#z"), else "/". Never another origin ("//evil", "https://…", "/\\evil"). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  try {
    // Resolved against a placeholder origin: anything that escapes it (odd escapes, control characters) is refused.
    const u = new URL(next, 'https://same.invalid');
    return u.origin === 'https://same.invalid' ? `${u.pathname}${u.search}${u.hash}` : '/';
  } catch {
    return '/';
  }
}
