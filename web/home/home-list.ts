/**
 * What the documents home page shows, decided without the DOM: which
 * documents pass the filters and the search, how they group (by type, then
 * area), and each fact of a row in words. The page (home-page.ts) only
 * draws what this says, so the rules read in one place.
 */
import type { DocListEntry, RoleState } from '../../shared/api/documents.js';
import { reviewOverdue } from '../../shared/validate/next-review.js';
import { statusWord } from '../../editor/panels/signoff-readiness.js';
import { formatDay, plural } from '../../editor/words.js';

/** The filters and search of the page; empty strings mean "any". */
export interface HomeFilter {
  type: string;
  status: string;
  waitingForMe: boolean;
  overdue: boolean;
  search: string;
}

/** No filter: every document. */
export const NO_FILTER: HomeFilter = { type: '', status: '', waitingForMe: false, overdue: false, search: '' };

/** Whether the document is waiting for the caller's sign-off. */
export function waitsForMe(d: DocListEntry): boolean {
  return (d.waitingForMe?.length ?? 0) > 0;
}

/** Whether the document's next review date has passed on `today` (the mission's day). */
export function isOverdue(d: DocListEntry, today: string): boolean {
  return d.nextReview !== undefined && reviewOverdue(d.nextReview, today);
}

/** The documents that pass `f` on `today`: type and status equal, waiting and overdue when asked, the search found in the title or the id (case ignored). */
export function applyFilter(docs: readonly DocListEntry[], f: HomeFilter, today: string): DocListEntry[] {
  const q = f.search.trim().toLowerCase();
  return docs.filter(
    (d) =>
      (!f.type || d.type === f.type) &&
      (!f.status || d.status === f.status) &&
      (!f.waitingForMe || waitsForMe(d)) &&
      (!f.overdue || isOverdue(d, today)) &&
      (!q || d.id.toLowerCase().includes(q) || (d.title ?? '').toLowerCase().includes(q)),
  );
}

/** The name a document's type goes by on the page: the template's name, else its id; "Unreadable documents" for those the server cannot read. */
export function typeLabel(d: DocListEntry): string {
  return d.typeName ?? d.type ?? 'Unreadable documents';
}

/** One group of the page: a type, then its areas, each with its documents sorted by title. */
export interface TypeGroup {
  label: string;
  areas: Array<{ label: string; docs: DocListEntry[] }>;
}

/**
 * The documents grouped by type (by name), then by area, each sorted by name. A type none of whose documents names
 * an area is "Whole mission"; where some do, the others are under "No area given" (their area field is empty).
 */
export function groupDocuments(docs: readonly DocListEntry[]): TypeGroup[] {
  const types = new Map<string, DocListEntry[]>();
  for (const d of docs) types.set(typeLabel(d), [...(types.get(typeLabel(d)) ?? []), d]);
  const byName = (a: string, b: string) => a.localeCompare(b);
  return [...types.keys()].sort(byName).map((label) => {
    const list = types.get(label)!;
    const none = list.some((d) => d.area !== undefined) ? 'No area given' : 'Whole mission';
    const areas = new Map<string, DocListEntry[]>();
    for (const d of list) areas.set(d.area ?? none, [...(areas.get(d.area ?? none) ?? []), d]);
    return {
      label,
      areas: [...areas.entries()]
        .sort(([a], [b]) => (a === none ? 1 : b === none ? -1 : byName(a, b)))
        .map(([area, inArea]) => ({ label: area, docs: [...inArea].sort((a, b) => (a.title ?? a.id).localeCompare(b.title ?? b.id)) })),
    };
  });
}

/** The document's status in words ("In review"), or why it cannot be read. */
export function statusText(d: DocListEntry): string {
  if (d.archived) return 'Archived';
  return d.status ? statusWord(d.status) : 'Cannot be read';
}

/** The validation counts in words: "2 errors, 1 warning", "No problems", or "Not checked". */
export function checksText(d: DocListEntry): string {
  if (!d.validation) return 'Not checked';
  const { errors, warnings } = d.validation;
  if (!errors && !warnings) return 'No problems';
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

/** How complete the document is: "7 of 9 required parts filled". */
export function completionText(d: DocListEntry): string {
  if (!d.completion) return 'Not known';
  return `${d.completion.filled} of ${d.completion.required} required parts filled`;
}

/** Where one required sign-off stands, as the page says it: missing, valid, stale (the text changed since) or rejected. */
export type SignoffWord = 'missing' | 'valid' | 'stale' | 'rejected' | 'not verified';

/** The state of a required sign-off in one word; an approval whose signature does not check out is "not verified". */
export function signoffWord(s: RoleState): SignoffWord {
  if (s.state === 'missing') return 'missing';
  if (s.state === 'rejected') return 'rejected';
  if (s.verification === 'stale') return 'stale';
  return s.verification === 'invalid' ? 'not verified' : 'valid';
}

/** A sign-off's state in a sentence for people: "Head of Office: approved", "Head of Office: approval out of date (the text changed since)". */
export function signoffText(s: RoleState): string {
  const word = signoffWord(s);
  const said: Record<SignoffWord, string> = {
    missing: 'not signed yet',
    valid: 'approved',
    stale: 'approved an earlier version (the text changed since)',
    rejected: 'rejected',
    'not verified': 'signature could not be checked',
  };
  return `${s.label}: ${said[word]}`;
}

/** How long ago `iso` was, from `now`, in plain words: "just now", "5 min ago", "2 h ago", "3 days ago", else the day. */
export function agoText(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return iso;
  const min = Math.floor(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const hours = Math.floor(min / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days < 14) return `${plural(days, 'day')} ago`;
  return `on ${formatDay(iso.slice(0, 10))}`;
}

/** The last change in words: "2 h ago by Amina Diallo", or "No changes recorded". */
export function lastChangeText(d: DocListEntry, now: Date): string {
  const c = d.lastChange;
  if (!c) return 'No changes recorded';
  const who = c.byName || c.by;
  return `${agoText(c.at, now)}${who ? ` by ${who}` : ''}`;
}

/** The next review in words: "Review by 8 Jun 2026", "Review overdue since 8 Jun 2026", or "No review date". */
export function reviewText(d: DocListEntry, today: string): string {
  if (!d.nextReview) return 'No review date';
  return isOverdue(d, today) ? `Review overdue: it was due ${formatDay(d.nextReview)}` : `Review by ${formatDay(d.nextReview)}`;
}

/** What the person is asked for, in words: "Your approval as Head of Office". */
export function waitingText(d: DocListEntry): string {
  return `Your approval as ${(d.waitingForMe ?? []).map((w) => w.label).join(' and as ')}`;
}
