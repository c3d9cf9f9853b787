/**
 * The French demo documents: each English demo document with its prose
 * translated (scripts/demo/fr/*.ts: English text → French, whole strings as
 * the English sources write them, links and bold marks included), its own
 * id and file name, and `lang: fr`, so the French set links within itself
 * and shows the templates' French words. They go in the vault's
 * "Français" folder; their file names are unique in the vault, so links
 * name them alone, as Obsidian writes them.
 *
 * Values that are not prose (choices, dates, ratings, ids) stay as they
 * are; every string with a space in it is prose and must have its French,
 * so a sentence added to an English demo document without its translation
 * stops the build instead of showing English in the French set.
 */
import type { DocModel, Inline, LinkRef } from '../../shared/model/types.js';
import { TRANSLATION_OF } from '../../shared/picture/translations.js';
import type { Template } from '../../shared/template/load.js';
import { buildDoc, type DocInput, inline } from './dsl.js';
import { DOCS, type DocKey } from './mission.js';

/** The folder of the vault the French documents go in. */
export const FRENCH_FOLDER = 'Français';

/** The French documents' ids and file names (without `.md`), by the key of their English counterpart. */
export const FRENCH_DOCS: Readonly<Record<DocKey, { id: string; file: string }>> = {
  str: { id: 'str-minusar-2026-fr', file: 'Stratégie POC 2026–2027' },
  tm: { id: 'tm-minusar-secteur-nord', file: 'Matrice des menaces POC — Secteur Nord' },
  tms: { id: 'tm-minusar-secteur-sud', file: 'Matrice des menaces POC — Secteur Sud' },
  ap: { id: 'ap-minusar-2026-fr', file: 'Plan d’action POC 2026–2027' },
  ob: { id: 'ob-minusar-koumbi-fr', file: 'Note sur une opération offensive — Collines de Koumbi' },
  rc: { id: 'rc-minusar-2026-fr', file: 'Matrice des ressources et capacités 2026' },
  ta: { id: 'ta-minusar-2026-fr', file: 'Analyse des menaces et de leurs auteurs 2026' },
  pm: { id: 'pm-minusar-kessa-fr', file: 'Matrice de protection — Province de Kessa' },
};

/** The French document id of an English demo document id among `inFrench`; other ids as they are. */
function frenchId(id: string, inFrench: ReadonlySet<DocKey>): string {
  const key = (Object.keys(DOCS) as DocKey[]).find((k) => DOCS[k].id === id);
  return key && inFrench.has(key) ? FRENCH_DOCS[key].id : id;
}

/** The file name (without `.md`, also the wiki-link target: no other note has it) of a French demo document id; undefined for any other id. */
export function fileOfFrenchDocId(docId: string): string | undefined {
  return Object.values(FRENCH_DOCS).find((d) => d.id === docId)?.file;
}

/** Inline content written back as the demo sources write it (`**bold**`, `{{tm:T-3}}`), so it is looked up as written. */
function sourceOf(content: readonly Inline[]): string {
  return content
    .map((i) => {
      if (i.t === 'text') return i.marks?.includes('strong') ? `**${i.text}**` : i.text;
      const key = (Object.keys(DOCS) as DocKey[]).find((k) => DOCS[k].id === i.docId);
      return `{{${key}:${i.blockId}}}`;
    })
    .join('');
}

/** `value` with every string, paragraph and list item translated by `french`; prose (text with a space) without French is an error naming it. */
function translate<T>(value: T, french: Readonly<Record<string, string>>, where: string): T {
  const text = (s: string): string => {
    const fr = Object.hasOwn(french, s) ? french[s] : undefined;
    if (fr !== undefined) return fr;
    if (/\s/.test(s)) throw new Error(`${where}: no French for ${JSON.stringify(s)}`);
    return s;
  };
  if (typeof value === 'string') return text(value) as T;
  if (Array.isArray(value)) return value.map((v) => translate(v, french, where)) as T;
  if (value && typeof value === 'object') {
    const node = value as { t?: string; content?: Inline[]; items?: Inline[][] };
    if (node.t === 'link') return value;
    if (node.t === 'p' && node.content) return { ...value, content: inline(text(sourceOf(node.content))) };
    if (node.t === 'ul' && node.items) return { ...value, items: node.items.map((item) => inline(text(sourceOf(item)))) };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v, french, where)])) as T;
  }
  return value;
}

/** Every link and document id of `value` pointing at an English demo document among `inFrench`, made to point at its French counterpart. */
function relink<T>(value: T, inFrench: ReadonlySet<DocKey>): T {
  if (typeof value === 'string') return frenchId(value, inFrench) as T;
  if (Array.isArray(value)) return value.map((v) => relink(v, inFrench)) as T;
  if (value && typeof value === 'object') {
    const link = value as Partial<LinkRef>;
    if (link.t === 'link' && link.docId) return { ...value, docId: frenchId(link.docId, inFrench) };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'text' ? v : relink(v, inFrench)])) as T;
  }
  return value;
}

/**
 * The French counterpart of an English demo document: translated, in French, its links to the documents of
 * `inFrench` made to their French counterparts (the others still lead to the English document).
 */
export function buildFrenchDoc(template: Template, doc: DocInput, french: Readonly<Record<string, string>>, inFrench: ReadonlySet<DocKey>): DocModel {
  const model = buildDoc(template, translate(doc, french, `French demo ${doc.key}`));
  const { meta, sections } = relink(model, inFrench);
  // It names its English original, so a picture drawn by someone who reads both counts its threats once (shared/picture/translations.ts).
  return { meta: { ...meta, id: FRENCH_DOCS[doc.key].id, lang: 'fr', properties: { ...meta.properties, [TRANSLATION_OF]: DOCS[doc.key].id } }, sections };
}
