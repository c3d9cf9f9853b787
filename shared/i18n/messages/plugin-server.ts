/**
 * What the Obsidian plugin says about its server (plugin/sync/,
 * plugin/auth/device-sign-in.ts, plugin/identity-lookup.ts,
 * plugin/services.ts): a call that failed and what to change, signing in
 * through the browser, a server that does not answer, a token that would
 * travel unencrypted. A failed call names what was being done as an action
 * ("list the documents"), the shared client's words for it
 * (api-client.ts `action.*`), put whole into the sentence: in French the
 * sentences never put "de" before it, as an action may start with a vowel.
 */
import { defineCatalogue } from '../catalogue.js';

/** The plugin server messages' catalogue. */
export const pluginServerWords = defineCatalogue(
  'plugin-server',
  {
    // Why a call failed (server-client.ts).
    'call.failed': 'Could not {action}: {reason}',
    'call.notUnderstood': 'The server\'s answer to "{action}" was not understood; is the address that of a POC sync server?',
    'call.unreachable': 'Could not reach the server to {action}. Check the server address in the plugin settings and your connection.',
    'call.token': 'The server did not accept your access token, so it could not {action}. Paste a current token in the plugin settings.',
    'call.forbidden': 'You are not allowed to {action}.',
    'call.notFound': 'The server could not find what was asked for ({action}).',
    'call.notReady': 'The server refused to {action} because the document is not ready.',
    'call.status': 'The server could not {action} (status {status}).',
    'call.serverSays': '{advice} The server says: {message}',
    'call.noKey': 'The server\'s answer to "{action}" holds no usable key.',
    'call.noModel': 'The server\'s answer to "{action}" holds no document model.',
    'session.closed': 'The server closed the connection.',
    // Who the user is (identity-lookup.ts), and a token that would travel unencrypted (services.ts).
    'identity.timeout':
      'The sync server did not answer within {seconds} s, so sign-offs cannot be checked or made yet. POC Workspace asks again when the connection comes back.',
    'unencrypted.notice':
      'POC Workspace is not connecting to {address}: it would send your access token unencrypted over the network, where others could read it and act as you. Ask your administrator for a wss:// address. For a test server on a network you trust, turn on "Send my token unencrypted" in the plugin settings. Until then you work on this device only.',
    // Signing in through the browser (device-sign-in.ts).
    'signIn.noAddress': 'Type your server’s address in the POC Workspace settings first, then sign in with your browser.',
    'signIn.unencrypted':
      'Signing in to {server} would bring your token over the network unencrypted. Ask your administrator for an https:// (wss://) address, or turn on “Send my token unencrypted” for a test server on a network you trust.',
    'signIn.foreignLink':
      'POC Workspace ignored a sign-in link that does not belong to the sign-in this Obsidian started. If you did not just allow this device in your browser, someone may be trying to sign you in as them; start again from the plugin’s settings.',
    'signIn.noneWaiting': 'POC Workspace ignored a sign-in link: no sign-in is waiting here (they last 10 minutes). Start again with “Sign in with your browser” in the plugin’s settings.',
    'signIn.noCode': 'The sign-in link from your browser carries no code. Start again with “Sign in with your browser” in the plugin’s settings.',
    'signIn.codeWithoutStart': 'No sign-in is waiting in this Obsidian (they last 10 minutes): choose “Sign in with your browser” first, then paste the code it shows.',
    'signIn.addressChanged': 'The server address changed since this sign-in started (it was {server}). Start again with “Sign in with your browser”.',
    'signIn.failed': 'POC Workspace could not finish signing in. {reason}',
    'signIn.done': 'Signed in as {name} ({username}).',
    'signIn.doneNotice': 'POC Workspace: Signed in as {name} ({username}).',
  },
  {
    fr: {
      'call.failed': 'Le module n’a pas pu {action}\u00a0: {reason}',
      'call.notUnderstood': 'La réponse du serveur à la demande «\u00a0{action}\u00a0» n’a pas été comprise\u00a0; l’adresse est-elle bien celle d’un serveur de synchronisation POC\u00a0?',
      'call.unreachable': 'Impossible de joindre le serveur pour {action}. Vérifiez l’adresse du serveur dans les paramètres du module, ainsi que votre connexion.',
      'call.token': 'Le serveur n’a pas accepté votre jeton d’accès\u00a0: il n’a donc pas pu {action}. Collez un jeton valide dans les paramètres du module.',
      'call.forbidden': 'Vous n’êtes pas autorisé à {action}.',
      'call.notFound': 'Le serveur n’a pas trouvé ce qui était demandé ({action}).',
      'call.notReady': 'Le serveur n’a pas pu {action}\u00a0: le document n’est pas prêt.',
      'call.status': 'Le serveur n’a pas pu {action} (statut {status}).',
      'call.serverSays': '{advice} Le serveur indique\u00a0: {message}',
      'call.noKey': 'La réponse du serveur à la demande «\u00a0{action}\u00a0» ne contient aucune clé utilisable.',
      'call.noModel': 'La réponse du serveur à la demande «\u00a0{action}\u00a0» ne contient aucun modèle de document.',
      'session.closed': 'Le serveur a fermé la connexion.',
      'identity.timeout':
        'Le serveur de synchronisation n’a pas répondu dans les {seconds} s\u00a0: les signatures ne peuvent donc pas encore être vérifiées ni données. POC Workspace le demandera à nouveau au retour de la connexion.',
      'unencrypted.notice':
        'POC Workspace ne se connecte pas à {address}\u00a0: il enverrait votre jeton d’accès sans chiffrement sur le réseau, où d’autres pourraient le lire et agir en votre nom. Demandez une adresse wss:// à votre administrateur. Pour un serveur de test sur un réseau de confiance, activez «\u00a0Envoyer mon jeton sans chiffrement\u00a0» dans les paramètres du module. D’ici là, vous travaillez sur cet appareil seulement.',
      'signIn.noAddress': 'Saisissez d’abord l’adresse de votre serveur dans les paramètres de POC Workspace, puis connectez-vous avec votre navigateur.',
      'signIn.unencrypted':
        'Se connecter à {server} ferait passer votre jeton sans chiffrement sur le réseau. Demandez une adresse https:// (wss://) à votre administrateur, ou activez «\u00a0Envoyer mon jeton sans chiffrement\u00a0» pour un serveur de test sur un réseau de confiance.',
      'signIn.foreignLink':
        'POC Workspace a ignoré un lien de connexion qui n’appartient pas à la connexion lancée par cet Obsidian. Si vous n’avez pas autorisé cet appareil à l’instant dans votre navigateur, quelqu’un tente peut-être de vous connecter sous son identité\u00a0; recommencez depuis les paramètres du module.',
      'signIn.noneWaiting': 'POC Workspace a ignoré un lien de connexion\u00a0: aucune connexion n’est en attente ici (elles durent 10 minutes). Recommencez avec «\u00a0Se connecter avec votre navigateur\u00a0» dans les paramètres du module.',
      'signIn.noCode': 'Le lien de connexion venu de votre navigateur ne contient aucun code. Recommencez avec «\u00a0Se connecter avec votre navigateur\u00a0» dans les paramètres du module.',
      'signIn.codeWithoutStart': 'Aucune connexion n’est en attente dans cet Obsidian (elles durent 10 minutes)\u00a0: choisissez d’abord «\u00a0Se connecter avec votre navigateur\u00a0», puis collez le code affiché.',
      'signIn.addressChanged': 'L’adresse du serveur a changé depuis le début de cette connexion (c’était {server}). Recommencez avec «\u00a0Se connecter avec votre navigateur\u00a0».',
      'signIn.failed': 'POC Workspace n’a pas pu terminer la connexion. {reason}',
      'signIn.done': 'Connecté en tant que {name} ({username}).',
      'signIn.doneNotice': 'POC Workspace\u00a0: connecté en tant que {name} ({username}).',
    },
  },
);
