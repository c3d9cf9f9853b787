/**
 * How values and statuses read wherever shared/ writes them for people: a
 * flag as Yes/No, a rating by its word, an empty value, a status. The
 * reading view, the exports and the lists of changes use these, so a value
 * reads the same on screen, on paper and in a review.
 */
import { defineCatalogue } from '../catalogue.js';

/** The words of values and statuses. */
export const sharedValueWords = defineCatalogue(
  'shared-values',
  {
    'value.yes': 'Yes',
    'value.no': 'No',
    'value.empty': '(empty)',
    'value.ratingWithWord': '{n} ({word})',
    'value.ratingOutOf5': '{n} of 5',
    'rating.likelihood.1': 'rare',
    'rating.likelihood.2': 'unlikely',
    'rating.likelihood.3': 'possible',
    'rating.likelihood.4': 'likely',
    'rating.likelihood.5': 'almost certain',
    'rating.impact.1': 'minor',
    'rating.impact.2': 'moderate',
    'rating.impact.3': 'serious',
    'rating.impact.4': 'severe',
    'rating.impact.5': 'catastrophic',
    'status.draft': 'Draft',
    'status.in-review': 'In review',
    'status.approved': 'Approved',
    'status.archived': 'Archived',
  },
  {
    fr: {
      'value.yes': 'Oui',
      'value.no': 'Non',
      'value.empty': '(vide)',
      'value.ratingWithWord': '{n} ({word})',
      'value.ratingOutOf5': '{n} sur 5',
      'rating.likelihood.1': 'rare',
      'rating.likelihood.2': 'peu probable',
      'rating.likelihood.3': 'possible',
      'rating.likelihood.4': 'probable',
      'rating.likelihood.5': 'quasi certaine',
      'rating.impact.1': 'mineur',
      'rating.impact.2': 'modéré',
      'rating.impact.3': 'grave',
      'rating.impact.4': 'très grave',
      'rating.impact.5': 'catastrophique',
      'status.draft': 'Projet',
      'status.in-review': 'En examen',
      'status.approved': 'Approuvé',
      'status.archived': 'Archivé',
    },
  },
);
