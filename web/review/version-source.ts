/**
 * Where the review pages get versions from: a small interface, so the
 * pages work against the server's version history (`apiVersionSource`)
 * and against an in-memory history in the browser tests alike.
 */
import type { DocModel } from '../../shared/model/types.js';
import type { SignedVersion } from '../../shared/api/signoffs.js';
import type { VersionEntry, VersionsResponse } from '../../shared/api/versions.js';
import type { DocDetail } from '../../shared/api/documents.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** One document's versions, as the signed-in person may see and change them. */
export interface VersionSource {
  /** The history, newest first, with the versions this person last signed and viewed. */
  list(): Promise<VersionsResponse>;
  /** The content of one version; rejects with a message a person can read when it cannot be shown. */
  model(versionId: string): Promise<DocModel>;
  /** The content now. */
  current(): Promise<DocModel>;
  /** Saves the content now under a name; answers the new version. */
  save(name: string): Promise<VersionEntry>;
  /** Makes a version the content again, as a new change; answers the new "restored" version. */
  restore(versionId: string): Promise<VersionEntry>;
  /** Whether this person may change the document (save and restore); viewers only read. */
  mayEdit(): Promise<boolean>;
  /** Records that this person has seen the content now (what "changed since I last looked" starts from). */
  markViewed(): Promise<void>;
}

/** The calls of the API client the server-backed source needs (the version history methods of `ApiClient`). */
export interface VersionsApi {
  versions(docId: string): Promise<VersionsResponse>;
  version(docId: string, versionId: string): Promise<SignedVersion>;
  saveVersion(docId: string, name: string): Promise<VersionEntry>;
  restoreVersion(docId: string, versionId: string): Promise<VersionEntry>;
  markViewed(docId: string): Promise<unknown>;
  document(docId: string, options?: { includeModel?: boolean }): Promise<DocDetail>;
}

/** The versions of `docId` on the server, called as the person `api` signs in as. */
export function apiVersionSource(api: VersionsApi, docId: string): VersionSource {
  const detail = () => api.document(docId, { includeModel: true });
  return {
    list: () => api.versions(docId),
    async model(versionId) {
      const v = await api.version(docId, versionId);
      if (!v.model) throw new Error(t('review.noModel'));
      return v.model;
    },
    async current() {
      const d = await detail();
      if (!d.model) throw new Error(t('review.noContent'));
      return d.model;
    },
    save: (name) => api.saveVersion(docId, name),
    restore: (versionId) => api.restoreVersion(docId, versionId),
    mayEdit: async () => (await api.document(docId)).access !== 'viewer',
    markViewed: async () => void (await api.markViewed(docId)),
  };
}
