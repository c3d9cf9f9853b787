/**
 * What the sync server tells a person once their live connection is open: a
 * change it refused (the editor and the plugin show these words), and why it
 * closes the connection (the close frame's reason, in the status bar). Worded
 * in the language of the WebSocket's upgrade request. Close reasons hold at
 * most 123 bytes of UTF-8, so each stays short in every language
 * (test/server/sync-refusals-french.test.ts checks it); the English is the
 * product's historical wording, which tests assert byte for byte.
 */
import { defineCatalogue } from '../catalogue.js';

/** The sync server's words on an open connection: refused changes (told) and close reasons (close.*). */
export const serverLiveErrors = defineCatalogue(
  'server-errors-live',
  {
    'told.readOnly': 'You can read this document but not change it: your changes were not saved.',
    'told.commentOnly': 'You can comment but not change the content: your change to the document was not saved.',
    'told.protected': 'Your last change was not saved: {why}.',
    'told.malformed': 'Your last change could not be read by the server and was not saved. Reload the document.',
    'told.sizeLimit': 'This document has reached its size limit of {size}: your last change was not saved. Undo it, then reload.',
    'told.commentLimit': 'This document has reached its limit for comments, {size}: your last change was not saved. Undo it, then reload.',
    'why.serverOnly': '"{root}" can only be written by the server; reload the document',
    'why.signoffs': 'sign-offs can only be written by the server; reload the document',
    'close.protected': 'refused: {why}',
    'close.outOfSync': 'your change depends on content the server does not have; reconnecting resynchronises',
    'close.malformed': 'refused: the update is not valid Yjs data',
    'close.readOnly': 'refused: you have read-only access to this document',
    'close.storeFailed': 'the server could not store your change; it is sent again when you reconnect',
    'close.applyFailed': 'the server could not apply your change',
    'close.sizeLimit': 'this document has reached its size limit of {size}; your last change was not saved: undo it, then reload',
    'close.commentLimit': 'this document has reached its limit for comments, {size}; your last change was not saved: undo it, then reload',
    'close.textFrame': 'text frames are not part of the y-websocket protocol',
    'close.messageTooLarge': 'message too large ({bytes} bytes, at most {max}); undo the large change and reconnect',
    'close.tooManyUpdates': 'too many updates (more than {rate} messages per second); slow down and reconnect',
    'close.malformedMessage': 'malformed message: {problem}',
    'close.handlingFailed': 'the server failed to handle a message; reconnecting resynchronises',
    'close.openFailed': 'the server could not open this document; retry later',
    'close.shuttingDown': 'server shutting down',
    'close.tooSlow': 'you are not reading fast enough; reconnect to resynchronise',
    'close.presenceTooLarge': 'presence state too large ({bytes} bytes, at most {max})',
    'close.presenceTooMany': 'too many presence updates (more than {rate} presence updates or {size} per second); slow down and reconnect',
    'close.revoked': 'your token was revoked or expired, or you signed out',
    'close.accessWithdrawn': 'your access to this document was withdrawn',
  },
  {
    fr: {
      'told.readOnly': 'Vous pouvez lire ce document mais pas le modifier\u00a0: vos modifications n’ont pas été enregistrées.',
      'told.commentOnly': 'Vous pouvez commenter mais pas modifier le contenu\u00a0: votre modification du document n’a pas été enregistrée.',
      'told.protected': 'Votre dernière modification n’a pas été enregistrée\u00a0: {why}.',
      'told.malformed': 'Le serveur n’a pas pu lire votre dernière modification, qui n’a pas été enregistrée. Rechargez le document.',
      'told.sizeLimit': 'Ce document a atteint sa taille maximale de {size}\u00a0: votre dernière modification n’a pas été enregistrée. Annulez-la, puis rechargez.',
      'told.commentLimit': 'Ce document a atteint sa limite pour les commentaires, {size}\u00a0: votre dernière modification n’a pas été enregistrée. Annulez-la, puis rechargez.',
      'why.serverOnly': '«\u00a0{root}\u00a0» ne peut être modifié que par le serveur\u00a0; rechargez le document',
      'why.signoffs': 'seul le serveur peut écrire les signatures\u00a0; rechargez le document',
      'close.protected': 'refusé\u00a0: {why}',
      'close.outOfSync': 'votre modification dépend d’un contenu que le serveur n’a pas\u00a0; la reconnexion resynchronise',
      'close.malformed': 'refusé\u00a0: la mise à jour n’est pas une donnée Yjs valide',
      'close.readOnly': 'refusé\u00a0: vous avez un accès en lecture seule à ce document',
      'close.storeFailed': 'le serveur n’a pas pu enregistrer votre modification\u00a0; elle sera renvoyée à la reconnexion',
      'close.applyFailed': 'le serveur n’a pas pu appliquer votre modification',
      'close.sizeLimit': 'document à sa taille maximale ({size})\u00a0; dernière modification non enregistrée\u00a0: annulez-la, puis rechargez',
      'close.commentLimit': 'limite des commentaires atteinte ({size})\u00a0; dernière modification non enregistrée\u00a0: annulez-la, puis rechargez',
      'close.textFrame': 'les trames texte ne font pas partie du protocole y-websocket',
      'close.messageTooLarge': 'message trop volumineux ({bytes} octets, au plus {max})\u00a0; annulez la grosse modification et reconnectez-vous',
      'close.tooManyUpdates': 'trop de mises à jour (plus de {rate} messages par seconde)\u00a0; ralentissez et reconnectez-vous',
      'close.malformedMessage': 'message mal formé\u00a0: {problem}',
      'close.handlingFailed': 'le serveur n’a pas pu traiter un message\u00a0; la reconnexion resynchronise',
      'close.openFailed': 'le serveur n’a pas pu ouvrir ce document\u00a0; réessayez plus tard',
      'close.shuttingDown': 'arrêt du serveur',
      'close.tooSlow': 'vous ne lisez pas assez vite\u00a0; reconnectez-vous pour resynchroniser',
      'close.presenceTooLarge': 'état de présence trop volumineux ({bytes} octets, au plus {max})',
      'close.presenceTooMany': 'trop de mises à jour de présence (plus de {rate} ou {size} par seconde)\u00a0; ralentissez et reconnectez-vous',
      'close.revoked': 'votre jeton a été révoqué ou a expiré, ou vous vous êtes déconnecté',
      'close.accessWithdrawn': 'votre accès à ce document a été retiré',
    },
  },
);
