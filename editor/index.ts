// The structured collaborative editor for POC documents and its panels (used by the Obsidian view and the web page).
export { mountEditor } from './mount.js';
export { mountDocument, type DocumentPlaces, type EditorParts, type MountedDocument } from './document-mount.js';
export type { EditorHost, HostIdentity, HostServer, HostSession, SignoffAsk } from './editor-host.js';
export type { ConnectionState, SessionStatus } from './session-status.js';
export { renderValidationPanel, type PanelHandle } from './panels/validation-panel.js';
export { renderSignoffPanel, type SignoffPanelOptions } from './panels/signoff-panel.js';
export { renderCommentsPanel, type CommentsPanelHandle, type CommentsPanelOptions, type CommentPerson } from './panels/comments-panel.js';
export { openShareDialog, renderSharePanel, type ShareOptions, type SharePanelHandle } from './panels/share-dialog.js';
export { type ShareSource, shareSourceOver } from './panels/share-source.js';
export { modelDiff, type Change } from '../shared/diff/model-diff.js';
export type { Backlink, Diagnostic, EditorHandle, EditorOptions, EditorUser, LinkCandidate, LinkTargetInfo, Location } from './editor-contract.js';
