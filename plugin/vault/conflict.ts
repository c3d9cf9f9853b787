/**
 * Keeping the file's side of a conflict. When a change made to the Markdown
 * outside the structured view collides with a change someone else made to
 * the shared document, the shared version stays in the document and the
 * mirror is rewritten from it; the file's text is first saved beside it as
 * a "conflicting edit" note, so nothing anyone typed is lost.
 */
import type { App, TFile } from 'obsidian';
import type { MergeReport } from '../../shared/ydoc/merge.js';
import { PocFiles } from './poc-files.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginVaultWords } from '../../shared/i18n/messages/plugin-vault.js';

const t = uiWords(pluginVaultWords);

/**
 * The text of a conflict copy: the file's text with its POC keys renamed
 * (so it is not taken for the document itself) and a note on top saying
 * what conflicted.
 */
export function conflictCopyText(theirs: string, report: MergeReport, documentName: string): string {
  const fm = /^---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(\r?\n|$)/.exec(theirs);
  const head = fm ? fm[0].replace(/^poc-id:/m, 'poc-conflict-of:').replace(/^poc-type:/m, 'poc-conflict-type:') : '';
  const body = fm ? theirs.slice(fm[0].length) : theirs;
  const lines = report.conflicts.map((c) => `> - ${c.message.replace(/\n/g, ' ')}`);
  const note = [
    `> [!warning] ${t('conflict.heading')}`,
    `> ${t('conflict.note', { name: documentName })}`,
    ...lines,
    '',
  ].join('\n');
  return `${head}${note}\n${body}`;
}

/** A compact local timestamp for file names, "2026-11-24 0931". */
function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}${p(now.getMinutes())}`;
}

/** Saves the file's conflicting text as a new note next to it; returns the new note. */
export async function saveConflictCopy(app: App, file: TFile, theirs: string, report: MergeReport, now = new Date()): Promise<TFile> {
  const folder = file.parent?.path ?? '';
  const path = new PocFiles(app).freePath(folder, `${file.basename} (conflicting edit ${stamp(now)})`);
  return app.vault.create(path, conflictCopyText(theirs, report, file.basename));
}
