// The API client's own messages (a server not reached, an answer not understood, a refusal without the API's shape)
// in the language of its `language` option; English when it has none, as before.
import { describe, expect, it } from 'vitest';
import { ApiClient, type ApiError, type ApiFetch, type ApiResponse } from '../../../shared/api/client.js';
import { PeopleApi } from '../../../shared/api/people-client.js';

/** A fetch that answers every call with `status` and `body`. */
const answering =
  (status: number, body: string): ApiFetch =>
  async () =>
    ({ status, text: async () => body, arrayBuffer: async () => new ArrayBuffer(0) }) satisfies ApiResponse;

/** A fetch whose network fails, as a browser's does when the server is down. */
const unreachable: ApiFetch = async () => {
  throw new Error('connect ECONNREFUSED 127.0.0.1:1');
};

/** The error a call ends with. */
async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the call did not fail');
}

const client = (fetch: ApiFetch, language?: string) => new ApiClient({ baseUrl: 'http://127.0.0.1:1', fetch, ...(language ? { language: () => language } : {}) });

describe('the API client speaks French to a French reader', () => {
  it('says in French that the server could not be reached, naming what it was doing', async () => {
    const e = await failureOf(client(unreachable, 'fr').listDocuments());
    expect(e.code).toBe('unreachable');
    expect(e.message).toBe('Impossible de joindre http://127.0.0.1:1 pour lister les documents (connect ECONNREFUSED 127.0.0.1:1). Vérifiez l’adresse du serveur et votre connexion.');
  });

  it('says in English that the server could not be reached when the host gives no language', async () => {
    const e = await failureOf(client(unreachable).listDocuments());
    expect(e.message).toBe('Could not reach http://127.0.0.1:1 to list the documents (connect ECONNREFUSED 127.0.0.1:1). Check the server address and your connection.');
  });

  it('says in French that an answer was not understood, naming the document it was reading', async () => {
    const e = await failureOf(client(answering(200, '{"nothing": true}'), 'fr').document('plan-est'));
    expect(e.code).toBe('not-understood');
    expect(e.message).toBe(
      'La réponse du serveur à «\u00a0lire le document «\u00a0plan-est\u00a0»\u00a0» n’a pas été comprise\u00a0; http://127.0.0.1:1 est-il bien un serveur de synchronisation POC de cette version\u00a0?',
    );
  });

  it('keeps the English of a not-understood answer as it was', async () => {
    const e = await failureOf(client(answering(200, '{"nothing": true}')).document('plan-est'));
    expect(e.message).toBe('The server\'s answer to "read document "plan-est"" was not understood; is http://127.0.0.1:1 a POC sync server of this version?');
  });

  it('words a refusal without the API shape in French, with its status', async () => {
    const e = await failureOf(client(answering(502, '<html>Bad gateway</html>'), 'fr-CD').saveVersion('plan-est', 'Projet'));
    expect(e.code).toBe('http-502');
    expect(e.message).toBe('Le serveur n’a pas pu enregistrer la version (statut 502).');
  });

  it('puts the server’s own (French) message into a French sentence, keeping the server’s code', async () => {
    const body = JSON.stringify({ error: { code: 'not-owner', message: 'Seul un propriétaire de «\u00a0plan-est\u00a0» peut modifier les accès\u00a0; vous en êtes lecteur.' } });
    const e = await failureOf(client(answering(403, body), 'fr').grant('plan-est', 'amina', 'editor'));
    expect(e.code).toBe('not-owner');
    expect(e.serverMessage).toBe('Seul un propriétaire de «\u00a0plan-est\u00a0» peut modifier les accès\u00a0; vous en êtes lecteur.');
    expect(e.message).toBe('Le serveur n’a pas pu donner à amina l’accès de rédacteur\u00a0: Seul un propriétaire de «\u00a0plan-est\u00a0» peut modifier les accès\u00a0; vous en êtes lecteur.');
  });

  it('words the people client’s actions in French too', async () => {
    const e = await failureOf(new PeopleApi(client(unreachable, 'fr')).teams());
    expect(e.message).toMatch(/^Impossible de joindre http:\/\/127\.0\.0\.1:1 pour lister les équipes /);
  });

  it('follows the host’s language as it changes between calls', async () => {
    let language = 'fr';
    const api = new ApiClient({ baseUrl: 'http://127.0.0.1:1', fetch: unreachable, language: () => language });
    expect((await failureOf(api.me())).message).toMatch(/^Impossible de joindre .* pour vous identifier /);
    language = 'en';
    expect((await failureOf(api.me())).message).toMatch(/^Could not reach .* to identify you /);
  });
});
