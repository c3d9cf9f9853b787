/**
 * The help of `poc serve`'s single sign-on and public address flags
 * (cli/identity-flags.ts), and its refusals of a half-configured identity
 * provider. Flag and variable names are not translated.
 */
import { defineCatalogue } from '../catalogue.js';

/** The identity flags' catalogue. */
export const cliIdentity = defineCatalogue(
  'cli-identity',
  {
    'option.publicUrl': 'the address people reach the server at, e.g. https://poc.mission.example (invite links and the single sign-on redirect URI <url>/auth/callback are built on it)',
    'option.oidcIssuer': "the OpenID Connect provider's issuer URL: people may then sign in with single sign-on (needs the client id and secret and --public-url)",
    'option.oidcClientId': 'the client id this server is registered under at the provider',
    'option.oidcClientSecret': 'the client secret; prefer the POC_OIDC_CLIENT_SECRET environment variable, since other users of this computer can read command lines',
    'option.oidcLabel': 'the single sign-on button\'s label (default "{label}")',
    'option.oidcTeamClaim': 'an ID token claim (e.g. groups) whose values put people in the teams with that claim value at each sign-in',
    'option.oidcAllowHttp': 'accept an http:// issuer (a provider on this machine or a test only; never in production)',
    'secretFlags': 'POC_OIDC_CLIENT_SECRET (or --oidc-client-secret)',
    'clientWithoutIssuer': 'A client id or secret was given without --oidc-issuer (POC_OIDC_ISSUER): add the provider’s issuer URL, or remove them.',
    'missing': 'Single sign-on with {issuer} also needs {missing}: the provider registers this server under a client id and secret, and sends people back to <public-url>/auth/callback.',
    'notHttps': "The issuer {issuer} is not https: people's identities would cross the network in clear. Use the provider's https:// address (--oidc-allow-http only for a provider on this machine or a test).",
    'notUrl': '{flag} "{value}" is not a URL; give one like https://poc.mission.example.',
    'notHttpUrl': '{flag} "{value}" is not an http(s) URL; give one like https://poc.mission.example.',
  },
  {
    fr: {
      'option.publicUrl':
        'l’adresse à laquelle on joint le serveur, p. ex. https://poc.mission.example (les liens d’invitation et l’URI de redirection de l’authentification unique <url>/auth/callback en dépendent)',
      'option.oidcIssuer': 'l’URL d’émetteur du fournisseur OpenID Connect\u00a0: on peut alors se connecter par authentification unique (il faut aussi l’identifiant et le secret du client, et --public-url)',
      'option.oidcClientId': 'l’identifiant de client sous lequel ce serveur est enregistré chez le fournisseur',
      'option.oidcClientSecret': 'le secret du client\u00a0; préférez la variable d’environnement POC_OIDC_CLIENT_SECRET, car les autres utilisateurs de cet ordinateur peuvent lire les lignes de commande',
      'option.oidcLabel': 'le libellé du bouton d’authentification unique (par défaut «\u00a0{label}\u00a0»)',
      'option.oidcTeamClaim': 'une revendication du jeton d’identité (p. ex. groups) dont les valeurs placent les personnes, à chaque connexion, dans les équipes qui ont cette valeur',
      'option.oidcAllowHttp': 'accepter un émetteur en http:// (uniquement pour un fournisseur sur cette machine ou un test\u00a0; jamais en production)',
      'secretFlags': 'POC_OIDC_CLIENT_SECRET (ou --oidc-client-secret)',
      'clientWithoutIssuer': 'Un identifiant ou un secret de client a été donné sans --oidc-issuer (POC_OIDC_ISSUER)\u00a0: ajoutez l’URL d’émetteur du fournisseur, ou retirez-les.',
      'missing':
        'L’authentification unique avec {issuer} demande aussi {missing}\u00a0: le fournisseur enregistre ce serveur sous un identifiant et un secret de client, et renvoie les personnes vers <public-url>/auth/callback.',
      'notHttps':
        'L’émetteur {issuer} n’est pas en https\u00a0: l’identité des personnes circulerait en clair sur le réseau. Utilisez l’adresse https:// du fournisseur (--oidc-allow-http uniquement pour un fournisseur sur cette machine ou un test).',
      'notUrl': '{flag} «\u00a0{value}\u00a0» n’est pas une URL\u00a0; donnez-en une comme https://poc.mission.example.',
      'notHttpUrl': '{flag} «\u00a0{value}\u00a0» n’est pas une URL http(s)\u00a0; donnez-en une comme https://poc.mission.example.',
    },
  },
);
