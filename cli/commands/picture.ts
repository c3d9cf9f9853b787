/**
 * `poc picture <file-or-folder>…`: the mission picture of a folder of POC
 * documents (shared/picture), in plain words or as JSON. The documents are
 * read and validated exactly as `poc validate` reads them, so the lists
 * built from validation findings (overdue actions, reviews, threats no
 * action serves…) say what `poc validate` says. Files carry no sign-offs,
 * so sign-offs pending, stale and rejected are known only to the server.
 */
import { filteredView, LIST_WORDS, type MissionPicture, missionPicture, oneLanguageEach, type PictureItem, signoffsUnknownWords, type ThreatFilter, threatIdWords } from '../../shared/picture/index.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { formatDay, formatDaysIn } from '../../shared/time/format.js';
import { intlLocale } from '../../shared/i18n/locale.js';
import { plural } from '../../shared/words.js';
import { validateDocuments } from './validate-files.js';

/** The picture of the POC documents under `paths` as of `today` (each item's `doc.path` is its file), and how many files could not be read. */
export async function picturePaths(paths: readonly string[], templates: TemplateSet, today: string): Promise<{ picture: MissionPicture; unreadable: number }> {
  const { report, models } = await validateDocuments(paths, templates, today);
  // Printed in English: of a document and its translations (the demo vault's French copies), the English one is pictured.
  const docs = oneLanguageEach(models, 'en').map(({ file, model, diagnostics }) => ({ model, template: templates.get(model.meta.type), diagnostics, path: file }));
  return { picture: missionPicture(docs, today), unreadable: report.documents.filter((d) => d.parseError).length };
}


function where(item: PictureItem): string {
  return `${item.doc.title}${item.block ? ` › ${item.block}` : ''}`;
}

/**
 * The Intl locale of the picture's days: the printed picture is in English (its words are not translated yet), so its
 * days are English too, "24 Nov 2026", whatever the shell's locale (a server's LANG=C would give "2026 M11 24").
 */
const PICTURE_INTL = intlLocale('en');

/** The picture in plain words: the threats ranked together, the heat map as a table of counts, then each list; days written in words as English writes them. */
export function formatPicture(picture: MissionPicture, opts: { filter?: ThreatFilter; unreadable?: number } = {}): string {
  const out: string[] = [];
  const { threats, heat } = filteredView(picture, opts.filter ?? {});
  out.push(`Mission picture as of ${formatDay(picture.today, PICTURE_INTL)}: ${plural(picture.documents, 'document')}.`);
  if (opts.unreadable) out.push(`${plural(opts.unreadable, 'file')} could not be read; run "poc validate" on the folder to see why.`);
  const rated = threats.filter((t) => t.missionRank !== undefined);
  const idOf = threatIdWords(threats);
  out.push('', `Threats of every matrix, ranked together (${plural(rated.length, 'rated threat')}${heat.unrated.length ? `, ${heat.unrated.length} not rated yet` : ''}):`);
  for (const t of rated) {
    const marks = [t.priority ? 'priority' : '', t.imminent ? 'imminent' : ''].filter(Boolean).join(', ');
    out.push(`  ${String(t.missionRank).padStart(3)}. risk ${String(t.risk).padStart(2)}  ${idOf(t)} ${t.title} — ${t.sector ?? t.doc.title}${marks ? ` (${marks})` : ''}`);
  }
  for (const t of heat.unrated) out.push(`       not rated  ${idOf(t)} ${t.title} — ${t.sector ?? t.doc.title}`);
  out.push('', 'Heat map: number of threats by likelihood (rows, 5 at the top) and impact (columns):', `        impact ${[1, 2, 3, 4, 5].map((n) => String(n).padStart(3)).join('')}`);
  for (const row of heat.rows) out.push(`  likelihood ${row[0].likelihood} ${row.map((c) => (c.points.length ? String(c.points.length) : '·').padStart(3)).join('')}`);
  for (const { key, heading } of LIST_WORDS) {
    const items = picture.lists[key];
    out.push('', `${heading} (${items.length}):`);
    if (!items.length) out.push('  none');
    for (const item of items) out.push(`  - ${where(item)}: ${formatDaysIn(item.detail, PICTURE_INTL)}`);
  }
  const unknown = signoffsUnknownWords(picture.signoffsKnown, picture.documents);
  if (unknown) out.push('', unknown);
  return out.join('\n');
}
