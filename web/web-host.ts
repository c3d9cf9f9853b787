/**
 * The web page as the editor's host (editor/editor-host.ts): its session, the
 * user it was given, and the server calls through the shared API client
 * (the server's key, the user's offices, sign-off, signed versions). A sign-off
 * is sent as the person confirmed it in the editor's confirmation (decision and comment).
 * Whether the editor is read-only comes from the person's access to the
 * document (`fetchAccess`); the page sets `readOnly` before each mount.
 */
import { ApiError } from '../shared/api/client.js';
import { currentKey, holdingsOf } from '../shared/api/identity.js';
import type { OfficeHolding } from '../shared/signoff/offices.js';
import type { DocModel } from '../shared/model/types.js';
import { TemplateSet } from '../shared/template/set.js';
import { missionToday, missionZone } from '../shared/time/mission-day.js';
import type { DocumentAccess } from '../editor/access.js';
import type { EditorHost, HostIdentity } from '../editor/editor-host.js';
import type { EditorUser } from '../editor/editor-contract.js';
import { CONTENT_CHANGED } from '../editor/signoff-refusal.js';
import { apiClient, type ApiTarget, shownError } from './api-client.js';
import type { WebSession } from './web-session.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { webDocument } from '../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** What the page knows when it opens a document. */
export interface WebHostOptions {
  session: WebSession;
  docId: string;
  api: ApiTarget;
  user: EditorUser;
  /** Offices the user holds; asked of the server (/api/me) when not given. */
  offices?: string[];
  /** Today as YYYY-MM-DD, fixed (reproducible validation); the mission's date otherwise. */
  today?: string;
  /** Shows the person a message (the page's notice line). */
  notify: (message: string) => void;
}

/** The person's access to the document, as the server answers it; undefined when it cannot be asked (the editor then stays editable, and a refused write is still said). */
export async function fetchAccess(target: ApiTarget, docId: string): Promise<DocumentAccess | undefined> {
  try {
    const d = await apiClient(target).document(docId);
    return { access: d.access, ...(d.archived ? { archived: true } : {}) };
  } catch {
    return undefined;
  }
}

/** The editor host of one document in the page; the identity is asked of the server once, on first need. */
export function webHost(opts: WebHostOptions): EditorHost {
  const { docId } = opts;
  const api = apiClient(opts.api);
  let known: HostIdentity = { offices: opts.offices ?? [] };
  let asked: Promise<HostIdentity> | undefined;
  // The mission's time zone, as the server says; deadlines count in it (through missionZone: the device's zone until the server has answered, or if this browser lacks the server's).
  let timeZone: string | undefined;
  const identity = (): Promise<HostIdentity> =>
    (asked ??= Promise.all([
      api
        .keys()
        .then((r) => currentKey(r.keys))
        .catch(() => undefined),
      api.me().then(
        (r): { offices: string[]; holdings?: OfficeHolding[]; username: string; name: string } => {
          timeZone = r.timeZone;
          const who = { username: r.username, name: r.name };
          return opts.offices ? { offices: opts.offices, ...who } : { offices: r.offices, holdings: holdingsOf(r), ...who };
        },
        () => ({ offices: opts.offices ?? [] }),
      ),
    ]).then(([publicKey, held]) => (known = { ...held, ...(publicKey ? { publicKey } : {}) })));
  return {
    session: opts.session,
    templates: TemplateSet.builtin(),
    user: opts.user,
    readOnly: false,
    today: opts.today ? () => opts.today! : () => missionToday(missionZone(timeZone)),
    notify: opts.notify,
    server: {
      knownIdentity: () => known,
      identity,
      async signOff({ role, decision, comment, contentHash, changedMessage }) {
        await api.signOff(docId, { role, decision, comment, contentHash }).catch((e: unknown) => {
          throw e instanceof ApiError && e.code === CONTENT_CHANGED ? new Error(changedMessage()) : shownError(e);
        });
      },
      async signedVersion(signoffId: string): Promise<DocModel> {
        const v = await api.signedVersion(docId, signoffId).catch((e: unknown) => {
          throw shownError(e);
        });
        if (!v.model) throw new Error(t('editor.noModel'));
        return v.model;
      },
      // For @mentions: nobody to suggest is better than an error while writing a comment.
      people: () => api.people(docId).catch(() => []),
    },
  };
}
