/** `poc audit`: the audit trail, filtered and printed one line per entry (or as JSON). */
import { AUDIT_KINDS, type AuditEntry, isAuditKind } from '../../server/storage/storage.js';
import { CommandError, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';

/** Which audit entries `audit` prints (all of them by default), and how. */
export interface AuditOptions extends StoreOptions {
  doc?: string;
  /** ISO date or timestamp. */
  since?: string;
  user?: string;
  kind?: string;
  limit?: number;
  json?: boolean;
}

/** Every kind of audit entry, for `audit --kind` (the one list lives with the store). */
export { AUDIT_KINDS };


/** Prints the audit trail, oldest first (one line per entry, or JSON). */
export async function audit(o: AuditOptions): Promise<AuditEntry[]> {
  const out = print(o);
  if (o.since !== undefined && Number.isNaN(Date.parse(o.since))) throw new CommandError(`--since "${o.since}" is not a date; write it as YYYY-MM-DD or an ISO timestamp.`);
  if (o.kind !== undefined && !isAuditKind(o.kind)) throw new CommandError(`--kind "${o.kind}" is not a kind of audit entry; use one of ${AUDIT_KINDS.join(', ')}.`);
  if (o.limit !== undefined && !(Number.isInteger(o.limit) && o.limit >= 1)) throw new CommandError(`--limit "${o.limit}" is not a whole number of 1 or more.`);
  const since = o.since === undefined ? undefined : new Date(o.since).toISOString();
  const kind = o.kind;
  return withStore(o.data, async (s) => {
    const entries = await s.queryAudit({ docId: o.doc, since, actor: o.user, kind, limit: o.limit });
    if (o.json) out(JSON.stringify(entries, null, 2));
    else if (!entries.length) out('No audit entries match.');
    else for (const e of entries) out(formatAudit(e));
    return entries;
  });
}

/** One audit entry as a line of text. */
export function formatAudit(e: AuditEntry): string {
  const facts = Object.entries(e.detail)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? (/\s/.test(v) ? JSON.stringify(v) : v) : JSON.stringify(v)}`)
    .join(' ');
  return `${e.at}  ${e.kind.padEnd(15)} ${(e.actor ?? '-').padEnd(12)} ${(e.docId ?? '-').padEnd(24)} ${facts}`.trimEnd();
}
