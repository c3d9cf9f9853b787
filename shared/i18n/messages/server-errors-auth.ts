/**
 * Why the server does not know or accept the caller (server/auth): a token
 * missing, unknown, revoked or expired, a ticket spent, a session over, an
 * account disabled. These are reasons, not sentences: the API answers them
 * as they are or inside a sentence ("This access token was not accepted:
 * {reason}."), so they start lower-case and end without a full stop. The
 * WebSocket's close frame carries them too, which holds 123 bytes: French
 * stays within that (test/server/sync-refusals-french.test.ts).
 */
import { defineCatalogue } from '../catalogue.js';

/** The server's reasons for not knowing or accepting a caller. */
export const serverAuthErrors = defineCatalogue(
  'server-errors-auth',
  {
    'token.missing': 'no token: pass ?token=<token> (WebSocket) or "Authorization: Bearer <token>" (HTTP)',
    'token.unknown': 'unknown token: ask an administrator for a new one ("poc user token <username>")',
    'token.revoked': 'this token was revoked on {date}; ask an administrator for a new one',
    'token.expired': 'this token expired on {date}; ask an administrator for a new one ("poc user token <username>")',
    'token.userGone': 'the token belongs to a user who no longer exists',
    'token.inUrl': 'this server does not accept tokens in the URL: exchange the token for a ticket (POST /api/tickets) and connect with ?ticket=',
    'account.disabled': 'your account was disabled by an administrator; ask them if you think this is wrong',
    'ticket.unknown': 'unknown or already used ticket: ask for a new one (POST /api/tickets) for every connection',
    'ticket.expired': 'this ticket expired (tickets are valid 60 seconds): ask for a new one just before connecting',
    'ticket.otherDocument': 'this ticket was issued for another document: ask for one for this document',
    'session.signedOut': 'you signed out of this browser session; sign in again',
    'session.ended': 'your session has ended; sign in again with your access token',
    'session.endedBecause': 'your session has ended: {reason}',
    'document.none': 'no such document, or you have no access to it; check the id, or ask its owner for access',
  },
  {
    fr: {
      'token.missing': 'aucun jeton\u00a0: passez ?token=<jeton> (WebSocket) ou «\u00a0Authorization: Bearer <jeton>\u00a0» (HTTP)',
      'token.unknown': 'jeton inconnu\u00a0: demandez-en un nouveau à un administrateur («\u00a0poc user token <identifiant>\u00a0»)',
      'token.revoked': 'ce jeton a été révoqué le {date}\u00a0; demandez-en un nouveau à un administrateur',
      'token.expired': 'ce jeton a expiré le {date}\u00a0; demandez-en un nouveau à un administrateur («\u00a0poc user token <identifiant>\u00a0»)',
      'token.userGone': 'ce jeton appartient à un utilisateur qui n’existe plus',
      'token.inUrl': 'jeton refusé dans l’adresse\u00a0: demandez un ticket (POST /api/tickets) et connectez-vous avec ?ticket=',
      'account.disabled': 'votre compte a été désactivé par un administrateur\u00a0; contactez-le en cas d’erreur',
      'ticket.unknown': 'ticket inconnu ou déjà utilisé\u00a0: demandez-en un nouveau (POST /api/tickets) pour chaque connexion',
      'ticket.expired': 'ce ticket a expiré (un ticket est valable 60 secondes)\u00a0: demandez-en un nouveau juste avant de vous connecter',
      'ticket.otherDocument': 'ce ticket a été délivré pour un autre document\u00a0: demandez-en un pour ce document',
      'session.signedOut': 'vous vous êtes déconnecté de cette session du navigateur\u00a0; reconnectez-vous',
      'session.ended': 'votre session a pris fin\u00a0; reconnectez-vous avec votre jeton d’accès',
      'session.endedBecause': 'votre session a pris fin\u00a0: {reason}',
      'document.none': 'document introuvable, ou accès refusé\u00a0; vérifiez l’identifiant ou demandez l’accès à son propriétaire',
    },
  },
);
