/**
 * Validation messages of the rules of each kind of plan: the Action Plan,
 * the reviews on a cadence, the strategy and its frame, the threat matrix,
 * the Resources & Capabilities Matrix, the Protection Matrix, the analysis
 * of threats and perpetrators, and the rules across documents
 * (shared/validate/action-plan.ts, review-overdue.ts, strategy*.ts,
 * threat-matrix.ts, resources-matrix.ts, protection-matrix.ts,
 * threat-analysis.ts, across-documents.ts). {days} is a count of days
 * written by the common catalogue ("3 days", "3 jours"); dates stay YYYY-MM-DD.
 */
import { defineCatalogue } from '../catalogue.js';

/** The messages of the document types' own rules and of the rules across documents. */
export const validationPlans = defineCatalogue(
  'validation-plans',
  {
    'action.overdue': '{block} was due on {due} ({days} ago) and is not done. Update its status, or agree a new due date with the lead component.',
    'actionPlan.stale':
      "This Action Plan was last updated on {last}; with a {cadence} update it was due again by {due} ({days} ago). Go through it at the operational POC forum, bring each action's status up to date, and set {field} (POC Policy Annex B IV: the plan is regularly updated).",
    'review.overdue': {
      select: 'docType',
      'threat-matrix':
        'This threat matrix was last reviewed on {last}; with a {cadence} review it was due again by {due} ({days} ago). Review it with the coordination forum and update {field} (POC Policy E.4.1, para. 50).',
      'protection-matrix':
        "This Protection Matrix was last discussed with the mission on {last}; with a {cadence} review it was due again by {due} ({days} ago). Ask the Protection Cluster for its updated ranks and recommendations, discuss them with the mission, record the Force's decisions, and set {field} (POC Policy Annex B V, para. 3: the matrix informs military and police deployments every month).",
      'threat-analysis':
        "This analysis of threats and perpetrators was last assessed on {last}; with a {cadence} review it was due again by {due} ({days} ago). Go through each perpetrator's card with those who prepare the analysis, bring it up to date or confirm it still holds, and set {field}: the threat matrices rate their threats on it (POC Policy Annex B I; Annex A III B, threat matrices updated weekly or monthly).",
      other: 'This document was last reviewed on {last}; with a {cadence} review it was due again by {due} ({days} ago). Review it and update {field}.',
    },
    'strategy.draftingOverdue':
      'Drafting started on {started}, {elapsed} ago; the target is to finish within {target}. Complete the consultations and send the draft for endorsement, or record why it is taking longer.',
    'strategy.reviewDatePassed': "The review date ({due}) has passed. Review the strategy with the mission's leadership and partners, then set the next review date.",
    'strategy.companionMissing': {
      select: 'companion',
      actionPlan: 'The strategy is not linked to its POC Action Plan. Fill in {field} so readers can follow the strategy through to the day-to-day work.',
      other: 'The strategy is not linked to its POC Threat Matrix. Fill in {field} so readers can follow the strategy through to the day-to-day work.',
    },
    'frame.span': { select: 'unit', year: 'one year', other: '{days}' },
    'frame.validityTooLong':
      '{field} ({at}) is more than {span} after {start} ({from}). A POC strategy covers {span} (Annex A II). Set it to {limit} at the latest; a longer plan is reviewed and endorsed again each year.',
    'frame.reviewTooLate':
      '{field} ({at}) is more than {span} after {start} ({from}). A POC strategy covers {span} (Annex A II). Plan the review for {limit} at the latest, sooner if the mandate or the situation changes.',
    'frame.timeframeMissing':
      'No objective in {section} has {field} {names}. The strategy sets immediate, medium-term and long-term objectives, at least one for each (Annex A III A.2). Add an objective for it, or change the {fieldLower} of one that fits better there.',
    'frame.tierMissing':
      'No objective in {section} has {field} {names}. The objectives should draw on all three tiers, which work together (Annex A III A.2; policy E.2). Add an objective for it, or change the {fieldLower} of one that fits better there.',
    'frame.phaseMissing':
      'No objective in {section} has {field} {names}. The mission plans its response across the four phases, which need not come in order (POC Policy E.3, para. 31; Annex A III C). Add an objective for it, or change the {fieldLower} of one that fits better there.',
    'threat.risk': {
      select: 'flags',
      high: 'Risk {risk} (likelihood {likelihood} × impact {impact}): rank {rank} of {rated}, high risk.',
      priority: 'Risk {risk} (likelihood {likelihood} × impact {impact}): rank {rank} of {rated}, a priority for its impact.',
      imminent: 'Risk {risk} (likelihood {likelihood} × impact {impact}): rank {rank} of {rated}, imminent.',
      highImminent: 'Risk {risk} (likelihood {likelihood} × impact {impact}): rank {rank} of {rated}, high risk, imminent.',
      priorityImminent: 'Risk {risk} (likelihood {likelihood} × impact {impact}): rank {rank} of {rated}, a priority for its impact, imminent.',
      other: 'Risk {risk} (likelihood {likelihood} × impact {impact}): rank {rank} of {rated}.',
    },
    'threat.why': {
      select: 'why',
      high: 'is high risk ({risk} of 25)',
      priority: 'has a catastrophic impact ({impact}), which makes it a priority however unlikely it is (POC Policy E.4.1, para. 48 and footnote 42)',
      imminentHigh: 'is imminent and is high risk ({risk} of 25)',
      imminentPriority:
        'is imminent and has a catastrophic impact ({impact}), which makes it a priority however unlikely it is (POC Policy E.4.1, para. 48 and footnote 42)',
      other: 'is imminent',
    },
    'threat.responseMissing': '{block} {why} but has no mission response. Describe what the mission does about it under "{label}".',
    'threat.responsibleMissing': '{block} {why} but no component is responsible for the response. Name them under "{label}".',
    'threat.gapRecommendation': '{block} is flagged as a gap in the response but carries no recommendation. Say what should change under "{label}".',
    'threat.stalled': {
      select: 'next',
      blockedUnder:
        '{block} is imminent but its response is "{status}" (POC Policy E.4.1, para. 47: the threat stays imminent until it no longer exists). Say what is in the way and who can unblock it under "{label}", and raise it at the coordination forum.',
      blocked:
        '{block} is imminent but its response is "{status}" (POC Policy E.4.1, para. 47: the threat stays imminent until it no longer exists). Say what is in the way and who can unblock it, and raise it at the coordination forum.',
      other:
        '{block} is imminent but its response is "{status}" (POC Policy E.4.1, para. 47: the threat stays imminent until it no longer exists). Start the response, or say at the coordination forum what it waits for.',
    },
    'capability.level': { select: 'level', red: 'RED', orange: 'ORANGE', other: '{value}' },
    'capability.gapMissing': '{block} is rated {level} but does not say what the gap is. Describe it under "{label}".',
    'capability.recommendationMissing': {
      select: 'blocking',
      yes: '{block} is rated {level} but has no recommendation. Say how the gap should be closed under "{label}": a red gap goes to headquarters with what the mission asks for (POC Policy Annex B IX).',
      other: '{block} is rated {level} but has no recommendation. Say how the gap should be closed under "{label}".',
    },
    'protection.aRank': 'a rank',
    'protection.rankMissing': '{block} has no rank. Rank it {choices} under {field}: every place in the matrix is ranked (Annex B V, para. 3).',
    'protection.indicatorMissing':
      '{block} does not describe its {field}. Describe every location with the same indicators, so the places can be compared and the Force can see why each is ranked as it is (Annex B V, para. 7).',
    'protection.term': { select: 'term', short: 'the short term', mid: 'the mid term', other: 'the long term' },
    'protection.termMissing':
      '{block} has no recommendation for {terms}. Where possible, recommend for the short, mid and long term, so the response can be followed up and carried on (Annex B V, para. 9).',
    'protection.mustProtect': 'must protect',
    'protection.decisionMissing':
      "{block} is ranked \"{rank}\", but the Force's decision on it is not recorded. Write under {field} what the Force decided and, if it does not follow the Cluster's recommendation, why: the decision is the Force's, and the Cluster needs to know it (Annex B V, paras. 4 and 6).",
    'perpetrator.elementMissing':
      '{block} says nothing under {field}. Fill it in, or write what is not known yet: the analysis describes every perpetrator under the same seven headings (Annex B I).',
    'across.threatNotAddressed':
      '{block} {why}, but no action of the POC Action Plan serves it and no objective of the POC Strategy addresses it. Add an action that links it under "Serves" (preparedness is managed in the Action Plan: POC Policy E.4.2, para. 53), or link it from a strategy objective\'s "Threats addressed".',
    'across.objectiveResourcesMissing':
      '{block} has no row in the Resources & Capabilities Matrix named in {field}. Add a row for it there, under its tier, linked to this objective, with the resources, capabilities and gaps for its activities (POC Policy Annex B IX: for each objective and activity).',
    'across.tierMismatch': {
      select: 'home',
      known:
        "{block} sits in {section}, but the objective it assesses ({objective}) is set to another tier in the POC Strategy: the tier of {homeSection}. Move the row to section {homeId}, or, if this activity really belongs to this tier, link it to an objective of this tier (POC Policy Annex B IX: the matrix follows the strategy's objectives tier by tier).",
      other:
        "{block} sits in {section}, but the objective it assesses ({objective}) is set to another tier in the POC Strategy: \"{tier}\". Move the row under that tier, or, if this activity really belongs to this tier, link it to an objective of this tier (POC Policy Annex B IX: the matrix follows the strategy's objectives tier by tier).",
    },
  },
  {
    fr: {
      'action.overdue': "Le {block} était dû le {due} (il y a {days}) et n'est pas terminé. Mettez à jour son statut, ou convenez d'une nouvelle échéance avec la composante chef de file.",
      'actionPlan.stale':
        "Ce plan d'action a été mis à jour pour la dernière fois le {last}\u00a0; avec une mise à jour {cadence}, il devait l'être à nouveau au plus tard le {due} (il y a {days}). Passez-le en revue au forum opérationnel POC, mettez à jour le statut de chaque action et renseignez le {field} (politique POC, annexe B IV\u00a0: le plan est régulièrement mis à jour).",
      'review.overdue': {
        select: 'docType',
        'threat-matrix':
          'Cette matrice des menaces a été revue pour la dernière fois le {last}\u00a0; avec une revue {cadence}, elle devait l\'être à nouveau au plus tard le {due} (il y a {days}). Revoyez-la avec le forum de coordination et mettez à jour le {field} (politique POC E.4.1, par. 50).',
        'protection-matrix':
          "Cette matrice de protection a été examinée avec la mission pour la dernière fois le {last}\u00a0; avec une revue {cadence}, elle devait l'être à nouveau au plus tard le {due} (il y a {days}). Demandez au Cluster Protection ses rangs et recommandations mis à jour, examinez-les avec la mission, consignez les décisions de la Force et renseignez le {field} (politique POC, annexe B V, par. 3\u00a0: la matrice oriente chaque mois les déploiements militaires et de police).",
        'threat-analysis':
          "Cette analyse des menaces et des auteurs a été évaluée pour la dernière fois le {last}\u00a0; avec une revue {cadence}, elle devait l'être à nouveau au plus tard le {due} (il y a {days}). Reprenez la fiche de chaque auteur avec ceux qui préparent l'analyse, mettez-la à jour ou confirmez qu'elle reste valable, et renseignez le {field}\u00a0: les matrices des menaces évaluent leurs menaces sur cette base (politique POC, annexe B I\u00a0; annexe A III B, matrices des menaces mises à jour chaque semaine ou chaque mois).",
        other:
          "Ce document a été revu pour la dernière fois le {last}\u00a0; avec une revue {cadence}, il devait l'être à nouveau au plus tard le {due} (il y a {days}). Revoyez-le et mettez à jour le {field}.",
      },
      'strategy.draftingOverdue':
        "La rédaction a commencé le {started}, il y a {elapsed}\u00a0; l'objectif est de la terminer en {target}. Menez à bien les consultations et soumettez le projet pour approbation, ou consignez pourquoi cela prend plus de temps.",
      'strategy.reviewDatePassed': 'La date de revue ({due}) est passée. Revoyez la stratégie avec la direction de la mission et ses partenaires, puis fixez la date de la prochaine revue.',
      'strategy.companionMissing': {
        select: 'companion',
        actionPlan: "La stratégie n'est pas liée à son plan d'action POC. Renseignez le {field} pour que les lecteurs puissent suivre la stratégie jusqu'au travail quotidien.",
        other: "La stratégie n'est pas liée à sa matrice des menaces POC. Renseignez le {field} pour que les lecteurs puissent suivre la stratégie jusqu'au travail quotidien.",
      },
      'frame.span': { select: 'unit', year: '12 mois', other: '{days}' },
      'frame.validityTooLong':
        'Le {field} ({at}) tombe plus de {span} après le {start} ({from}). Une stratégie POC couvre {span} (annexe A II). Fixez-le au {limit} au plus tard\u00a0; un plan plus long est revu et approuvé à nouveau chaque année.',
      'frame.reviewTooLate':
        'Le {field} ({at}) tombe plus de {span} après le {start} ({from}). Une stratégie POC couvre {span} (annexe A II). Prévoyez la revue pour le {limit} au plus tard, plus tôt si le mandat ou la situation change.',
      'frame.timeframeMissing':
        "Aucun objectif de la {section} n'a pour {field} {names}. La stratégie fixe des objectifs immédiats, à moyen terme et à long terme, au moins un pour chacun (annexe A III A.2). Ajoutez un objectif pour cela, ou changez le {fieldLower} d'un objectif qui s'y prête mieux.",
      'frame.tierMissing':
        "Aucun objectif de la {section} n'a pour {field} {names}. Les objectifs devraient s'appuyer sur les trois niveaux, qui fonctionnent ensemble (annexe A III A.2\u00a0; politique E.2). Ajoutez un objectif pour cela, ou changez le {fieldLower} d'un objectif qui s'y prête mieux.",
      'frame.phaseMissing':
        "Aucun objectif de la {section} n'a pour {field} {names}. La mission planifie sa réponse sur les quatre phases, qui ne se suivent pas forcément (politique POC E.3, par. 31\u00a0; annexe A III C). Ajoutez un objectif pour cela, ou changez le {fieldLower} d'un objectif qui s'y prête mieux.",
      'threat.risk': {
        select: 'flags',
        high: 'Risque {risk} (probabilité {likelihood} × impact {impact})\u00a0: rang {rank} sur {rated}, risque élevé.',
        priority: 'Risque {risk} (probabilité {likelihood} × impact {impact})\u00a0: rang {rank} sur {rated}, prioritaire en raison de son impact.',
        imminent: 'Risque {risk} (probabilité {likelihood} × impact {impact})\u00a0: rang {rank} sur {rated}, menace imminente.',
        highImminent: 'Risque {risk} (probabilité {likelihood} × impact {impact})\u00a0: rang {rank} sur {rated}, risque élevé, menace imminente.',
        priorityImminent: 'Risque {risk} (probabilité {likelihood} × impact {impact})\u00a0: rang {rank} sur {rated}, prioritaire en raison de son impact, menace imminente.',
        other: 'Risque {risk} (probabilité {likelihood} × impact {impact})\u00a0: rang {rank} sur {rated}.',
      },
      'threat.why': {
        select: 'why',
        high: 'présente un risque élevé ({risk} sur 25)',
        priority:
          "a un impact catastrophique ({impact}), ce qui en fait une priorité, si improbable soit-il (politique POC E.4.1, par. 48 et note 42)",
        imminentHigh: 'est imminent et présente un risque élevé ({risk} sur 25)',
        imminentPriority:
          "est imminent et a un impact catastrophique ({impact}), ce qui en fait une priorité, si improbable soit-il (politique POC E.4.1, par. 48 et note 42)",
        other: 'est imminent',
      },
      'threat.responseMissing': "Le {block} {why}, mais n'a aucune réponse de la mission. Décrivez ce que fait la mission sous «\u00a0{label}\u00a0».",
      'threat.responsibleMissing': "Le {block} {why}, mais aucune composante n'est responsable de la réponse. Nommez-les sous «\u00a0{label}\u00a0».",
      'threat.gapRecommendation': 'Le {block} est signalé comme une lacune de la réponse, mais ne porte aucune recommandation. Indiquez ce qui doit changer sous «\u00a0{label}\u00a0».',
      'threat.stalled': {
        select: 'next',
        blockedUnder:
          "Le {block} est imminent, mais sa réponse est «\u00a0{status}\u00a0» (politique POC E.4.1, par. 47\u00a0: la menace reste imminente tant qu'elle existe). Indiquez sous «\u00a0{label}\u00a0» ce qui fait obstacle et qui peut le lever, et soulevez la question au forum de coordination.",
        blocked:
          "Le {block} est imminent, mais sa réponse est «\u00a0{status}\u00a0» (politique POC E.4.1, par. 47\u00a0: la menace reste imminente tant qu'elle existe). Indiquez ce qui fait obstacle et qui peut le lever, et soulevez la question au forum de coordination.",
        other:
          "Le {block} est imminent, mais sa réponse est «\u00a0{status}\u00a0» (politique POC E.4.1, par. 47\u00a0: la menace reste imminente tant qu'elle existe). Lancez la réponse, ou indiquez au forum de coordination ce qu'elle attend.",
      },
      'capability.level': { select: 'level', red: 'ROUGE', orange: 'ORANGE', other: '{value}' },
      'capability.gapMissing': "Le {block} est classé {level}, mais ne dit pas quelle est la lacune. Décrivez-la sous «\u00a0{label}\u00a0».",
      'capability.recommendationMissing': {
        select: 'blocking',
        yes: "Le {block} est classé {level}, mais n'a aucune recommandation. Indiquez sous «\u00a0{label}\u00a0» comment combler la lacune\u00a0: une lacune rouge remonte au Siège avec ce que demande la mission (politique POC, annexe B IX).",
        other: "Le {block} est classé {level}, mais n'a aucune recommandation. Indiquez sous «\u00a0{label}\u00a0» comment combler la lacune.",
      },
      'protection.aRank': 'un rang',
      'protection.rankMissing': "Le {block} n'a pas de rang. Classez-le {choices} dans le {field}\u00a0: chaque lieu de la matrice est classé (annexe B V, par. 3).",
      'protection.indicatorMissing':
        "Le {field} du {block} est vide. Décrivez chaque lieu avec les mêmes indicateurs, pour que les lieux puissent être comparés et que la Force voie pourquoi chacun est classé comme il l'est (annexe B V, par. 7).",
      'protection.term': { select: 'term', short: 'le court terme', mid: 'le moyen terme', other: 'le long terme' },
      'protection.termMissing':
        "Le {block} n'a pas de recommandation pour {terms}. Dans la mesure du possible, formulez des recommandations à court, moyen et long terme, pour que la réponse puisse être suivie et poursuivie (annexe B V, par. 9).",
      'protection.mustProtect': 'à protéger impérativement',
      'protection.decisionMissing':
        "Le {block} est classé «\u00a0{rank}\u00a0», mais la décision de la Force à son sujet n'est pas consignée. Indiquez dans le {field} ce que la Force a décidé et, si elle ne suit pas la recommandation du Cluster, pourquoi\u00a0: la décision appartient à la Force, et le Cluster doit la connaître (annexe B V, par. 4 et 6).",
      'perpetrator.elementMissing':
        "Le {block} ne dit rien dans le {field}. Renseignez-le, ou écrivez ce qui n'est pas encore connu\u00a0: l'analyse décrit chaque auteur sous les sept mêmes rubriques (annexe B I).",
      'across.threatNotAddressed':
        "Le {block} {why}, mais aucune action du plan d'action POC n'y répond et aucun objectif de la stratégie POC ne le traite. Ajoutez une action qui le relie dans son champ des menaces auxquelles elle répond (la préparation relève du plan d'action\u00a0: politique POC E.4.2, par. 53), ou reliez-le depuis le champ des menaces traitées d'un objectif de la stratégie.",
      'across.objectiveResourcesMissing':
        "Le {block} n'a pas de ligne dans la matrice des ressources et capacités indiquée dans le {field}. Ajoutez-y une ligne pour lui, sous son niveau, liée à cet objectif, avec les ressources, capacités et lacunes de ses activités (politique POC, annexe B IX\u00a0: pour chaque objectif et activité).",
      'across.tierMismatch': {
        select: 'home',
        known:
          "Le {block} se trouve dans la {section}, mais l'objectif qu'il évalue ({objective}) relève d'un autre niveau dans la stratégie POC\u00a0: le niveau de la {homeSection}. Déplacez la ligne vers la section {homeId} ou, si cette activité relève vraiment de ce niveau, liez-la à un objectif de ce niveau (politique POC, annexe B IX\u00a0: la matrice suit les objectifs de la stratégie niveau par niveau).",
        other:
          "Le {block} se trouve dans la {section}, mais l'objectif qu'il évalue ({objective}) relève d'un autre niveau dans la stratégie POC\u00a0: «\u00a0{tier}\u00a0». Déplacez la ligne sous ce niveau ou, si cette activité relève vraiment de ce niveau, liez-la à un objectif de ce niveau (politique POC, annexe B IX\u00a0: la matrice suit les objectifs de la stratégie niveau par niveau).",
      },
    },
  },
);
