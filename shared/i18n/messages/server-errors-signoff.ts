/**
 * Why a sign-off was refused (server/docs/signoff.ts), as the sign-off dialog
 * shows it to the person signing: an office they do not hold or hold for
 * another area, a document that changed since they reviewed it, one not ready
 * to approve, too many sign-offs. Worded in the request's language; the
 * English is the historical wording the tests assert.
 */
import { defineCatalogue } from '../catalogue.js';

/** The sign-off flow's refusals, and an office holding as they name it. */
export const serverSignoffErrors = defineCatalogue(
  'server-errors-signoff',
  {
    archived: 'Document "{docId}" is archived and read-only, so nothing was signed. An administrator can unarchive it if it needs signing.',
    commentRequired: 'A rejection must say what to change: add a comment, then sign off again. Nothing was signed.',
    notFound: 'There is no document "{docId}" that you can read.',
    'office.notHeld': 'You do not hold the office "{role}", so you cannot sign for it. You hold: {holdings}.',
    'office.noneHeld': 'You do not hold the office "{role}", so you cannot sign for it. You hold no office on this server.',
    tooMany: {
      one: 'You have signed off "{docId}" too many times in a short while, so nothing was signed. Try again in {count} second.',
      other: 'You have signed off "{docId}" too many times in a short while, so nothing was signed. Try again in {count} seconds.',
    },
    notADocument: 'Document "{docId}" cannot be signed: {problem}.',
    'office.notAsked': 'The {title} does not ask "{role}" to sign. Offices that sign it: {asked}.',
    'office.notAskedByAny': 'The {title} does not ask "{role}" to sign. Offices that sign it: none.',
    'scope.area':
      'You hold "{role}" only as {holdings}, and this document covers "{area}", so you cannot sign it as {office}. A holder of that office for this document\'s area, or mission-wide, can.',
    'scope.noArea':
      'You hold "{role}" only as {holdings}, and this document names no area (its "{field}" is empty), so you cannot sign it as {office}. A holder of that office for this document\'s area, or mission-wide, can.',
    'scope.missionWide':
      'You hold "{role}" only as {holdings}, and this document is mission-wide, so you cannot sign it as {office}. A holder of that office for this document\'s area, or mission-wide, can.',
    contentChanged: 'The document changed after you reviewed it, so nothing was signed. Review the current version and sign off again.',
    notReady: {
      one: 'The {office} cannot approve this document yet: {count} problem must be fixed first.',
      other: 'The {office} cannot approve this document yet: {count} problems must be fixed first.',
    },
    'holding.missionWide': '{role} (mission-wide)',
    'holding.area': '{role}@{area}',
    'holding.docs': '{role} for {docs}',
    'holding.areaDocs': '{role}@{area} for {docs}',
  },
  {
    fr: {
      archived: 'Le document «\u00a0{docId}\u00a0» est archivé et en lecture seule\u00a0: rien n’a été signé. Un administrateur peut le désarchiver s’il doit être signé.',
      commentRequired: 'Un rejet doit dire quoi changer\u00a0: ajoutez un commentaire, puis signez à nouveau. Rien n’a été signé.',
      notFound: 'Il n’existe aucun document «\u00a0{docId}\u00a0» que vous pouvez lire.',
      'office.notHeld': 'Vous n’occupez pas la fonction «\u00a0{role}\u00a0»\u00a0: vous ne pouvez pas signer à ce titre. Vos fonctions\u00a0: {holdings}.',
      'office.noneHeld': 'Vous n’occupez pas la fonction «\u00a0{role}\u00a0»\u00a0: vous ne pouvez pas signer à ce titre. Vous n’occupez aucune fonction sur ce serveur.',
      tooMany: {
        one: 'Vous avez signé «\u00a0{docId}\u00a0» trop souvent en peu de temps\u00a0: rien n’a été signé. Réessayez dans {count} seconde.',
        other: 'Vous avez signé «\u00a0{docId}\u00a0» trop souvent en peu de temps\u00a0: rien n’a été signé. Réessayez dans {count} secondes.',
      },
      notADocument: 'Le document «\u00a0{docId}\u00a0» ne peut pas être signé\u00a0: {problem}.',
      'office.notAsked': 'Le document «\u00a0{title}\u00a0» ne demande pas la signature de «\u00a0{role}\u00a0». Fonctions qui le signent\u00a0: {asked}.',
      'office.notAskedByAny': 'Le document «\u00a0{title}\u00a0» ne demande pas la signature de «\u00a0{role}\u00a0». Fonctions qui le signent\u00a0: aucune.',
      'scope.area':
        'Vous n’occupez la fonction «\u00a0{role}\u00a0» que comme {holdings}, et ce document porte sur «\u00a0{area}\u00a0»\u00a0: vous ne pouvez pas le signer comme {office}. Le titulaire de cette fonction pour la zone du document, ou pour l’ensemble de la mission, le peut.',
      'scope.noArea':
        'Vous n’occupez la fonction «\u00a0{role}\u00a0» que comme {holdings}, et ce document ne nomme aucune zone (son champ «\u00a0{field}\u00a0» est vide)\u00a0: vous ne pouvez pas le signer comme {office}. Le titulaire de cette fonction pour la zone du document, ou pour l’ensemble de la mission, le peut.',
      'scope.missionWide':
        'Vous n’occupez la fonction «\u00a0{role}\u00a0» que comme {holdings}, et ce document concerne l’ensemble de la mission\u00a0: vous ne pouvez pas le signer comme {office}. Le titulaire de cette fonction pour la zone du document, ou pour l’ensemble de la mission, le peut.',
      contentChanged: 'Le document a changé depuis que vous l’avez relu\u00a0: rien n’a été signé. Relisez la version actuelle et signez à nouveau.',
      notReady: {
        one: '{office} ne peut pas encore approuver ce document\u00a0: {count} problème doit d’abord être corrigé.',
        other: '{office} ne peut pas encore approuver ce document\u00a0: {count} problèmes doivent d’abord être corrigés.',
      },
      'holding.missionWide': '{role} (toute la mission)',
      'holding.area': '{role}@{area}',
      'holding.docs': '{role} pour {docs}',
      'holding.areaDocs': '{role}@{area} pour {docs}',
    },
  },
);
