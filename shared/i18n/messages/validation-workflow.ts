/**
 * Validation messages of the steps a document goes through before it is
 * endorsed: consultations and their timing, sign-offs and the Approved
 * status, the strategy's dissemination plan, the operations brief's
 * recommendation and decision, and the conversion of a version-1 brief
 * (shared/validate/consultation*.ts, signoff-rules.ts, dissemination.ts,
 * operations-brief.ts, brief-version-1.ts). {office}, {party} and the like
 * are the template's labels in the reader's language; days stay YYYY-MM-DD.
 */
import { defineCatalogue } from '../catalogue.js';

/** The messages of the consultation, sign-off, dissemination and operations-brief rules. */
export const validationWorkflow = defineCatalogue(
  'validation-workflow',
  {
    'consultation.outcomeMissing': {
      select: 'stage',
      endorsing: 'The consultation with {party} ({id}) has no outcome recorded. Write down what came of it. The document is already going for endorsement, so this must be done first.',
      other: 'The consultation with {party} ({id}) has no outcome recorded. Write down what came of it. Do this before the document goes for endorsement.',
    },
    'consultation.missing': {
      select: 'stage',
      endorsing: 'No consultation with {party} is recorded. Add one with its outcome in {section}. The document is already going for endorsement, so this must be done first.',
      other: 'No consultation with {party} is recorded. Add one with its outcome in {section}. Do this before the document goes for endorsement.',
    },
    'consultation.tooLateField':
      "The first consultation with {party} ({id}) is dated {date}, after {field} ({limit}); it must come first. If an earlier discussion took place, record it with its date (or correct this one's date); otherwise hold it now and revise the draft with its outcome.",
    'consultation.tooLateSignoff':
      "The first consultation with {party} ({id}) is dated {date}, after the {office}'s sign-off ({limit}); it must come first. If the date is wrong, correct it; otherwise the {office} signed without it: hold or record the consultation, and the {office} signs again.",
    'approved.noOffices':
      'This document says Approved, but the {template} template asks no office to sign, so nothing can approve it. Set the status back to In review; it becomes Approved by itself when the last office signs.',
    'approved.unverified':
      'This document says Approved, but its approvals could not be verified here: no sign-off is known to this copy (it needs {order}). Open it from the server to see its sign-offs; if it was never signed, set the status back to In review; it becomes Approved by itself when the last office signs.',
    'approved.notSigned': 'This document says Approved, but {reasons}. Set the status back to In review; it becomes Approved by itself when the last office signs.',
    'approved.whyMissing': 'the {office} has not signed it off',
    'approved.whyRejected': 'the {office} rejected it, and that rejection still stands',
    'approved.whyStale': 'the {office} approved an earlier version, and the text changed since',
    'signoff.unknownRole': '{who} signed as "{role}", an office the "{template}" template does not ask to sign. This sign-off does not count towards endorsement.',
    'signoff.stateRejected': 'the {office} rejected it, and that rejection still stands',
    'signoff.stateNotYet': 'the {office} has not signed off yet',
    'signoff.order': {
      one: 'An approval by the {office} comes too early: {states}. Sign-offs go in this order: {order}, so {who} must approve first.',
      other: 'An approval by the {office} comes too early: {states}. Sign-offs go in this order: {order}, so {who} must approve first.',
    },
    'dissemination.audience': 'the {audience}',
    'dissemination.missing': {
      one: 'The dissemination plan has no row for {names}. Before the strategy goes for endorsement, add a row for each audience that must receive it: {musts} receives the full strategy.',
      other: 'The dissemination plan has no row for {names}. Before the strategy goes for endorsement, add a row for each audience that must receive it: {musts} receive the full strategy.',
    },
    'brief.decisionBeforeConsultation': {
      select: 'recorded',
      approval:
        "The SRSG's approval (the decision) is recorded, but the consultation with {who} is not. Record the consultation and its outcome first; the decision must rest on it (Annex B VIII, II.d before II.e).",
      other: "The SRSG's comment is recorded, but the consultation with {who} is not. Record the consultation and its outcome first; the decision must rest on it (Annex B VIII, II.d before II.e).",
    },
    'brief.commentUnsigned': {
      select: 'known',
      unsigned:
        "The SRSG's decision section says something, but the {office} has not signed off this brief. The decision is the {office}'s sign-off: approving approves the recommended option, rejecting approves none. Clear this text; the {office}'s conditions go in the comment of the sign-off (Annex B VIII, II.e).",
      other:
        "The SRSG's decision section says something, but no sign-off by the {office} is known to this copy. The decision is the {office}'s sign-off: approving approves the recommended option, rejecting approves none. Clear this text; the {office}'s conditions go in the comment of the sign-off (Annex B VIII, II.e).",
    },
    'brief.oneOption':
      "The Force Commander's recommendation names more than one option ({names}). Keep the one the Force Commander recommends and take the others out: the SRSG's approval approves exactly the recommended option (Annex B VIII, II.c).",
    'brief.noOption': {
      select: 'options',
      some: "The Force Commander's recommendation {id} does not name an option. Link it to one of the options ({list}).",
      other: "The Force Commander's recommendation {id} does not name an option. Add the options first, then link the recommended one.",
    },
    'brief.notAnOption': {
      select: 'options',
      some: "The {field} of the Force Commander's recommendation {id} is not an option of this brief. Link it to one of the options ({list}).",
      other: "The {field} of the Force Commander's recommendation {id} is not an option of this brief. Add the options first, then link the recommended one.",
    },
    'brief.collateralDamage':
      '{block} does not state its {field}. Every option must say what harm it could cause to civilians — write "none expected" and why if that is the case.',
    'v1.message': {
      select: 'signed',
      approved:
        "This brief was written for version {old} of the \"{template}\" template, where the SRSG's decision was typed into II.e. In version {version} the decision is the {decider}'s sign-off, given after the Force Commander's (Annex B VIII, II.c–II.e). The brief is not converted by itself, because that would change signed content and no text can stand for a sign-off. To convert it: {steps}. The {decider}'s approval of {date} was given on the version-{signedVersion} text and stays on record; after these changes the {decider} signs the new text.",
      rejected:
        "This brief was written for version {old} of the \"{template}\" template, where the SRSG's decision was typed into II.e. In version {version} the decision is the {decider}'s sign-off, given after the Force Commander's (Annex B VIII, II.c–II.e). The brief is not converted by itself, because that would change signed content and no text can stand for a sign-off. To convert it: {steps}. The {decider}'s rejection of {date} was given on the version-{signedVersion} text and stays on record; after these changes the {decider} signs the new text.",
      other:
        "This brief was written for version {old} of the \"{template}\" template, where the SRSG's decision was typed into II.e. In version {version} the decision is the {decider}'s sign-off, given after the Force Commander's (Annex B VIII, II.c–II.e). The brief is not converted by itself, because that would change signed content and no text can stand for a sign-off. To convert it: {steps}.",
    },
    'v1.step': '({n}) {step}',
    'v1.clear': {
      one: "keep a copy of the decision written in {ids} to give the SRSG, then delete the block: typed text is not the SRSG's sign-off",
      other: "keep a copy of the decision written in {ids} to give the SRSG, then delete those blocks: typed text is not the SRSG's sign-off",
    },
    'v1.clearWithFields': {
      one: "keep a copy of the decision written in {ids} to give the SRSG, then delete the block (with its {fields}): typed text is not the SRSG's sign-off",
      other: "keep a copy of the decision written in {ids} to give the SRSG, then delete those blocks (with its {fields}): typed text is not the SRSG's sign-off",
    },
    'v1.approvesOther': 'it approves {options}, which the Force Commander does not recommend, so either the recommendation is changed or the SRSG rejects the brief',
    'v1.optionApproved': 'Option approved',
    'v1.date': 'Date',
    'v1.check': {
      select: 'recommended',
      none: "check that the Force Commander's recommendation (II.c) names the one option the SRSG is to decide on (now none)",
      other: "check that the Force Commander's recommendation (II.c) names the one option the SRSG is to decide on (now {options})",
    },
    'v1.markdown': 'in the Markdown file, change the line "poc-template: {type}@{old}" to "poc-template: {type}@{version}"',
    'v1.signs': {
      select: 'others',
      first: "{offices} signs off first, then the {decider}: the {decider}'s approval is the decision, with any conditions in the comment of that sign-off",
      other: "the {decider} signs off: the {decider}'s approval is the decision, with any conditions in the comment of that sign-off",
    },
  },
  {
    fr: {
      'consultation.outcomeMissing': {
        select: 'stage',
        endorsing:
          "La consultation avec {party} ({id}) n'a pas de résultat consigné. Notez ce qui en est ressorti. Le document est déjà soumis pour approbation\u00a0: cela doit donc être fait d'abord.",
        other: "La consultation avec {party} ({id}) n'a pas de résultat consigné. Notez ce qui en est ressorti. Faites-le avant que le document ne soit soumis pour approbation.",
      },
      'consultation.missing': {
        select: 'stage',
        endorsing:
          "Aucune consultation avec {party} n'est consignée. Ajoutez-en une, avec son résultat, dans la {section}. Le document est déjà soumis pour approbation\u00a0: cela doit donc être fait d'abord.",
        other: "Aucune consultation avec {party} n'est consignée. Ajoutez-en une, avec son résultat, dans la {section}. Faites-le avant que le document ne soit soumis pour approbation.",
      },
      'consultation.tooLateField':
        "La première consultation avec {party} ({id}) est datée du {date}, après la date du {field} ({limit})\u00a0; elle doit avoir lieu avant. Si une discussion antérieure a eu lieu, consignez-la avec sa date (ou corrigez la date de celle-ci)\u00a0; sinon, tenez-la maintenant et révisez le projet en fonction de son résultat.",
      'consultation.tooLateSignoff':
        'La première consultation avec {party} ({id}) est datée du {date}, après la signature du {office} ({limit})\u00a0; elle doit avoir lieu avant. Si la date est erronée, corrigez-la\u00a0; sinon, le {office} a signé sans elle\u00a0: tenez ou consignez la consultation, et le {office} signe à nouveau.',
      'approved.noOffices':
        "Ce document est marqué Approuvé, mais le modèle {template} ne demande la signature d'aucun bureau\u00a0: rien ne peut donc l'approuver. Remettez le statut sur En revue\u00a0; il passe de lui-même à Approuvé à la signature du dernier bureau.",
      'approved.unverified':
        "Ce document est marqué Approuvé, mais ses approbations n'ont pas pu être vérifiées ici\u00a0: aucune signature n'est connue de cette copie (il lui faut {order}). Ouvrez-le depuis le serveur pour voir ses signatures\u00a0; s'il n'a jamais été signé, remettez le statut sur En revue\u00a0; il passe de lui-même à Approuvé à la signature du dernier bureau.",
      'approved.notSigned': 'Ce document est marqué Approuvé, mais {reasons}. Remettez le statut sur En revue\u00a0; il passe de lui-même à Approuvé à la signature du dernier bureau.',
      'approved.whyMissing': "le {office} ne l'a pas signé",
      'approved.whyRejected': "le {office} l'a rejeté, et ce rejet tient toujours",
      'approved.whyStale': 'le {office} a approuvé une version antérieure, et le texte a changé depuis',
      'signoff.unknownRole': "{who} a signé en tant que «\u00a0{role}\u00a0», un bureau dont le modèle «\u00a0{template}\u00a0» ne demande pas la signature. Cette signature ne compte pas pour l'approbation.",
      'signoff.stateRejected': "le {office} l'a rejeté, et ce rejet tient toujours",
      'signoff.stateNotYet': "le {office} n'a pas encore signé",
      'signoff.order': {
        one: "Une approbation du {office} arrive trop tôt\u00a0: {states}. Les signatures se font dans cet ordre\u00a0: {order}\u00a0; {who} doit donc approuver d'abord.",
        other: "Une approbation du {office} arrive trop tôt\u00a0: {states}. Les signatures se font dans cet ordre\u00a0: {order}\u00a0; {who} doivent donc approuver d'abord.",
      },
      'dissemination.audience': '«\u00a0{audience}\u00a0»',
      'dissemination.missing': {
        one: "Le plan de diffusion n'a pas de ligne pour {names}. Avant que la stratégie ne soit soumise pour approbation, ajoutez une ligne pour chaque destinataire qui doit la recevoir\u00a0: {musts} reçoit la stratégie complète.",
        other:
          "Le plan de diffusion n'a pas de ligne pour {names}. Avant que la stratégie ne soit soumise pour approbation, ajoutez une ligne pour chaque destinataire qui doit la recevoir\u00a0: {musts} reçoivent la stratégie complète.",
      },
      'brief.decisionBeforeConsultation': {
        select: 'recorded',
        approval:
          "L'approbation du RSSG (la décision) est consignée, mais la consultation avec {who} ne l'est pas. Consignez d'abord la consultation et son résultat\u00a0: la décision doit s'appuyer sur elle (annexe B VIII, II.d avant II.e).",
        other:
          "Le commentaire du RSSG est consigné, mais la consultation avec {who} ne l'est pas. Consignez d'abord la consultation et son résultat\u00a0: la décision doit s'appuyer sur elle (annexe B VIII, II.d avant II.e).",
      },
      'brief.commentUnsigned': {
        select: 'known',
        unsigned:
          "La section de la décision du RSSG contient du texte, mais le {office} n'a pas signé ce document. La décision est la signature du {office}\u00a0: l'approbation approuve l'option recommandée, le rejet n'en approuve aucune. Effacez ce texte\u00a0; les conditions du {office} vont dans le commentaire de sa signature (annexe B VIII, II.e).",
        other:
          "La section de la décision du RSSG contient du texte, mais aucune signature du {office} n'est connue de cette copie. La décision est la signature du {office}\u00a0: l'approbation approuve l'option recommandée, le rejet n'en approuve aucune. Effacez ce texte\u00a0; les conditions du {office} vont dans le commentaire de sa signature (annexe B VIII, II.e).",
      },
      'brief.oneOption':
        "La recommandation du commandant de la force désigne plus d'une option ({names}). Gardez celle que recommande le commandant de la force et retirez les autres\u00a0: l'approbation du RSSG approuve exactement l'option recommandée (annexe B VIII, II.c).",
      'brief.noOption': {
        select: 'options',
        some: "La recommandation du commandant de la force {id} ne désigne aucune option. Liez-la à l'une des options ({list}).",
        other: "La recommandation du commandant de la force {id} ne désigne aucune option. Ajoutez d'abord les options, puis liez celle qui est recommandée.",
      },
      'brief.notAnOption': {
        select: 'options',
        some: "Le {field} de la recommandation du commandant de la force {id} n'est pas une option de ce document. Liez-la à l'une des options ({list}).",
        other: "Le {field} de la recommandation du commandant de la force {id} n'est pas une option de ce document. Ajoutez d'abord les options, puis liez celle qui est recommandée.",
      },
      'brief.collateralDamage':
        "Le {field} du {block} n'est pas renseigné. Chaque option doit dire quel tort elle pourrait causer aux civils — écrivez «\u00a0aucun attendu\u00a0» et pourquoi, si c'est le cas.",
      'v1.message': {
        select: 'signed',
        approved:
          "Ce document a été rédigé pour la version {old} du modèle «\u00a0{template}\u00a0», où la décision du RSSG était saisie en II.e. Dans la version {version}, la décision est la signature du {decider}, donnée après celle du commandant de la force (annexe B VIII, II.c–II.e). Le document n'est pas converti automatiquement\u00a0: cela modifierait un contenu signé, et aucun texte ne peut tenir lieu de signature. Pour le convertir\u00a0: {steps}. L'approbation du {decider} du {date} a été donnée sur le texte de la version {signedVersion} et reste consignée\u00a0; après ces changements, le {decider} signe le nouveau texte.",
        rejected:
          "Ce document a été rédigé pour la version {old} du modèle «\u00a0{template}\u00a0», où la décision du RSSG était saisie en II.e. Dans la version {version}, la décision est la signature du {decider}, donnée après celle du commandant de la force (annexe B VIII, II.c–II.e). Le document n'est pas converti automatiquement\u00a0: cela modifierait un contenu signé, et aucun texte ne peut tenir lieu de signature. Pour le convertir\u00a0: {steps}. Le rejet du {decider} du {date} a été donné sur le texte de la version {signedVersion} et reste consigné\u00a0; après ces changements, le {decider} signe le nouveau texte.",
        other:
          "Ce document a été rédigé pour la version {old} du modèle «\u00a0{template}\u00a0», où la décision du RSSG était saisie en II.e. Dans la version {version}, la décision est la signature du {decider}, donnée après celle du commandant de la force (annexe B VIII, II.c–II.e). Le document n'est pas converti automatiquement\u00a0: cela modifierait un contenu signé, et aucun texte ne peut tenir lieu de signature. Pour le convertir\u00a0: {steps}.",
      },
      'v1.step': '({n}) {step}',
      'v1.clear': {
        one: "conservez une copie de la décision rédigée dans {ids} pour la remettre au RSSG, puis supprimez le bloc\u00a0: un texte saisi n'est pas la signature du RSSG",
        other: "conservez une copie de la décision rédigée dans {ids} pour la remettre au RSSG, puis supprimez ces blocs\u00a0: un texte saisi n'est pas la signature du RSSG",
      },
      'v1.clearWithFields': {
        one: "conservez une copie de la décision rédigée dans {ids} pour la remettre au RSSG, puis supprimez le bloc (avec ses champs {fields})\u00a0: un texte saisi n'est pas la signature du RSSG",
        other:
          "conservez une copie de la décision rédigée dans {ids} pour la remettre au RSSG, puis supprimez ces blocs (avec leurs champs {fields})\u00a0: un texte saisi n'est pas la signature du RSSG",
      },
      'v1.approvesOther':
        "elle approuve {options}, que le commandant de la force ne recommande pas\u00a0: soit la recommandation est modifiée, soit le RSSG rejette le document",
      'v1.optionApproved': 'Option approuvée',
      'v1.date': 'Date',
      'v1.check': {
        select: 'recommended',
        none: "vérifiez que la recommandation du commandant de la force (II.c) désigne l'unique option sur laquelle le RSSG doit se prononcer (actuellement aucune)",
        other: "vérifiez que la recommandation du commandant de la force (II.c) désigne l'unique option sur laquelle le RSSG doit se prononcer (actuellement {options})",
      },
      'v1.markdown': 'dans le fichier Markdown, remplacez la ligne «\u00a0poc-template: {type}@{old}\u00a0» par «\u00a0poc-template: {type}@{version}\u00a0»',
      'v1.signs': {
        select: 'others',
        first: "{offices} signe d'abord, puis le {decider}\u00a0: l'approbation du {decider} est la décision, avec ses éventuelles conditions dans le commentaire de cette signature",
        other: "le {decider} signe\u00a0: l'approbation du {decider} est la décision, avec ses éventuelles conditions dans le commentaire de cette signature",
      },
    },
  },
);
