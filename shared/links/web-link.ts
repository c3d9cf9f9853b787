/**
 * Addresses of the web workspace (issue 13): the one place that says how a
 * document, a block in it, and a document's review pages are written as a
 * path or a full URL, and how such a path is read back. The web app routes
 * with `readWebPath`; the plugin's "Copy web link" and the home page write
 * links with `webDocumentPath` / `webDocumentUrl`, so a link one makes the
 * other opens.
 *
 *     /d/<docId>            the document, live
 *     /d/<docId>#T-3        …scrolled to block T-3, highlighted
 *     /d/<docId>/history    its versions
 *     /d/<docId>/changes    what changed between two versions
 *     /d/<docId>/read       the reading view (of now, or ?v=<version id>)
 */
import { endpointsOf } from '../api/server-address.js';
import { isValidDocId } from '../model/ids.js';

/** The pages of one document besides the live editor. */
export const DOCUMENT_VIEWS = ['history', 'changes', 'read'] as const;
export type DocumentView = (typeof DOCUMENT_VIEWS)[number];

/** A web workspace path read back: which document, which of its pages, and the block the fragment names. */
export interface WebDocumentTarget {
  docId: string;
  /** Absent: the live editor. */
  view?: DocumentView;
  /** The block id of the fragment ("T-3"), when it names one. */
  blockId?: string;
}

/** Block ids as the templates make them ("T-3", "A-12", "RC-1"): letters, a dash, digits; kept loose so a template's new prefix still links. */
const BLOCK_ID = /^[A-Za-z][A-Za-z0-9]*-[0-9A-Za-z]+$/;

/** The path of a document (optionally one of its pages, optionally scrolled to a block), e.g. "/d/tm-juba#T-3". */
export function webDocumentPath(docId: string, blockId?: string, view?: DocumentView): string {
  return `/d/${encodeURIComponent(docId)}${view ? `/${view}` : ''}${blockId ? `#${encodeURIComponent(blockId)}` : ''}`;
}

/** The full address of a document in the web workspace of a server (given as the person typed it: http(s) or ws(s)); undefined when the address is not a server URL. */
export function webDocumentUrl(serverUrl: string, docId: string, blockId?: string): string | undefined {
  const base = endpointsOf(serverUrl)?.http;
  return base === undefined ? undefined : `${base}${webDocumentPath(docId, blockId)}`;
}

/** Reads a path and fragment of the web workspace as a document target; undefined when the path is not a document's (or names no valid id). */
export function readWebPath(pathname: string, hash = ''): WebDocumentTarget | undefined {
  const m = /^\/d\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(pathname);
  if (!m) return undefined;
  let docId: string;
  try {
    docId = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  if (!isValidDocId(docId)) return undefined;
  const view = m[2];
  if (view !== undefined && !(DOCUMENT_VIEWS as readonly string[]).includes(view)) return undefined;
  const blockId = blockOfFragment(hash);
  return { docId, ...(view ? { view: view as DocumentView } : {}), ...(blockId ? { blockId } : {}) };
}

/** The block id a URL fragment names ("#T-3" → "T-3"), or undefined when it names none. */
export function blockOfFragment(hash: string): string | undefined {
  let raw: string;
  try {
    raw = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  return BLOCK_ID.test(raw) ? raw : undefined;
}
