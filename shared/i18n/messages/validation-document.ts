/**
 * Validation messages of the rules every document shares: the template
 * (identity, sections, blocks, ids), the fields and their values, and the
 * links (shared/validate/generic.ts, fields.ts, link-rules.ts,
 * unfinished-link.ts). Names of sections, blocks and fields arrive already
 * written by validation-names.ts ({section}, {block}, {field}); days stay
 * written YYYY-MM-DD.
 */
import { defineCatalogue } from '../catalogue.js';

/** The messages of the template, field and link rules. */
export const validationDocument = defineCatalogue(
  'validation-document',
  {
    'content.problem': "Some stored content does not fit this document's form: {problem}",
    'template.mismatch': {
      select: 'article',
      an: 'This document is an {type} but is being checked against the "{template}" template. Open it with the {type} template.',
      other: 'This document is a {type} but is being checked against the "{template}" template. Open it with the {type} template.',
    },
    'template.version': 'This document was written for version {written} of the "{template}" template; the current one is version {current}. Review it against the current template.',
    'title.missing': 'The document has no title. Give it one so colleagues can find it.',
    'section.missing': '{section} is missing. Add it: it is required.',
    'section.emptyWrite': '{section} is empty. Write it: it is required.',
    'section.emptyAddBlock': '{section} is empty. Add at least one {type}: it is required.',
    'section.minBlocks': {
      one: '{section} needs at least one {type}; it has {has}. Add {more} more.',
      other: '{section} needs at least {count} {types}; it has {has}. Add {more} more.',
    },
    'count.has': { zero: 'none', other: '{count}' },
    'count.more': { one: 'one', other: '{count}' },
    'section.unknownPreamble': 'The text before the first section heading belongs to no section of the "{template}" template. Move it into a section, or delete it.',
    'section.unknown': 'Section {id} "{title}" is not part of the "{template}" template. Move its content into a template section, or delete it.',
    'section.repeated': 'Section {id} appears more than once. Merge the copies into one.',
    'block.unknownType': 'Block {id} is of type "{type}", which the "{template}" template does not define. Remove it, or add the block type to the template.',
    'block.notAllowedMove': '{block} does not belong in {section}. Move it to {homes}.',
    'block.notAllowedNowhere': '{block} does not belong in {section}. The template does not place this kind of block in any section.',
    'block.duplicateId': 'Two blocks have the id {id} (in {first} and {second}), so links to it are ambiguous. Give this one a new id.',
    'field.requiredBlock': 'Fill in the {field} of {block}: it is required.',
    'field.requiredDoc': "Fill in the document's {field}: it is required.",
    'value.actual': { select: 'actual', text: 'text', number: 'a number', boolean: 'yes/no', other: 'formatted text' },
    'value.expected': {
      select: 'kind',
      text: 'a short text',
      richtext: 'text',
      enum: 'one of a list of choices',
      rating: 'a rating from 1 to 5',
      date: 'a date',
      person: 'a name',
      link: 'links',
      boolean: 'yes or no',
      other: 'another kind of value',
    },
    'field.kindBlock': '{field} of {block} holds {actual} where {expected} is expected. Enter it again.',
    'field.kindDoc': "The document's {field} holds {actual} where {expected} is expected. Enter it again.",
    'field.enumBlock': '{field} of {block} is "{value}", which is not one of the allowed choices ({choices}). Pick one of them.',
    'field.enumDoc': 'The document\'s {field} is "{value}", which is not one of the allowed choices ({choices}). Pick one of them.',
    'field.ratingBlock': '{field} of {block} is {value}; a rating must be a whole number from 1 to 5.',
    'field.ratingDoc': "The document's {field} is {value}; a rating must be a whole number from 1 to 5.",
    'field.dateBlock': '{field} of {block} is "{value}", which is not a valid date. Write it as year-month-day, e.g. 2025-03-31.',
    'field.dateDoc': 'The document\'s {field} is "{value}", which is not a valid date. Write it as year-month-day, e.g. 2025-03-31.',
    'field.unknownBlock': '{block} has a value for "{key}", which its template does not define. Remove it, or add the field to the template.',
    'field.unknownDoc': 'The document has a value for "{key}", which its template does not define. Remove it, or add the field to the template.',
    'place.section': 'in {section}',
    'place.blockField': 'in {field} of {block}',
    'place.docField': "in the document's {field}",
    'link.unresolvedHere': 'The link to {id} {place} points to nothing: this document has no item {id}. Fix the link or remove it.',
    'link.unresolvedOther': 'The link to {id} of document "{doc}" {place} points to nothing: that document or item does not exist. Fix the link or remove it.',
    'link.targetType': 'The {field} link {place} must point to {targets}, but {id} is {actual}. Link to the right kind of item.',
    'link.unreadable': {
      one: 'The link of this document to "{doc}" cannot be checked: that document ({where}) could not be read. Fix the problem reported for it; its links will then be checked.',
      other: 'The {count} links of this document to "{doc}" cannot be checked: that document ({where}) could not be read. Fix the problem reported for it; its links will then be checked.',
    },
    'link.docUnresolved': 'The document "{doc}" named {place} does not exist. Fix the link or remove it.',
    'link.docTargetType': 'The document "{doc}" named {place} is {actual}, not {targets}. Link to the right document.',
    'link.unfinishedSection':
      'The text of {section} still holds "{found}", the start of a link that was never finished. Type [[ again and choose the block to link to, or delete the brackets.',
    'link.unfinishedField':
      '{block}: {field} still holds "{found}", the start of a link that was never finished. Type [[ again and choose the block to link to, or delete the brackets.',
  },
  {
    fr: {
      'content.problem': 'Une partie du contenu enregistré ne correspond pas à la forme de ce document\u00a0: {problem}',
      'template.mismatch': {
        select: 'article',
        other: 'Ce document est de type «\u00a0{type}\u00a0», mais il est vérifié avec le modèle «\u00a0{template}\u00a0». Ouvrez-le avec le modèle {type}.',
      },
      'template.version': 'Ce document a été rédigé pour la version {written} du modèle «\u00a0{template}\u00a0»\u00a0; la version actuelle est la {current}. Revoyez-le au regard du modèle actuel.',
      'title.missing': "Le document n'a pas de titre. Donnez-lui-en un pour que vos collègues puissent le retrouver.",
      'section.missing': 'La {section} est absente. Ajoutez-la\u00a0: elle est obligatoire.',
      'section.emptyWrite': 'La {section} est vide. Rédigez-la\u00a0: elle est obligatoire.',
      'section.emptyAddBlock': 'La {section} est vide. Ajoutez-y au moins un bloc «\u00a0{type}\u00a0»\u00a0: elle est obligatoire.',
      'section.minBlocks': {
        one: 'La {section} doit contenir au moins un bloc «\u00a0{type}\u00a0»\u00a0; nombre actuel\u00a0: {has}. Ajoutez-en {more}.',
        other: 'La {section} doit contenir au moins {count} blocs {types}\u00a0; nombre actuel\u00a0: {has}. Ajoutez-en {more}.',
      },
      'count.has': { zero: 'aucun', other: '{count}' },
      'count.more': { one: 'un', other: '{count}' },
      'section.unknownPreamble':
        "Le texte qui précède le premier titre de section n'appartient à aucune section du modèle «\u00a0{template}\u00a0». Déplacez-le dans une section, ou supprimez-le.",
      'section.unknown': 'La section {id} «\u00a0{title}\u00a0» ne fait pas partie du modèle «\u00a0{template}\u00a0». Déplacez son contenu dans une section du modèle, ou supprimez-la.',
      'section.repeated': 'La section {id} apparaît plusieurs fois. Fusionnez les copies en une seule.',
      'block.unknownType': 'Le bloc {id} est de type «\u00a0{type}\u00a0», que le modèle «\u00a0{template}\u00a0» ne définit pas. Supprimez-le, ou ajoutez ce type de bloc au modèle.',
      'block.notAllowedMove': "Le {block} n'a pas sa place dans la {section}. Déplacez-le vers la {homes}.",
      'block.notAllowedNowhere': "Le {block} n'a pas sa place dans la {section}. Le modèle ne place ce type de bloc dans aucune section.",
      'block.duplicateId':
        "Deux blocs ont l'identifiant {id} (dans la {first} et dans la {second})\u00a0: les liens vers cet identifiant sont ambigus. Donnez un nouvel identifiant à celui-ci.",
      'field.requiredBlock': 'Renseignez le {field} du {block}\u00a0: il est obligatoire.',
      'field.requiredDoc': 'Renseignez le {field} du document\u00a0: il est obligatoire.',
      'value.actual': { select: 'actual', text: 'du texte', number: 'un nombre', boolean: 'une valeur oui/non', other: 'du texte mis en forme' },
      'value.expected': {
        select: 'kind',
        text: 'un texte court',
        richtext: 'du texte',
        enum: "l'un des choix d'une liste",
        rating: 'une note de 1 à 5',
        date: 'une date',
        person: 'un nom',
        link: 'des liens',
        boolean: 'oui ou non',
        other: "une valeur d'un autre type",
      },
      'field.kindBlock': "Le {field} du {block} contient {actual} alors qu'il faut {expected}. Saisissez-le à nouveau.",
      'field.kindDoc': "Le {field} du document contient {actual} alors qu'il faut {expected}. Saisissez-le à nouveau.",
      'field.enumBlock': 'Le {field} du {block} vaut «\u00a0{value}\u00a0», qui ne fait pas partie des choix possibles ({choices}). Choisissez-en un.',
      'field.enumDoc': 'Le {field} du document vaut «\u00a0{value}\u00a0», qui ne fait pas partie des choix possibles ({choices}). Choisissez-en un.',
      'field.ratingBlock': 'Le {field} du {block} vaut {value}\u00a0; une note doit être un nombre entier de 1 à 5.',
      'field.ratingDoc': 'Le {field} du document vaut {value}\u00a0; une note doit être un nombre entier de 1 à 5.',
      'field.dateBlock': "Le {field} du {block} vaut «\u00a0{value}\u00a0», qui n'est pas une date valide. Écrivez-la sous la forme année-mois-jour, par exemple 2025-03-31.",
      'field.dateDoc': "Le {field} du document vaut «\u00a0{value}\u00a0», qui n'est pas une date valide. Écrivez-la sous la forme année-mois-jour, par exemple 2025-03-31.",
      'field.unknownBlock': 'Le {block} a une valeur pour «\u00a0{key}\u00a0», un champ que son modèle ne définit pas. Supprimez-la, ou ajoutez le champ au modèle.',
      'field.unknownDoc': 'Le document a une valeur pour «\u00a0{key}\u00a0», un champ que son modèle ne définit pas. Supprimez-la, ou ajoutez le champ au modèle.',
      'place.section': 'dans la {section}',
      'place.blockField': 'dans le {field} du {block}',
      'place.docField': 'dans le {field} du document',
      'link.unresolvedHere': "Le lien vers {id} {place} ne mène nulle part\u00a0: ce document n'a pas d'élément {id}. Corrigez le lien ou supprimez-le.",
      'link.unresolvedOther': "Le lien vers {id} du document «\u00a0{doc}\u00a0» {place} ne mène nulle part\u00a0: ce document ou cet élément n'existe pas. Corrigez le lien ou supprimez-le.",
      'link.targetType': "Le lien du {field} {place} doit pointer vers {targets}, mais {id} est {actual}. Liez-le au bon type d'élément.",
      'link.unreadable': {
        one: "Le lien de ce document vers «\u00a0{doc}\u00a0» ne peut pas être vérifié\u00a0: ce document ({where}) n'a pas pu être lu. Corrigez le problème signalé pour lui\u00a0; ses liens seront alors vérifiés.",
        other:
          "Les {count} liens de ce document vers «\u00a0{doc}\u00a0» ne peuvent pas être vérifiés\u00a0: ce document ({where}) n'a pas pu être lu. Corrigez le problème signalé pour lui\u00a0; ses liens seront alors vérifiés.",
      },
      'link.docUnresolved': "Le document «\u00a0{doc}\u00a0» indiqué {place} n'existe pas. Corrigez le lien ou supprimez-le.",
      'link.docTargetType': 'Le document «\u00a0{doc}\u00a0» indiqué {place} est {actual}, et non {targets}. Liez-le au bon document.',
      'link.unfinishedSection':
        "Le texte de la {section} contient encore «\u00a0{found}\u00a0», le début d'un lien jamais terminé. Tapez à nouveau [[ et choisissez le bloc à lier, ou supprimez les crochets.",
      'link.unfinishedField':
        "Le {field} du {block} contient encore «\u00a0{found}\u00a0», le début d'un lien jamais terminé. Tapez à nouveau [[ et choisissez le bloc à lier, ou supprimez les crochets.",
    },
  },
);
