/**
 * Reading the audit trail as administrators do (issue 14): filters checked
 * once (who, what kind, which document, from, to, how many) and the
 * entries as JSON or as a CSV file for a spreadsheet. The CSV quotes per
 * RFC 4180 and defuses cells a spreadsheet would run as a formula: the
 * trail records what people typed (names, document ids, reasons), so a
 * cell may start with "=" on purpose.
 */
import type { AuditEntryView, AuditQueryParams } from '../../shared/api/people.js';
import { AUDIT_KINDS, type AuditEntry, type AuditKind, type AuditQuery, isAuditKind, type Storage } from '../storage/storage.js';
import { PeopleError } from './people-error.js';

/** How many entries an audit query answers when it does not say. */
export const DEFAULT_AUDIT_LIMIT = 500;
/** The most entries one audit query answers. */
export const MAX_AUDIT_LIMIT = 5000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A `from`/`to` filter as the store takes it (a bare date stays one: `to` then covers its whole day), or a PeopleError "invalid". */
function instant(value: string | undefined, name: 'from' | 'to'): string | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.trim();
  if (DATE_ONLY.test(v) && !Number.isNaN(Date.parse(v))) return name === 'from' ? `${v}T00:00:00.000Z` : v;
  const t = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(t)) throw new PeopleError('invalid', 'bad-date', `"${value}" (${name}) is not a date; write it as YYYY-MM-DD or an ISO 8601 instant such as 2026-12-01T08:00:00Z.`);
  return new Date(t).toISOString();
}

/** The checked filters as the store's query, with the limit to apply; a PeopleError "invalid" names a wrong kind (listing the kinds), date or limit. */
export function auditQueryOf(params: AuditQueryParams): { query: AuditQuery; limit: number } {
  const { actor, kind, docId, from, to, limit } = params;
  if (kind !== undefined && kind !== '' && !isAuditKind(kind)) throw new PeopleError('invalid', 'bad-kind', `"${kind}" is not a kind of audit entry; use one of ${AUDIT_KINDS.join(', ')}.`);
  let n = DEFAULT_AUDIT_LIMIT;
  if (limit !== undefined && limit !== '') {
    n = Number(limit);
    if (!/^\s*\d+\s*$/.test(limit) || n < 1 || n > MAX_AUDIT_LIMIT) throw new PeopleError('invalid', 'bad-limit', `limit "${limit}" is not a whole number from 1 to ${MAX_AUDIT_LIMIT}.`);
  }
  const since = instant(from, 'from');
  const until = instant(to, 'to');
  if (since && until && since > (DATE_ONLY.test(until) ? `${until}T23:59:59.999Z` : until)) throw new PeopleError('invalid', 'bad-date', `from (${from}) is after to (${to}); swap them.`);
  const query: AuditQuery = {
    ...(actor ? { actor } : {}),
    ...(kind ? { kind: kind as AuditKind } : {}),
    ...(docId ? { docId } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
  };
  return { query, limit: n };
}

/** The newest entries that match (oldest first), at most the limit, and whether more matched. */
export async function readAudit(storage: Storage, params: AuditQueryParams): Promise<{ entries: AuditEntryView[]; truncated: boolean }> {
  const { query, limit } = auditQueryOf(params);
  // One more than asked says whether there were more, without counting them all.
  const rows = await storage.queryAudit({ ...query, limit: limit + 1 });
  const truncated = rows.length > limit;
  return { entries: (truncated ? rows.slice(1) : rows).map(viewOf), truncated };
}

/** An entry as the API shows it. */
function viewOf(e: AuditEntry): AuditEntryView {
  return { id: e.id, at: e.at, kind: e.kind, actor: e.actor, docId: e.docId, detail: e.detail };
}

/** Characters a spreadsheet reads as the start of a formula (or that hide one after them). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: defused when a spreadsheet would run it (a leading apostrophe), then quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The entries as CSV (header id,at,kind,actor,document,detail; detail as JSON), lines ending CRLF as RFC 4180 says. */
export function auditCsv(entries: readonly AuditEntryView[]): string {
  const lines = [['id', 'at', 'kind', 'actor', 'document', 'detail'].join(',')];
  for (const e of entries) lines.push([String(e.id), e.at, e.kind, e.actor ?? '', e.docId ?? '', JSON.stringify(e.detail)].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The file name of an audit export made on `now`'s day, e.g. `poc-audit-2026-12-02.csv`. */
export function auditCsvName(now = new Date()): string {
  return `poc-audit-${now.toISOString().slice(0, 10)}.csv`;
}
