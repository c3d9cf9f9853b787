/**
 * What the documents home page shows, decided without the DOM: which
 * documents pass the filters and the search, how they group (by type, then
 * area), and each fact of a row in words. The page (home-page.ts) only
 * draws what this says, so the rules read in one place.
 */
import type { DocListEntry, RoleState } from '../../shared/api/documents.js';
import { reviewOverdue } from '../../shared/validate/next-review.js';
import { statusWord } from '../../editor/panels/signoff-readiness.js';
import { formatDay } from '../../editor/words.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';

const t = uiWords(webHome);

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
  return d.typeName ?? d.type ?? t('list.unreadableType');
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
    const none = list.some((d) => d.area !== undefined) ? t('list.noArea') : t('list.wholeMission');
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
  if (d.archived) return t('list.archived');
  if (!d.status) return t('list.unreadable');
  return statusWord(d.status);
}

/** The validation counts in words: "2 errors, 1 warning", "No problems", or "Not checked". */
export function checksText(d: DocListEntry): string {
  if (!d.validation) return t('list.notChecked');
  const { errors, warnings } = d.validation;
  if (!errors && !warnings) return t('list.noProblems');
  if (!warnings) return t('list.errors', { count: errors });
  if (!errors) return t('list.warnings', { count: warnings });
  return t('list.errorsAndWarnings', { errors: t('list.errors', { count: errors }), warnings: t('list.warnings', { count: warnings }) });
}

/** How complete the document is: "7 of 9 required parts filled". */
export function completionText(d: DocListEntry): string {
  if (!d.completion) return t('list.completionUnknown');
  return t('list.completion', { filled: d.completion.filled, count: d.completion.required });
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
  const office = s.label;
  switch (signoffWord(s)) {
    case 'missing':
      return t('list.signoff.missing', { office });
    case 'valid':
      return t('list.signoff.valid', { office });
    case 'stale':
      return t('list.signoff.stale', { office });
    case 'rejected':
      return t('list.signoff.rejected', { office });
    case 'not verified':
      return t('list.signoff.notVerified', { office });
  }
}

/** How long ago `iso` was, from `now`, in plain words: "just now", "5 min ago", "2 h ago", "3 days ago", else the day. */
export function agoText(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return iso;
  const min = Math.floor(ms / 60_000);
  if (min < 1) return t('list.justNow');
  if (min < 60) return t('list.minutesAgo', { count: min });
  const hours = Math.floor(min / 60);
  if (hours < 24) return t('list.hoursAgo', { count: hours });
  const days = Math.floor(hours / 24);
  if (days < 14) return t('list.daysAgo', { count: days });
  return t('list.onDay', { day: formatDay(iso.slice(0, 10)) });
}

/** The last change in words: "2 h ago by Amina Diallo", or "No changes recorded". */
export function lastChangeText(d: DocListEntry, now: Date): string {
  const c = d.lastChange;
  if (!c) return t('list.noChanges');
  const who = c.byName || c.by;
  const ago = agoText(c.at, now);
  return who ? t('list.changedBy', { ago, who }) : ago;
}

/** The next review in words: "Review by 8 Jun 2026", "Review overdue since 8 Jun 2026", or "No review date". */
export function reviewText(d: DocListEntry, today: string): string {
  if (!d.nextReview) return t('list.noReview');
  const day = formatDay(d.nextReview);
  return isOverdue(d, today) ? t('list.reviewOverdue', { day }) : t('list.reviewBy', { day });
}

/** What the person is asked for, in words: "Your approval as Head of Office". */
export function waitingText(d: DocListEntry): string {
  return t('list.waiting', { offices: (d.waitingForMe ?? []).map((w) => w.label).join(t('list.andAs')) });
}
