/**
 * The list of changes between two versions of a document (shared/diff/):
 * one sentence per change and the summary line above the list. Section
 * names, block titles and field labels come in as placeholders, in the
 * language of the template the caller gives.
 */
import { defineCatalogue } from '../catalogue.js';

/** The words of a list of changes. */
export const sharedDiffWords = defineCatalogue(
  'shared-diff',
  {
    'field.title': 'Title',
    'field.text': 'Text',
    'field.type': 'Type',
    'change.title': 'Title changed from "{from}" to "{to}"',
    'change.documentFields': 'Document fields changed: {fields}',
    'change.sectionAdded': 'Section {section} added',
    'change.sectionRemoved': 'Section {section} removed',
    'change.sectionText': '{section}: text changed',
    'change.blockAdded': '{section}: {id} "{title}" added',
    'change.blockRemoved': '{section}: {id} "{title}" removed',
    'change.blockChanged': '{section}: {id} "{title}" — {fields} changed',
    'change.blockMoved': '{section}: {id} "{title}" moved here from {from}',
    'change.blockMovedChanged': '{section}: {id} "{title}" moved here from {from}; {fields} changed',
    'summary.none': 'No changes',
    'summary.blocks.changed': { one: '{count} block changed', other: '{count} blocks changed' },
    'summary.blocks.added': { one: '{count} block added', other: '{count} blocks added' },
    'summary.blocks.removed': { one: '{count} block removed', other: '{count} blocks removed' },
    'summary.blocks.moved': { one: '{count} block moved', other: '{count} blocks moved' },
    'summary.more.changed': '{count} changed',
    'summary.more.added': '{count} added',
    'summary.more.removed': '{count} removed',
    'summary.more.moved': '{count} moved',
    'summary.inSections': { one: '{blocks} in {count} section', other: '{blocks} in {count} sections' },
    'summary.textChanged': { one: 'text changed in {count} section', other: 'text changed in {count} sections' },
    'summary.sectionsAddedRemoved': { one: '{count} section added or removed', other: '{count} sections added or removed' },
    'summary.titleChanged': 'the title changed',
    'summary.documentFieldsChanged': 'document fields changed',
    'summary.separator': '; ',
  },
  {
    fr: {
      'field.title': 'Titre',
      'field.text': 'Texte',
      'field.type': 'Type',
      'change.title': 'Titre modifié\u00a0: «\u00a0{from}\u00a0» devient «\u00a0{to}\u00a0»',
      'change.documentFields': 'Champs du document modifiés\u00a0: {fields}',
      'change.sectionAdded': 'Section {section} ajoutée',
      'change.sectionRemoved': 'Section {section} supprimée',
      'change.sectionText': '{section}\u00a0: texte modifié',
      'change.blockAdded': '{section}\u00a0: {id} «\u00a0{title}\u00a0» ajouté',
      'change.blockRemoved': '{section}\u00a0: {id} «\u00a0{title}\u00a0» supprimé',
      'change.blockChanged': '{section}\u00a0: {id} «\u00a0{title}\u00a0» — modifié\u00a0: {fields}',
      'change.blockMoved': '{section}\u00a0: {id} «\u00a0{title}\u00a0» déplacé ici depuis {from}',
      'change.blockMovedChanged': '{section}\u00a0: {id} «\u00a0{title}\u00a0» déplacé ici depuis {from}\u00a0; modifié\u00a0: {fields}',
      'summary.none': 'Aucune modification',
      'summary.blocks.changed': { one: '{count} bloc modifié', other: '{count} blocs modifiés' },
      'summary.blocks.added': { one: '{count} bloc ajouté', other: '{count} blocs ajoutés' },
      'summary.blocks.removed': { one: '{count} bloc supprimé', other: '{count} blocs supprimés' },
      'summary.blocks.moved': { one: '{count} bloc déplacé', other: '{count} blocs déplacés' },
      'summary.more.changed': { one: '{count} modifié', other: '{count} modifiés' },
      'summary.more.added': { one: '{count} ajouté', other: '{count} ajoutés' },
      'summary.more.removed': { one: '{count} supprimé', other: '{count} supprimés' },
      'summary.more.moved': { one: '{count} déplacé', other: '{count} déplacés' },
      'summary.inSections': { one: '{blocks} dans {count} section', other: '{blocks} dans {count} sections' },
      'summary.textChanged': { one: 'texte modifié dans {count} section', other: 'texte modifié dans {count} sections' },
      'summary.sectionsAddedRemoved': { one: '{count} section ajoutée ou supprimée', other: '{count} sections ajoutées ou supprimées' },
      'summary.titleChanged': 'le titre a changé',
      'summary.documentFieldsChanged': 'champs du document modifiés',
      'summary.separator': '\u00a0; ',
    },
  },
);
