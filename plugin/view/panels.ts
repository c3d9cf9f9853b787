/**
 * The side panels, each following the POC document the user works in:
 * the problems panel (live validation), the sign-off panel and the comments panel. The panels'
 * content is drawn by the editor package; these views only place it in
 * Obsidian's sidebar and switch it when another document becomes active.
 */
import { ItemView, type WorkspaceLeaf } from 'obsidian';
import type { MountedDocument } from '../../editor/document-mount.js';
import { SERVICE_EVENTS } from '../services.js';
import type { DocumentViewLike, ViewHost } from './view-host.js';
import { COMMENTS_VIEW_TYPE, SIGNOFF_VIEW_TYPE, VALIDATION_VIEW_TYPE } from './view-types.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginViewWords } from '../../shared/i18n/messages/plugin-views.js';

const t = uiWords(pluginViewWords);

/** Something drawn into a panel that must be released when the panel switches or closes. */
interface Drawn {
  destroy(): void;
}

abstract class DocumentPanel extends ItemView {
  private drawn?: Drawn;
  private shown?: { view: DocumentViewLike; mounted: MountedDocument };

  constructor(
    leaf: WorkspaceLeaf,
    protected readonly workspace: ViewHost,
  ) {
    super(leaf);
  }

  protected get services() {
    return this.workspace.services;
  }

  /** Draws the panel for a document's editor. */
  protected abstract draw(host: HTMLElement, view: DocumentViewLike, mounted: MountedDocument): Drawn;

  /** What the panel says when no POC document is open. */
  protected abstract emptyText(): string;

  override async onOpen(): Promise<void> {
    this.contentEl.addClass('poc-side-panel');
    this.registerEvent(this.services.events.on(SERVICE_EVENTS.activeDocument, () => this.follow()));
    this.follow();
  }

  override async onClose(): Promise<void> {
    this.release();
  }

  /** Redraws for the active document, if it changed. */
  follow(): void {
    const view = this.workspace.activeDocument();
    const mounted = view?.mounted();
    if (mounted && mounted === this.shown?.mounted) return;
    if (!view || !mounted) {
      this.release();
      this.contentEl.empty();
      this.contentEl.createDiv({ cls: 'poc-panel-empty', text: this.emptyText() });
      return;
    }
    this.show(view, mounted);
  }

  /** Draws the document shown again, because something it depends on (not the document) changed. */
  redraw(): void {
    const shown = this.shown;
    if (shown && shown.view.mounted() === shown.mounted) this.show(shown.view, shown.mounted);
    else this.follow();
  }

  private show(view: DocumentViewLike, mounted: MountedDocument): void {
    this.release();
    this.contentEl.empty();
    this.shown = { view, mounted };
    this.drawn = this.draw(this.contentEl, view, mounted);
  }

  private release(): void {
    this.drawn?.destroy();
    this.drawn = undefined;
    this.shown = undefined;
  }
}

export class ValidationView extends DocumentPanel {
  getViewType(): string {
    return VALIDATION_VIEW_TYPE;
  }

  getDisplayText(): string {
    return t('panel.problems');
  }

  override getIcon(): string {
    return 'list-checks';
  }

  protected emptyText(): string {
    return t('panel.problems.empty');
  }

  protected draw(host: HTMLElement, _view: DocumentViewLike, mounted: MountedDocument): Drawn {
    return mounted.showProblems(host);
  }
}

export class SignoffView extends DocumentPanel {
  getViewType(): string {
    return SIGNOFF_VIEW_TYPE;
  }

  getDisplayText(): string {
    return t('panel.signoffs');
  }

  override getIcon(): string {
    return 'pen-tool';
  }

  protected emptyText(): string {
    return t('panel.signoffs.empty');
  }

  override async onOpen(): Promise<void> {
    // The server's key and the user's offices may arrive long after the panel was drawn (offline at start): draw again.
    this.registerEvent(this.services.events.on(SERVICE_EVENTS.identity, () => this.redraw()));
    await super.onOpen();
  }

  protected draw(host: HTMLElement, _view: DocumentViewLike, mounted: MountedDocument): Drawn {
    // The server's key and the user's offices arrive asynchronously; draw once they have.
    let drawn: Drawn | undefined;
    let released = false;
    const waiting = host.createDiv({ cls: 'poc-panel-empty', text: t('panel.signoffs.checking') });
    void mounted.signoffOptions().then((opts) => {
      if (released) return;
      waiting.remove();
      const problem = this.services.identityProblem();
      if (problem) host.createDiv({ cls: 'poc-panel-note', text: problem });
      if (!opts) host.createDiv({ cls: 'poc-panel-empty', text: t('panel.signoffs.loading') });
      else drawn = mounted.showSignoffs(host, opts);
    });
    return {
      destroy: () => {
        released = true;
        drawn?.destroy();
      },
    };
  }
}

export class CommentsView extends DocumentPanel {
  getViewType(): string {
    return COMMENTS_VIEW_TYPE;
  }

  getDisplayText(): string {
    return t('panel.comments');
  }

  override getIcon(): string {
    return 'message-square';
  }

  protected emptyText(): string {
    return t('panel.comments.empty');
  }

  protected draw(host: HTMLElement, _view: DocumentViewLike, mounted: MountedDocument): Drawn {
    return mounted.showComments(host);
  }
}
