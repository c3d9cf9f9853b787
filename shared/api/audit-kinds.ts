/**
 * The kinds of entries in the audit trail: one list the server writes, the
 * CLI's `--kind` and the administration's filter offer, and the audit API
 * accepts.
 */

/** Kinds of audit entries, as the server writes them and the audit trail's filters list them (`poc audit --kind`, the administration's audit page). */
export const AUDIT_KINDS = [
  'connect',
  'disconnect',
  'login-rejected',
  'write-rejected',
  'limit-exceeded',
  'signoff',
  'grant',
  'revoke',
  'user-added',
  'token-issued',
  'tokens-revoked',
  'document-created',
  'offices-changed',
  'document-archived',
  'document-deleted',
  'ownership-transferred',
  'create-rejected',
  // the web workspace (issue 13): browser sessions
  'signed-in',
  'signed-out',
  'signed-out-everywhere',
  'version-saved',
  'version-restored',
  // people and access (issue 14)
  'user-changed',
  'user-disabled',
  'user-enabled',
  'invite-issued',
  'invite-redeemed',
  'sso-signed-in',
  'sso-rejected',
  'device-allowed',
  'device-token-issued',
  'team-added',
  'team-changed',
  'team-deleted',
  'team-member-added',
  'team-member-removed',
  'team-grant',
  'team-revoke',
  // dissemination (issue 16)
  'document-exported',
] as const;

/** A kind of audit entry. */
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Whether `kind` names a kind of audit entry. */
export function isAuditKind(kind: string): kind is AuditKind {
  return (AUDIT_KINDS as readonly string[]).includes(kind);
}
