/** `poc audit`: the audit trail, filtered and printed one line per entry (or as JSON). */
import { AUDIT_KINDS, type AuditEntry, isAuditKind } from '../../server/storage/storage.js';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import { CommandError, localeOf, print } from './command.js';
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
  const locale = localeOf(o);
  const t = wordsOf(cliServer, locale);
  if (o.since !== undefined && Number.isNaN(Date.parse(o.since))) throw new CommandError(t('audit.badSince', { since: o.since }));
  if (o.kind !== undefined && !isAuditKind(o.kind)) throw new CommandError(t('audit.badKind', { kind: o.kind, kinds: AUDIT_KINDS.join(', ') }));
  if (o.limit !== undefined && !(Number.isInteger(o.limit) && o.limit >= 1)) throw new CommandError(t('audit.badLimit', { limit: String(o.limit) }));
  const since = o.since === undefined ? undefined : new Date(o.since).toISOString();
  const kind = o.kind;
  return withStore(
    o.data,
    async (s) => {
      const entries = await s.queryAudit({ docId: o.doc, since, actor: o.user, kind, limit: o.limit });
      if (o.json) out(JSON.stringify(entries, null, 2));
      else if (!entries.length) out(t('audit.none'));
      // Entries are data (kinds, names, key=value facts), the same in every language, as the JSON is.
      else for (const e of entries) out(formatAudit(e));
      return entries;
    },
    { locale },
  );
}

/** One audit entry as a line of text. */
export function formatAudit(e: AuditEntry): string {
  const facts = Object.entries(e.detail)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? (/\s/.test(v) ? JSON.stringify(v) : v) : JSON.stringify(v)}`)
    .join(' ');
  return `${e.at}  ${e.kind.padEnd(15)} ${(e.actor ?? '-').padEnd(12)} ${(e.docId ?? '-').padEnd(24)} ${facts}`.trimEnd();
}
