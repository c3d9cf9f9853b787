/**
 * What the Share dialog asks of its host: who has access to a document,
 * people and teams by name, and the four changes an owner makes. The web
 * page and the plugin both pass `shareSourceOver` their own API client (the
 * page's cookie, the plugin's token over `requestUrl`), so the dialog never
 * knows how the server is reached.
 */
import type { ApiClient } from '../../shared/api/client.js';
import type { DirectoryResponse, DocAccessResponse } from '../../shared/api/people.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import type { AccessLevel } from '../../shared/access-levels.js';

/** A team's level on a document: never owner. */
export type TeamLevel = Exclude<AccessLevel, 'owner'>;

/** The reads and changes behind the Share dialog; each rejects with an error whose message a person can act on. */
export interface ShareSource {
  access(docId: string): Promise<DocAccessResponse>;
  directory(q: string): Promise<DirectoryResponse>;
  grantPerson(docId: string, username: string, level: AccessLevel): Promise<void>;
  revokePerson(docId: string, username: string): Promise<void>;
  grantTeam(docId: string, teamId: string, level: TeamLevel): Promise<void>;
  revokeTeam(docId: string, teamId: string): Promise<void>;
}

/** The Share dialog's source over one API client: people grants through the client, the rest through PeopleApi. */
export function shareSourceOver(api: ApiClient): ShareSource {
  const people = new PeopleApi(api);
  return {
    access: (docId) => people.docAccess(docId),
    directory: (q) => people.directory(q),
    grantPerson: async (docId, username, level) => void (await api.grant(docId, username, level)),
    revokePerson: (docId, username) => api.revoke(docId, username),
    grantTeam: (docId, teamId, level) => people.grantTeam(docId, teamId, level),
    revokeTeam: (docId, teamId) => people.revokeTeam(docId, teamId),
  };
}
