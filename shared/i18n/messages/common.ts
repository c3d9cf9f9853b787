/**
 * Words every room uses: the names of the languages and of the product,
 * counted things that appear in several places.
 */
import { defineCatalogue } from '../catalogue.js';

/** The common catalogue. */
export const common = defineCatalogue(
  'common',
  {
    'language.choose': 'Language',
    'language.en': 'English',
    'language.fr': 'French',
    'product.name': 'POC Workspace',
    'count.documents': { one: '{count} document', other: '{count} documents' },
    'count.days': { one: '{count} day', other: '{count} days' },
  },
  {
    fr: {
      'language.choose': 'Langue',
      'language.en': 'Anglais',
      'language.fr': 'Français',
      'product.name': 'POC Workspace',
      'count.documents': { one: '{count} document', other: '{count} documents' },
      'count.days': { one: '{count} jour', other: '{count} jours' },
    },
  },
);
