/**
 * The mission picture's own sentences (shared/picture/): why a document is
 * on a sign-off list, a RED resource gap, a document past its validity, the
 * facet value "Not set", and what the picture says when sign-offs are not
 * known. Office labels and titles come in as placeholders, in the language
 * of the template.
 */
import { defineCatalogue } from '../catalogue.js';

/** The mission picture's words. */
export const sharedPictureWords = defineCatalogue(
  'shared-picture',
  {
    'signoff.missing': "Waiting for the {office}'s sign-off.",
    'signoff.rejected': 'The {office} sent it back: see the comment on the rejection, change the document and ask again.',
    'signoff.stale': 'The {office} approved an earlier version; the document changed since, so the current text needs their approval again.',
    'red.gap': 'RED: {gap}',
    'red.undescribed': 'RED: the mission cannot carry out this task for lack of resources, and the gap is not described yet.',
    'pastValidity': 'Valid until {until}, which has passed: review it and have it endorsed again, or archive it if another document replaced it.',
    'facet.notSet': 'Not set',
    'signoffs.unknownAll': 'Sign-offs are kept on the server, not in the files: the sign-off lists cover only documents read from the server.',
    'signoffs.unknownSome': 'Sign-offs are known for {known} of {documents} documents (those read from the server).',
  },
  {
    fr: {
      'signoff.missing': 'En attente de la signature\u00a0: {office}.',
      'signoff.rejected': 'Renvoyé par {office}\u00a0: lisez le commentaire joint au rejet, modifiez le document et soumettez-le de nouveau.',
      'signoff.stale': 'Approuvé par {office} dans une version antérieure\u00a0; le document a changé depuis\u00a0: le texte actuel doit être approuvé de nouveau.',
      'red.gap': 'ROUGE\u00a0: {gap}',
      'red.undescribed': 'ROUGE\u00a0: la mission ne peut pas accomplir cette tâche faute de ressources, et la lacune n’est pas encore décrite.',
      'pastValidity': 'Valable jusqu’au {until}, date dépassée\u00a0: réexaminez-le et faites-le approuver de nouveau, ou archivez-le si un autre document l’a remplacé.',
      'facet.notSet': 'Non renseigné',
      'signoffs.unknownAll': 'Les signatures sont conservées sur le serveur, pas dans les fichiers\u00a0: les listes de signatures ne couvrent que les documents lus depuis le serveur.',
      'signoffs.unknownSome': 'Les signatures sont connues pour {known} documents sur {documents} (ceux lus depuis le serveur).',
    },
  },
);
