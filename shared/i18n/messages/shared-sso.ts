/**
 * Why single sign-on did not sign a person in, as the sign-in page says it
 * (shared/api/sso.ts): each code's message, the one naming the identity
 * provider, and the one for a code the page does not know; and the name a
 * browser session is listed under (shared/api/session-label.ts).
 */
import { defineCatalogue } from '../catalogue.js';

/** The single sign-on problem messages. */
export const sharedSsoWords = defineCatalogue(
  'shared-sso',
  {
    'sso.not-configured': 'Single sign-on is not set up on this server. Sign in with your access token, or ask your administrator.',
    'sso.unreachable': 'The identity provider could not be reached. Try again in a few minutes, or sign in with your access token.',
    'sso.unreachableAt': 'The identity provider at {issuer} could not be reached. Try again in a few minutes, or sign in with your access token.',
    'sso.expired': 'Your single sign-on took too long or was started in another browser. Start again with the single sign-on button.',
    'sso.state-mismatch': 'This single sign-on answer does not belong to the sign-in started in this browser, so it was refused to protect your account. Start again with the single sign-on button.',
    'sso.provider-refused': 'The identity provider did not sign you in (you may have cancelled). Start again with the single sign-on button, or sign in with your access token.',
    'sso.invalid-response': 'The identity provider’s answer could not be verified, so you were not signed in. Try again; if it keeps happening, tell your administrator.',
    'sso.disabled': 'Your account on this server is disabled. Ask your administrator to enable it.',
    'sso.email-conflict': 'Your identity provider does not confirm your email address, and a person with that address already exists here, so you were not signed in. Ask your administrator to link your account.',
    'sso.email-taken': 'A person with your email address already signs in here with another account of your identity provider, so you were not signed in. Sign in with that account, or ask your administrator which account is yours.',
    'sso.unknown': 'Single sign-on did not sign you in. Start again with the single sign-on button, or sign in with your access token.',
    'session.browser': 'Browser sign-in ({via})',
  },
  {
    fr: {
      'sso.not-configured': 'L’authentification unique n’est pas configurée sur ce serveur. Connectez-vous avec votre jeton d’accès, ou adressez-vous à votre administrateur.',
      'sso.unreachable': 'Le fournisseur d’identité est injoignable. Réessayez dans quelques minutes, ou connectez-vous avec votre jeton d’accès.',
      'sso.unreachableAt': 'Le fournisseur d’identité à l’adresse {issuer} est injoignable. Réessayez dans quelques minutes, ou connectez-vous avec votre jeton d’accès.',
      'sso.expired': 'Votre authentification unique a pris trop de temps ou a été commencée dans un autre navigateur. Recommencez avec le bouton d’authentification unique.',
      'sso.state-mismatch': 'Cette réponse d’authentification unique ne correspond pas à la connexion commencée dans ce navigateur\u00a0: elle a été refusée pour protéger votre compte. Recommencez avec le bouton d’authentification unique.',
      'sso.provider-refused': 'Le fournisseur d’identité ne vous a pas connecté (vous avez peut-être annulé). Recommencez avec le bouton d’authentification unique, ou connectez-vous avec votre jeton d’accès.',
      'sso.invalid-response': 'La réponse du fournisseur d’identité n’a pas pu être vérifiée\u00a0: vous n’avez pas été connecté. Réessayez\u00a0; si le problème persiste, prévenez votre administrateur.',
      'sso.disabled': 'Votre compte sur ce serveur est désactivé. Demandez à votre administrateur de le réactiver.',
      'sso.email-conflict': 'Votre fournisseur d’identité ne confirme pas votre adresse électronique et une personne ayant cette adresse existe déjà ici\u00a0: vous n’avez pas été connecté. Demandez à votre administrateur de relier votre compte.',
      'sso.email-taken': 'Une personne ayant votre adresse électronique se connecte déjà ici avec un autre compte de votre fournisseur d’identité\u00a0: vous n’avez pas été connecté. Connectez-vous avec ce compte, ou demandez à votre administrateur lequel est le vôtre.',
      'sso.unknown': 'L’authentification unique ne vous a pas connecté. Recommencez avec le bouton d’authentification unique, ou connectez-vous avec votre jeton d’accès.',
      'session.browser': {
        select: 'via',
        sso: 'Connexion depuis le navigateur (authentification unique)',
        invite: 'Connexion depuis le navigateur (invitation)',
        token: 'Connexion depuis le navigateur (jeton)',
        other: 'Connexion depuis le navigateur ({via})',
      },
    },
  },
);
