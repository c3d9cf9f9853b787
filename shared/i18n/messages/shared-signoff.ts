/**
 * Why a sign-off does not count for a document as it is now
 * (shared/signoff/latest.ts) and why a sign-off record does not verify
 * (shared/signoff/record.ts), as the sign-off panel and the mission picture
 * say them.
 */
import { defineCatalogue } from '../catalogue.js';

/** The words of sign-offs that do not count or do not verify. */
export const sharedSignoffWords = defineCatalogue(
  'shared-signoff',
  {
    'notCounted.type': 'given when this document was a "{was}", and it is now a "{now}"',
    'notCounted.area': 'given for area "{was}", and this document now covers "{now}"',
    'notCounted.noArea': 'given for area "{was}", and this document now covers no area',
    'invalid.malformed': 'malformed sign-off record: {problem}',
    'invalid.malformedUnknown': 'malformed sign-off record: unknown problem',
    'invalid.signature': 'the signature does not match the server key: this record was not issued by the server or was altered',
    'invalid.otherDocument': 'the record was signed for document "{doc}", not this one',
    'invalid.unknownKey': 'signed with key {key}, which the server does not publish',
  },
  {
    fr: {
      'notCounted.type': 'donnée quand ce document était de type «\u00a0{was}\u00a0», alors qu’il est maintenant de type «\u00a0{now}\u00a0»',
      'notCounted.area': 'donnée pour la zone «\u00a0{was}\u00a0», alors que ce document couvre maintenant «\u00a0{now}\u00a0»',
      'notCounted.noArea': 'donnée pour la zone «\u00a0{was}\u00a0», alors que ce document ne couvre plus aucune zone',
      'invalid.malformed': 'enregistrement de signature mal formé\u00a0: {problem}',
      'invalid.malformedUnknown': 'enregistrement de signature mal formé\u00a0: problème inconnu',
      'invalid.signature': 'la signature ne correspond pas à la clé du serveur\u00a0: cet enregistrement n’a pas été émis par le serveur ou a été modifié',
      'invalid.otherDocument': 'l’enregistrement a été signé pour le document «\u00a0{doc}\u00a0», pas pour celui-ci',
      'invalid.unknownKey': 'signé avec la clé {key}, que le serveur ne publie pas',
    },
  },
);
