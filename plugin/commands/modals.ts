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
    new Setting(this.contentEl).setName('Title').addText((t) => {
      t.setValue(this.value).onChange((v) => (this.value = v));
      t.inputEl.addEventListener('keydown', (e: KeyboardEvent) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          this.done();
        }
      });
    });
    new Setting(this.contentEl).addButton((b) => b.setButtonText('Create').setCta().onClick(() => this.done()));
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

const TYPE_WORDS: Record<string, string> = {
  strategy: 'Strategy',
  'action-plan': 'Action plan',
  'threat-matrix': 'Threat matrix',
  'operations-brief': 'Operations brief',
  'resources-matrix': 'Resources & capabilities',
  'threat-analysis': 'Threats & perpetrators',
  'protection-matrix': 'Protection matrix',
};

/** Lists the documents the server offers; choosing one opens it. */
export class ServerDocumentsModal extends SuggestModal<ServerDocument> {
  constructor(
    app: App,
    private readonly documents: ServerDocument[],
    private readonly choose: (doc: ServerDocument) => void,
  ) {
    super(app);
    this.setPlaceholder('Find a document on the server…');
    this.emptyStateText = 'No document on the server matches.';
  }

  getSuggestions(query: string): ServerDocument[] {
    const q = query.trim().toLowerCase();
    return this.documents.filter((d) => !q || `${d.title ?? ''} ${d.id} ${d.type ?? ''}`.toLowerCase().includes(q));
  }

  renderSuggestion(doc: ServerDocument, el: HTMLElement): void {
    el.createDiv({ cls: 'poc-suggest-title', text: doc.title || doc.id });
    const v = doc.validation;
    const problems = v ? ` · ${v.errors} error${v.errors === 1 ? '' : 's'}, ${v.warnings} warning${v.warnings === 1 ? '' : 's'}` : '';
    el.createDiv({ cls: 'poc-suggest-note', text: `${TYPE_WORDS[doc.type ?? ''] ?? doc.type ?? 'Empty'} · ${doc.status ?? 'unknown status'}${problems} · ${doc.id}` });
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
    this.setPlaceholder('Link to a threat, action, objective or option…');
    this.emptyStateText = 'No typed block matches. Blocks come from every POC document in this vault.';
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
    this.setTitle(`Sign off "${this.documentTitle}"`);
    // The same summary as the editor's confirmation (editor/panels/signoff-dialog.ts): the server signs this version or nothing.
    new Setting(this.contentEl)
      .setName('Version')
      .setDesc(`${shortHash(this.reviewed.contentHash)} (full fingerprint: ${this.reviewed.contentHash})`);
    new Setting(this.contentEl).setName('Problems').setDesc(openProblemsText(this.reviewed.diagnostics));
    new Setting(this.contentEl)
      .setName('Office')
      .setDesc('The server checks that you hold this office for this document (its area, or mission-wide).')
      .addDropdown((d) => {
        for (const r of this.roles) d.addOption(r.role, r.label);
        d.setValue(this.role).onChange((v) => (this.role = v));
      });
    new Setting(this.contentEl).setName('Decision').addDropdown((d) =>
      d
        .addOptions({ approved: 'Approve', rejected: 'Do not approve' })
        .setValue(this.decision)
        .onChange((v) => (this.decision = v === 'rejected' ? 'rejected' : 'approved')),
    );
    new Setting(this.contentEl).setName('Comment').setDesc('Required when you do not approve: say what must change.').addTextArea((t) => t.onChange((v) => (this.comment = v)));
    new Setting(this.contentEl).addButton((b) =>
      b
        .setButtonText('Sign off')
        .setCta()
        .onClick(() => {
          // The domain's rule (shared/signoff/workflow.ts), as the editor's confirmation applies it.
          if (commentRequired(this.decision) && !this.comment.trim()) {
            new Notice('Write a comment: a rejection must say what to change.');
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
