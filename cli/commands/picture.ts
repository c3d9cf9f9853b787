/**
 * `poc picture <file-or-folder>…`: the mission picture of a folder of POC
 * documents (shared/picture), in plain words or as JSON. The documents are
 * read and validated exactly as `poc validate` reads them, so the lists
 * built from validation findings (overdue actions, reviews, threats no
 * action serves…) say what `poc validate` says. Files carry no sign-offs,
 * so sign-offs pending, stale and rejected are known only to the server.
 */
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../../shared/i18n/locale.js';
import { cliDocuments } from '../../shared/i18n/messages/cli-documents.js';
import { editorChartWords } from '../../shared/i18n/messages/editor-charts.js';
import { filteredView, LIST_WORDS, type MissionPicture, missionPicture, type PictureItem, signoffsUnknownWords, type ThreatFilter, threatIdWords } from '../../shared/picture/index.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { formatDay, formatDaysIn } from '../../shared/time/format.js';
import { validateDocuments } from './validate-files.js';

/**
 * The picture of the POC documents under `paths` as of `today` (each item's `doc.path` is its file), and how many files
 * could not be read. Its sentences (findings, why a document is listed, labels) are in `locale`, English by default;
 * of a document and its translations (the demo vault's French copies), the original's threats are counted.
 */
export async function picturePaths(paths: readonly string[], templates: TemplateSet, today: string, locale: Locale = DEFAULT_LOCALE): Promise<{ picture: MissionPicture; unreadable: number }> {
  const { report, models } = await validateDocuments(paths, templates, today, undefined, locale);
  const docs = models.map(({ file, model, diagnostics }) => ({ model, template: templates.get(model.meta.type), diagnostics, path: file }));
  return { picture: missionPicture(docs, today, locale), unreadable: report.documents.filter((d) => d.parseError).length };
}

function where(item: PictureItem): string {
  return `${item.doc.title}${item.block ? ` › ${item.block}` : ''}`;
}

/**
 * The picture in plain words, in `opts.locale` (English by default): the threats ranked together, the heat map as a
 * table of counts, then each list. Days are written as the language writes them ("24 Nov 2026", "24 nov. 2026"),
 * whatever the shell's locale: Intl's default under a server's LANG=C would give "2026 M11 24". The list headings and
 * the priority and imminent marks are the picture board's words (editor-charts.ts), so the two say the same.
 */
export function formatPicture(picture: MissionPicture, opts: { filter?: ThreatFilter; unreadable?: number; locale?: Locale } = {}): string {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const t = wordsOf(cliDocuments, locale);
  const board = wordsOf(editorChartWords, locale);
  const days = intlLocale(locale);
  const out: string[] = [];
  const { threats, heat } = filteredView(picture, opts.filter ?? {});
  out.push(t('picture.asOf', { day: formatDay(picture.today, days), count: picture.documents }));
  if (opts.unreadable) out.push(t('picture.unreadable', { count: opts.unreadable }));
  const rated = threats.filter((x) => x.missionRank !== undefined);
  const idOf = threatIdWords(threats);
  const ratedWords = t('picture.rated', { count: rated.length });
  out.push('', heat.unrated.length ? t('picture.rankedUnrated', { rated: ratedWords, unrated: t('picture.notRatedYet', { count: heat.unrated.length }) }) : t('picture.ranked', { rated: ratedWords }));
  for (const x of rated) {
    const marks = [x.priority ? board('picture.priority') : '', x.imminent ? board('picture.imminent') : ''].filter(Boolean).join(', ');
    const line = { rank: String(x.missionRank).padStart(3), risk: String(x.risk).padStart(2), threat: `${idOf(x)} ${x.title}`, where: x.sector ?? x.doc.title };
    out.push(`  ${marks ? t('picture.threatMarked', { ...line, marks }) : t('picture.threat', line)}`);
  }
  // Under the ranks' column: "  NNN. " is seven characters.
  for (const x of heat.unrated) out.push(`       ${t('picture.notRated', { threat: `${idOf(x)} ${x.title}`, where: x.sector ?? x.doc.title })}`);
  const rowLabels = heat.rows.map((row) => t('picture.heatLikelihood', { value: String(row[0].likelihood) }));
  // The impact heading ends where the likelihood labels end, so the counts stand under the impact numbers.
  const labelWidth = Math.max(0, ...rowLabels.map((l) => l.length));
  out.push('', t('picture.heat'), `  ${t('picture.heatImpact').padStart(labelWidth)} ${[1, 2, 3, 4, 5].map((n) => String(n).padStart(3)).join('')}`);
  heat.rows.forEach((row, i) => out.push(`  ${rowLabels[i]!.padStart(labelWidth)} ${row.map((c) => (c.points.length ? String(c.points.length) : '·').padStart(3)).join('')}`));
  for (const { key } of LIST_WORDS) {
    const items = picture.lists[key];
    out.push('', t('picture.list', { heading: board(`picture.list.${key}`), count: items.length }));
    if (!items.length) out.push(`  ${t('picture.none')}`);
    for (const item of items) out.push(`  ${t('picture.item', { where: where(item), detail: formatDaysIn(item.detail, days) })}`);
  }
  const unknown = signoffsUnknownWords(picture.signoffsKnown, picture.documents, locale);
  if (unknown) out.push('', unknown);
  return out.join('\n');
}
