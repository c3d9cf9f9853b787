/**
 * "Share this document…" in Obsidian: the editor's Share dialog content
 * (editor/panels/share-dialog.ts) in an Obsidian modal, over the plugin's
 * own server client (its token, through `requestUrl`). Obsidian's modal
 * holds focus and closes on Escape; one Share modal at a time.
 */
import { type App, Modal } from 'obsidian';
import { renderSharePanel, type ShareOptions, type SharePanelHandle } from '../../editor/index.js';

let current: ShareModal | undefined;

/** The Share dialog in an Obsidian modal. */
export class ShareModal extends Modal {
  private panel: SharePanelHandle | undefined;

  constructor(
    app: App,
    private readonly options: ShareOptions,
  ) {
    super(app);
  }

  /** Opens the Share modal for a document, unless one is already open (that one stays, so there is never more than one). Answers the modal showing. */
  static show(app: App, options: ShareOptions): ShareModal {
    if (current?.showing()) return current;
    current = new ShareModal(app, options);
    current.open();
    return current;
  }

  /** Whether this modal is showing. */
  showing(): boolean {
    return this.panel !== undefined;
  }

  override onOpen(): void {
    this.modalEl.addClass('poc-share-modal');
    const panel = renderSharePanel(this.contentEl, this.options);
    this.panel = panel;
    // An owner starts in "Add people or teams"; a reader stays where Obsidian put focus (the list is to read).
    void panel.ready.then(() => {
      if (this.panel === panel && panel.canShare()) panel.focusFirst();
    });
  }

  override onClose(): void {
    this.panel?.destroy();
    this.panel = undefined;
    this.contentEl.empty();
    if (current === this) current = undefined;
  }
}
