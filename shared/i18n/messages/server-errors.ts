/**
 * How the HTTP API refuses (server/http): the `message` of its
 * `{"error": {"code", "message"}}` answers, in the language of the request's
 * Accept-Language. The `code` and status never change with the language.
 * Waits take `count` as text, so English keeps "in 3600 seconds" as it always
 * read while French still agrees in number.
 */
import { defineCatalogue } from '../catalogue.js';

/** The HTTP API's refusals: requests, sign-ins, access, rate limits. */
export const serverErrors = defineCatalogue(
  'server-errors',
  {
    internal: 'The server failed to answer this request; the error is in its log.',
    'endpoint.none': 'Nothing is served at {path}. See server/README.md for the API.',
    'endpoint.method': '{method} is not supported here; use {allowed}.',
    'request.invalid': 'The {part} is not valid: {problems}.',
    unrecorded: "The server could not record this action in its audit trail ({cause}), so it did not do it; nothing was changed. Retry later; if it persists, the server's disk may be full.",
    'rate.requests': 'Too many requests from your address; try again in {count} seconds.',
    'rate.failedLogins': 'Too many failed logins from your address; check your token and try again in {count} seconds.',
    'rate.failedSignIns': 'Too many failed sign-ins from your address; check your access token and try again in {count} seconds.',
    'rate.failedInvites': 'Too many failed sign-ins from your address; try again in {count} seconds, or ask the administrator for a new link.',
    'rate.failedDevices': 'Too many failed sign-ins from your address; start again from the plugin’s settings in {count} seconds.',
    'rate.devices': 'You have allowed too many devices in a short time; try again in {count} minutes.',
    'origin.missing': 'This change did not say which page sent it, so it was refused to protect your account; open the workspace at {own} and try again.',
    'origin.missingNoOwn': 'This change did not say which page sent it, so it was refused to protect your account; open the workspace at its own address and try again.',
    'origin.other': 'This change was sent from another site ({origin}), so it was refused to protect your account; open the workspace at {own} and try again.',
    'origin.otherNoOwn': 'This change was sent from another site ({origin}), so it was refused to protect your account; open the workspace at its own address and try again.',
    'document.notReadable': 'There is no document "{docId}" that you can read.',
    'document.notAdministrable': 'There is no document "{docId}" that you can administer.',
    'document.notOwner': {
      select: 'access',
      editor: 'Only an owner of "{docId}" can change who has access; you are an editor.',
      commenter: 'Only an owner of "{docId}" can change who has access; you are a commenter.',
      other: 'Only an owner of "{docId}" can change who has access; you are a viewer.',
    },
    'session.tokenRefused': 'This access token was not accepted: {reason}.',
    'session.none': 'You are not signed in with a browser session here (this request carried an access token instead), so there is nothing to sign out.',
    'invite.refused': 'This invite link does not work: it was already used, has expired, or was replaced by a newer one. Ask the administrator who invited you for a new link.',
    'invite.notSignedIn': 'This invite could not sign you in: {reason}.',
    'admin.only': 'Only an administrator of this server can do this; ask one of them if you need it done.',
    'admin.notTokenId': '"{text}" is not a token id; list the person\'s tokens to see theirs.',
    'member.noUser': 'There is no user named "{username}".',
    'member.noGrant': '{username} has no grant of their own on "{docId}".',
    'version.none': 'Document "{docId}" has no version "{versionId}".',
    'device.badCode':
      'This sign-in code is not valid: it was already used, it expired (codes last 5 minutes), or it does not belong to this device. Start again with "Sign in with your browser" in the plugin’s settings.',
    'device.notSignedIn': 'This device cannot be signed in: {reason}.',
    'device.none': 'You have no device or token with id {tokenId} that still works; it may be signed out already. Reload your devices to see them as they are.',
  },
  {
    fr: {
      internal: 'Le serveur n’a pas pu répondre à cette requête\u00a0; l’erreur figure dans son journal.',
      'endpoint.none': 'Rien n’est servi à l’adresse {path}. L’API est décrite dans server/README.md.',
      'endpoint.method': '{method} n’est pas pris en charge ici\u00a0; utilisez {allowed}.',
      'request.invalid': 'La requête n’est pas valide ({part})\u00a0: {problems}.',
      unrecorded: 'Le serveur n’a pas pu consigner cette action dans son journal d’audit ({cause})\u00a0; elle n’a donc pas été effectuée et rien n’a été modifié. Réessayez plus tard\u00a0; si le problème persiste, le disque du serveur est peut-être plein.',
      'rate.requests': { one: 'Trop de requêtes depuis votre adresse\u00a0; réessayez dans {count} seconde.', other: 'Trop de requêtes depuis votre adresse\u00a0; réessayez dans {count} secondes.' },
      'rate.failedLogins': {
        one: 'Trop d’échecs de connexion depuis votre adresse\u00a0; vérifiez votre jeton et réessayez dans {count} seconde.',
        other: 'Trop d’échecs de connexion depuis votre adresse\u00a0; vérifiez votre jeton et réessayez dans {count} secondes.',
      },
      'rate.failedSignIns': {
        one: 'Trop d’échecs de connexion depuis votre adresse\u00a0; vérifiez votre jeton d’accès et réessayez dans {count} seconde.',
        other: 'Trop d’échecs de connexion depuis votre adresse\u00a0; vérifiez votre jeton d’accès et réessayez dans {count} secondes.',
      },
      'rate.failedInvites': {
        one: 'Trop d’échecs de connexion depuis votre adresse\u00a0; réessayez dans {count} seconde, ou demandez un nouveau lien à l’administrateur.',
        other: 'Trop d’échecs de connexion depuis votre adresse\u00a0; réessayez dans {count} secondes, ou demandez un nouveau lien à l’administrateur.',
      },
      'rate.failedDevices': {
        one: 'Trop d’échecs de connexion depuis votre adresse\u00a0; recommencez depuis les paramètres du module dans {count} seconde.',
        other: 'Trop d’échecs de connexion depuis votre adresse\u00a0; recommencez depuis les paramètres du module dans {count} secondes.',
      },
      'rate.devices': {
        one: 'Vous avez autorisé trop d’appareils en peu de temps\u00a0; réessayez dans {count} minute.',
        other: 'Vous avez autorisé trop d’appareils en peu de temps\u00a0; réessayez dans {count} minutes.',
      },
      'origin.missing': 'Cette modification n’indiquait pas la page qui l’a envoyée\u00a0; elle a donc été refusée pour protéger votre compte. Ouvrez l’espace de travail à l’adresse {own} et réessayez.',
      'origin.missingNoOwn': 'Cette modification n’indiquait pas la page qui l’a envoyée\u00a0; elle a donc été refusée pour protéger votre compte. Ouvrez l’espace de travail à sa propre adresse et réessayez.',
      'origin.other': 'Cette modification a été envoyée depuis un autre site ({origin})\u00a0; elle a donc été refusée pour protéger votre compte. Ouvrez l’espace de travail à l’adresse {own} et réessayez.',
      'origin.otherNoOwn': 'Cette modification a été envoyée depuis un autre site ({origin})\u00a0; elle a donc été refusée pour protéger votre compte. Ouvrez l’espace de travail à sa propre adresse et réessayez.',
      'document.notReadable': 'Aucun document «\u00a0{docId}\u00a0» ne vous est accessible en lecture.',
      'document.notAdministrable': 'Aucun document «\u00a0{docId}\u00a0» ne relève de votre administration.',
      'document.notOwner': {
        select: 'access',
        editor: 'Seul un propriétaire de «\u00a0{docId}\u00a0» peut modifier les accès\u00a0; vous en êtes rédacteur.',
        commenter: 'Seul un propriétaire de «\u00a0{docId}\u00a0» peut modifier les accès\u00a0; vous en êtes commentateur.',
        other: 'Seul un propriétaire de «\u00a0{docId}\u00a0» peut modifier les accès\u00a0; vous en êtes lecteur.',
      },
      'session.tokenRefused': 'Ce jeton d’accès n’a pas été accepté\u00a0: {reason}.',
      'session.none': 'Vous n’êtes pas connecté ici par une session du navigateur (cette requête portait un jeton d’accès)\u00a0; il n’y a donc rien à déconnecter.',
      'invite.refused': 'Ce lien d’invitation ne fonctionne pas\u00a0: il a déjà été utilisé, a expiré ou a été remplacé par un lien plus récent. Demandez un nouveau lien à l’administrateur qui vous a invité.',
      'invite.notSignedIn': 'Cette invitation n’a pas pu vous connecter\u00a0: {reason}.',
      'admin.only': 'Seul un administrateur de ce serveur peut effectuer cette opération\u00a0; adressez-vous à l’un d’eux si elle est nécessaire.',
      'admin.notTokenId': '«\u00a0{text}\u00a0» n’est pas un identifiant de jeton\u00a0; affichez les jetons de la personne pour voir les siens.',
      'member.noUser': 'Aucun utilisateur ne s’appelle «\u00a0{username}\u00a0».',
      'member.noGrant': '{username} n’a pas d’accès propre sur «\u00a0{docId}\u00a0».',
      'version.none': 'Le document «\u00a0{docId}\u00a0» n’a pas de version «\u00a0{versionId}\u00a0».',
      'device.badCode':
        'Ce code de connexion n’est pas valide\u00a0: il a déjà été utilisé, il a expiré (un code est valable 5 minutes) ou il n’appartient pas à cet appareil. Recommencez avec «\u00a0Se connecter avec votre navigateur\u00a0» dans les paramètres du module.',
      'device.notSignedIn': 'Cet appareil ne peut pas être connecté\u00a0: {reason}.',
      'device.none': 'Vous n’avez aucun appareil ni jeton encore valide portant l’identifiant {tokenId}\u00a0; il a peut-être déjà été déconnecté. Rechargez la liste de vos appareils pour la voir à jour.',
    },
  },
);
