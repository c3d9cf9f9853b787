/**
 * What the API answers a request body it cannot take (shared/api's
 * `BodyProblem`s): not JSON, too large, a field missing or wrong. JSON
 * examples are placeholders, so their keys and values read the same in
 * every language (they are the API's own words).
 */
import { defineCatalogue } from '../catalogue.js';

/** The API's answers to refused request bodies. */
export const serverBodyErrors = defineCatalogue(
  'server-errors-body',
  {
    'body.notObject': 'The request body must be a JSON object.',
    'body.badJson': 'The request body is not valid JSON: {detail}',
    'body.notJson': 'Send the body as JSON with "{header}".',
    'body.tooLarge': 'The request body is larger than {limit} bytes.',
    'signIn.token': 'Give your access token: {example}.',
    'version.name': 'Give the version a name of 1 to {max} characters: {example}.',
    'signoff.role': 'Give the office you sign for: {example}.',
    'signoff.decision': 'Give {approved} or {rejected}.',
    'signoff.comment': 'The comment must be text of at most {max} characters.',
    'signoff.contentHash': 'Give the content hash of the version you reviewed, as "sha256:" and 64 hex digits.',
    'signoff.contentHashRequired':
      'A sign-off must say which version the person reviewed ("contentHash", from GET /api/docs/:id), so that only that version is signed. Nothing was signed: update your client, review the document again and sign off.',
    'grant.access': 'Give {example}.',
    'share.access': 'Give {example} (a team is never an owner).',
    'create.body': 'Give {example} and, to choose the id, {idExample}; to write it in French, {langExample}.',
    'create.badLang': 'The document\'s language must be one of {langs} ({langExample} for French), or left out for English.',
  },
  {
    fr: {
      'body.notObject': 'Le corps de la requête doit être un objet JSON.',
      'body.badJson': 'Le corps de la requête n’est pas du JSON valide\u00a0: {detail}',
      'body.notJson': 'Envoyez le corps en JSON avec l’en-tête «\u00a0{header}\u00a0».',
      'body.tooLarge': 'Le corps de la requête dépasse {limit} octets.',
      'signIn.token': 'Indiquez votre jeton d’accès\u00a0: {example}.',
      'version.name': 'Donnez à la version un nom de 1 à {max} caractères\u00a0: {example}.',
      'signoff.role': 'Indiquez la fonction au titre de laquelle vous signez\u00a0: {example}.',
      'signoff.decision': 'Indiquez {approved} ou {rejected}.',
      'signoff.comment': 'Le commentaire doit être un texte d’au plus {max} caractères.',
      'signoff.contentHash': 'Indiquez l’empreinte du contenu de la version que vous avez examinée, sous la forme «\u00a0sha256:\u00a0» suivi de 64 chiffres hexadécimaux.',
      'signoff.contentHashRequired':
        'Une signature doit préciser la version que la personne a examinée («\u00a0contentHash\u00a0», obtenu par GET /api/docs/:id), afin que seule cette version soit signée. Rien n’a été signé\u00a0: mettez à jour votre client, examinez de nouveau le document, puis signez.',
      'grant.access': 'Indiquez {example}.',
      'share.access': 'Indiquez {example} (une équipe n’est jamais propriétaire).',
      'create.body': 'Indiquez {example} et, pour choisir l’identifiant, {idExample}\u00a0; pour l’écrire en français, {langExample}.',
      'create.badLang': 'La langue du document doit être l’une de {langs} ({langExample} pour le français), ou ne pas être indiquée pour l’anglais.',
    },
  },
);
