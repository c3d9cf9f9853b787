/**
 * The small dialogs the commands use: a title prompt for new documents, the
 * server's document list, the cross-link picker and the sign-off form.
 * Everything shown is set as text (never as HTML), since titles and
 * comments are user content.
 */
import { type App, FuzzySuggestModal, Modal, Notice, Setting, SuggestModal } from 'obsidian';
import { openProblemsText, shortHash } from '../../editor/panels/signoff-readiness.js';
import { commentRequired } from '../../shared/signoff/workflow.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import type { BlockRef } from '../../shared/links/index.js';
import type { ServerDocument, SignoffRequest } from '../sync/server-client.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../../shared/i18n/messages/editor-panels.js';
import { pluginCommandWords } from '../../shared/i18n/messages/plugin-commands.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';
import { statusWord } from '../../shared/template/field-words.js';

const t = uiWords(pluginCommandWords);
const panels = uiWords(editorPanelWords);
const web = uiWords(webHome);

/** Asks for a new document's title. */
export class TitleModal extends Modal {
  private value: string;

  constructor(
    app: App,
    private readonly heading: string,
    initial: string,
    private readonly submit: (title: string) => void,
  ) {
    super(app);
    this.value = initial;
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    new Setting(this.contentEl).setName(web('new.title')).addText((field) => {
      field.setValue(this.value).onChange((v) => (this.value = v));
      field.inputEl.addEventListener('keydown', (e: KeyboardEvent) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          this.done();
        }
      });
    });
    new Setting(this.contentEl).addButton((b) => b.setButtonText(web('new.create')).setCta().onClick(() => this.done()));
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Creates with the title typed (or the suggested one when left empty). */
  done(): void {
    const title = this.value.trim();
    if (!title) return;
    this.close();
    this.submit(title);
  }
}

/** The line under a server document's title: its type, its status, its problems and its id, in the interface language. */
export function documentNote(doc: ServerDocument): string {
  const type = doc.type ? t('documents.type', { type: doc.type }) : t('documents.noType');
  const status = doc.status ? statusWord(doc.status, interfaceLocale()) : t('documents.noStatus');
  const v = doc.validation;
  if (!v) return t('documents.note', { type, status, id: doc.id });
  return t('documents.noteProblems', { type, status, errors: panels('count.errors', { count: v.errors }), warnings: panels('count.warnings', { count: v.warnings }), id: doc.id });
}

/** Lists the documents the server offers; choosing one opens it. */
export class ServerDocumentsModal extends SuggestModal<ServerDocument> {
  constructor(
    app: App,
    private readonly documents: ServerDocument[],
    private readonly choose: (doc: ServerDocument) => void,
  ) {
    super(app);
    this.setPlaceholder(t('documents.placeholder'));
    this.emptyStateText = t('documents.empty');
  }

  getSuggestions(query: string): ServerDocument[] {
    const q = query.trim().toLowerCase();
    return this.documents.filter((d) => !q || `${d.title ?? ''} ${d.id} ${d.type ?? ''}`.toLowerCase().includes(q));
  }

  renderSuggestion(doc: ServerDocument, el: HTMLElement): void {
    el.createDiv({ cls: 'poc-suggest-title', text: doc.title || doc.id });
    el.createDiv({ cls: 'poc-suggest-note', text: documentNote(doc) });
  }

  onChooseSuggestion(doc: ServerDocument): void {
    this.choose(doc);
  }
}

/** Picks a typed block of any POC document in the vault to link to. */
export class CrossLinkModal extends FuzzySuggestModal<BlockRef> {
  constructor(
    app: App,
    private readonly candidates: BlockRef[],
    private readonly choose: (ref: BlockRef) => void,
  ) {
    super(app);
    this.setPlaceholder(t('crossLink.placeholder'));
    this.emptyStateText = t('crossLink.empty');
  }

  getItems(): BlockRef[] {
    return this.candidates;
  }

  getItemText(ref: BlockRef): string {
    return `${ref.blockId} ${ref.title} — ${ref.docTitle}`;
  }

  onChooseItem(ref: BlockRef): void {
    this.choose(ref);
  }
}

/** The sign-off form: what is signed (the version's hash, the problems still open), which office, approve or not, and a comment. */
export class SignoffModal extends Modal {
  private role: string;
  private decision: SignoffRequest['decision'] = 'approved';
  private comment = '';
  private submitted = false;

  /** `cancel` is called when the form is closed without signing off (Escape, the close button, a click outside). */
  constructor(
    app: App,
    private readonly documentTitle: string,
    private readonly roles: Array<{ role: string; label: string }>,
    private readonly reviewed: { contentHash: string; diagnostics: readonly Diagnostic[] },
    private readonly submit: (request: Omit<SignoffRequest, 'contentHash'>) => void,
    private readonly cancel?: () => void,
  ) {
    super(app);
    this.role = roles[0]?.role ?? '';
  }

  override onOpen(): void {
    this.setTitle(t('signoff.heading', { title: this.documentTitle }));
    // The same summary as the editor's confirmation (editor/panels/signoff-dialog.ts): the server signs this version or nothing.
    new Setting(this.contentEl)
      .setName(panels('dialog.version'))
      .setDesc(t('signoff.version', { short: shortHash(this.reviewed.contentHash), hash: this.reviewed.contentHash }));
    new Setting(this.contentEl).setName(panels('dialog.problems')).setDesc(openProblemsText(this.reviewed.diagnostics));
    new Setting(this.contentEl)
      .setName(panels('dialog.office'))
      .setDesc(t('signoff.officeCheck'))
      .addDropdown((d) => {
        for (const r of this.roles) d.addOption(r.role, r.label);
        d.setValue(this.role).onChange((v) => (this.role = v));
      });
    new Setting(this.contentEl).setName(t('signoff.decision')).addDropdown((d) =>
      d
        .addOptions({ approved: panels('dialog.approve'), rejected: t('signoff.reject') })
        .setValue(this.decision)
        .onChange((v) => (this.decision = v === 'rejected' ? 'rejected' : 'approved')),
    );
    new Setting(this.contentEl).setName(panels('dialog.comment')).setDesc(t('signoff.commentHint')).addTextArea((t) => t.onChange((v) => (this.comment = v)));
    new Setting(this.contentEl).addButton((b) =>
      b
        .setButtonText(t('signoff.submit'))
        .setCta()
        .onClick(() => {
          // The domain's rule (shared/signoff/workflow.ts), as the editor's confirmation applies it.
          if (commentRequired(this.decision) && !this.comment.trim()) {
            new Notice(panels('dialog.commentMissing'));
            return;
          }
          this.submitted = true;
          this.close();
          this.submit({ role: this.role, decision: this.decision, comment: this.comment.trim() });
        }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.submitted) this.cancel?.();
  }
}
