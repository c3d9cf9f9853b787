/**
 * Why a live connection (the WebSocket of the sync server) is refused before
 * it opens, as its close frame says it to the plugin's status bar and the
 * web editor: too many connections, an outdated app, an unrecorded audit.
 * A close reason holds at most 123 bytes of UTF-8, so each stays short in
 * every language (test/server/sync-refusals-french.test.ts checks it).
 */
import { defineCatalogue } from '../catalogue.js';

/** The sync server's reasons for refusing a connection. */
export const serverSyncErrors = defineCatalogue(
  'server-errors-sync',
  {
    'connects.tooMany': 'too many connections from your address; retry in {seconds} s',
    'logins.tooMany': 'too many failed logins from your address; retry in {seconds} s',
    'client.outdated': 'your POC Workspace app is older than this server: update it, then open the document again (nothing was changed)',
    'audit.unrecorded': 'the server could not record this connection in its audit trail; retry later',
  },
  {
    fr: {
      'connects.tooMany': 'trop de connexions depuis votre adresse\u00a0; réessayez dans {seconds} s',
      'logins.tooMany': 'trop d’échecs de connexion depuis votre adresse\u00a0; réessayez dans {seconds} s',
      'client.outdated': 'votre application POC Workspace est plus ancienne que ce serveur\u00a0: mettez-la à jour et rouvrez le document',
      'audit.unrecorded': 'le serveur n’a pas pu consigner cette connexion dans son journal d’audit\u00a0; réessayez plus tard',
    },
  },
);
