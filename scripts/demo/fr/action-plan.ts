/** The French of the demo action plan (scripts/demo/action-plan.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "MINUSAR POC Action Plan 2026–2027":
    "Plan d’action POC de la MINUSAR 2026–2027",
  "Senior POC Adviser, Office of the DSRSG (Political)":
    "Conseiller principal POC, Bureau du RSSG adjoint (affaires politiques)",
  "Update the HRDDP risk assessment of the FAAR 14th Brigade and agree mitigation measures with the Ministry of Defence":
    "Mettre à jour l’évaluation des risques HRDDP de la 14e brigade des FAAR et convenir de mesures d’atténuation avec le ministère de la Défense",
  "Human Rights":
    "Droits de l’homme",
  "Force (liaison officers), Political Affairs, Legal Adviser":
    "Force (officiers de liaison), Affaires politiques, Conseiller juridique",
  "Draft assessment shared with the Force on 12 November. Needed before any joint activity in the Koumbi hills.":
    "Projet d’évaluation communiqué à la Force le 12 novembre. Nécessaire avant toute activité conjointe dans les collines de Koumbi.",
  "Issue a Sector North order on the night posture: TOB Sarakai-Centre manned 24/7, night patrols four nights a week":
    "Émettre un ordre du Secteur Nord sur la posture de nuit : BOT de Sarakai-Centre tenue 24 h/24 et 7 j/7, patrouilles de nuit quatre nuits par semaine",
  "Force (Sector North HQ)":
    "Force (QG du Secteur Nord)",
  "POC Unit, Civil Affairs":
    "Unité POC, Affaires civiles",
  "Order issued on 27 October; night patrols started on 1 November.":
    "Ordre émis le 27 octobre ; patrouilles de nuit commencées le 1er novembre.",
  "Agree with the FAAR a protocol to hand over children separated from the FLK to child protection actors within 72 hours":
    "Convenir avec les FAAR d’un protocole de remise des enfants séparés du FLK aux acteurs de la protection de l’enfance dans les 72 heures",
  "Child Protection":
    "Protection de l’enfance",
  "Force, Human Rights; UNICEF":
    "Force, Droits de l’homme ; UNICEF",
  "First meeting with the FAAR legal adviser set for 8 December.":
    "Première réunion avec le conseiller juridique des FAAR fixée au 8 décembre.",
  "Assess the conditions for return to the Sarakai villages jointly with the Protection Cluster":
    "Évaluer les conditions du retour dans les villages de Sarakai conjointement avec le Cluster Protection",
  "POC Unit":
    "Unité POC",
  "Civil Affairs, UNPOL, Human Rights; UNHCR, UNMAS":
    "Affaires civiles, UNPOL, Droits de l’homme ; HCR, UNMAS",
  "Added on 21 November at the request of the Protection Cluster. Terms of reference to be agreed in January; returns stay conditional on the clearance of MSR 4.":
    "Ajoutée le 21 novembre à la demande du Cluster Protection. Termes de référence à convenir en janvier ; les retours restent subordonnés au déminage de la MSR 4.",
  "Draw up with the PNA a contingency plan for the 2027 elections in Port-Lenne, with an FPU on standby from the opening of the campaign to the results":
    "Établir avec la PNA un plan de contingence pour les élections de 2027 à Port-Lenne, avec une FPU en attente de l’ouverture de la campagne aux résultats",
  "Political Affairs, JMAC, Human Rights; UNDP (electoral support)":
    "Affaires politiques, JMAC, Droits de l’homme ; PNUD (appui électoral)",
  "Added on 21 November after the Sector South review of 5 November: unlikely this season but catastrophic, so planned now. Depends on the electoral calendar, not yet published.":
    "Ajoutée le 21 novembre après la revue du Secteur Sud du 5 novembre : improbable cette saison mais catastrophique, donc planifiée dès maintenant. Dépend du calendrier électoral, pas encore publié.",
  "Convene a joint transhumance committee of Haddan and Lirwe leaders with the provincial authorities":
    "Réunir un comité conjoint de transhumance des chefs haddan et lirwe avec les autorités provinciales",
  "Civil Affairs":
    "Affaires civiles",
  "Force, UNPOL; FAO":
    "Force, UNPOL ; FAO",
  "Herds arrived early (16 November): first meeting brought forward to 3 December in Mbali. The Governor will co-chair.":
    "Troupeaux arrivés en avance (16 novembre) : première réunion avancée au 3 décembre à Mbali. Le gouverneur la coprésidera.",
  "Follow up every incident involving the FAAR in the Kessa Provincial Security Committee, every two weeks":
    "Assurer le suivi de chaque incident impliquant les FAAR au Comité provincial de sécurité de Kessa, toutes les deux semaines",
  "Head of Office, Karsoma":
    "Chef de bureau, Karsoma",
  "Human Rights, Force":
    "Droits de l’homme, Force",
  "Standing item since September; 11 cases raised, 2 referred to the prosecutor.":
    "Point permanent depuis septembre ; 11 cas soulevés, 2 transmis au procureur.",
  "Agree with the chiefs of the northern Sarakai villages and the prefect a common grain store within sight of TOB Sarakai-Centre":
    "Convenir avec les chefs des villages du nord de Sarakai et le préfet d’un grenier commun en vue de la BOT de Sarakai-Centre",
  "Force (TOB Sarakai-Centre), Mission Support (QIP); WFP":
    "Force (BOT de Sarakai-Centre), Appui à la mission (PIR) ; PAM",
  "The chiefs of Sarakai-Nord and Bendiko disagree on the site. The Head of Office will meet them with the prefect on 2 December.":
    "Les chefs de Sarakai-Nord et de Bendiko ne s’accordent pas sur le site. Le chef de bureau les rencontrera avec le préfet le 2 décembre.",
  "Meet every month with the PNA, the Port-Lenne prosecutor and the Bassan market committee on the killings by crowds in the market":
    "Se réunir chaque mois avec la PNA, le procureur de Port-Lenne et le comité du marché de Bassan au sujet des meurtres commis par des foules sur le marché",
  "Head of Office, Port-Lenne":
    "Chef de bureau, Port-Lenne",
  "UNPOL, Human Rights, Civil Affairs":
    "UNPOL, Droits de l’homme, Affaires civiles",
  "Added on 21 November: the threat became imminent at the Sector South review of 5 November. First meeting held on 19 November; the prosecutor agreed to report on the three cases.":
    "Ajoutée le 21 novembre : la menace est devenue imminente lors de la revue du Secteur Sud du 5 novembre. Première réunion tenue le 19 novembre ; le procureur a accepté de rendre compte des trois affaires.",
  "Roll out the integrated POC incident database to the Karsoma field office and the team sites":
    "Déployer la base de données intégrée des incidents POC au bureau de terrain de Karsoma et dans les bases d’opérations",
  "POC Unit, Human Rights, Mission Support (field technology)":
    "Unité POC, Droits de l’homme, Appui à la mission (technologies de terrain)",
  "Karsoma connected; Wendu and Tirongo wait for bandwidth upgrades.":
    "Karsoma connecté ; Wendu et Tirongo attendent une augmentation de la bande passante.",
  "Hold an after-action review of the 3 October FLK attack on Bendiko":
    "Tenir un examen après action de l’attaque du FLK contre Bendiko le 3 octobre",
  "Force, Human Rights, Civil Affairs, JOC":
    "Force, Droits de l’homme, Affaires civiles, JOC",
  "Held on 28 October. Main finding: the alert reached the JOC 40 minutes after the attack began, and the QRF could not fly at night. Led to {{ap:A-8}} and to the helicopter request.":
    "Tenu le 28 octobre. Constat principal : l’alerte est parvenue au JOC 40 minutes après le début de l’attaque, et la force de réaction rapide ne pouvait pas voler de nuit. A conduit à {{ap:A-8}} et à la demande d’hélicoptère.",
  "Extend the community alert network to all 14 Sarakai villages and the MSR 4 drivers' hotline":
    "Étendre le réseau d’alerte communautaire aux 14 villages de Sarakai et à la ligne d’urgence des chauffeurs de la MSR 4",
  "Force (signals), Mission Support, JOC":
    "Force (transmissions), Appui à la mission, JOC",
  "3 of 14 villages equipped with HF radios; 11 sets ordered, delivery expected in January.":
    "3 villages sur 14 équipés de radios HF ; 11 postes commandés, livraison attendue en janvier.",
  "Review the Sector North Threat Matrix every week in the POC Coordination Forum":
    "Examiner chaque semaine la matrice des menaces du Secteur Nord au Forum de coordination POC",
  "JOC, JMAC, all components in Sector North":
    "JOC, JMAC, toutes les composantes du Secteur Nord",
  "Ongoing; last review 20 November.":
    "En continu ; dernière révision le 20 novembre.",
  "Deploy a joint protection team to the Tirongo mines to assess child recruitment":
    "Déployer une équipe conjointe de protection aux mines de Tirongo pour évaluer le recrutement d’enfants",
  "Human Rights, Civil Affairs, Force (Tirongo team site)":
    "Droits de l’homme, Affaires civiles, Force (base d’opérations de Tirongo)",
  "Waiting for a helicopter slot; road movement possible with a convoy.":
    "En attente d’un créneau d’hélicoptère ; déplacement par route possible avec un convoi.",
  "Produce and run the POC communication plan for Kessa for the 2026–27 dry season":
    "Élaborer et mettre en œuvre le plan de communication POC pour Kessa pour la saison sèche 2026–27",
  "Public Information":
    "Information publique",
  "Draft plan circulated on 19 November for comments by 26 November.":
    "Projet de plan diffusé le 19 novembre pour commentaires d’ici le 26 novembre.",
  "Broadcast weekly radio programmes in Haddan and Lirwe on the transhumance arrangements and the alert hotline":
    "Diffuser chaque semaine des émissions de radio en haddan et en lirwe sur les arrangements de transhumance et la ligne d’alerte",
  "Public Information (Radio MINUSAR Karsoma)":
    "Information publique (Radio MINUSAR Karsoma)",
  "Two programmes recorded with religious leaders of both communities.":
    "Deux émissions enregistrées avec des chefs religieux des deux communautés.",
  "Agree with the HCT the messages on what MINUSAR can and cannot do around the Wendu IDP site":
    "Convenir avec l’équipe humanitaire de pays des messages sur ce que la MINUSAR peut et ne peut pas faire autour du site de déplacés de Wendu",
  "Public Information; OCHA, UNHCR":
    "Information publique ; OCHA, HCR",
  "To follow the HCT meeting of 10 December.":
    "À la suite de la réunion de l’équipe humanitaire de pays du 10 décembre.",
  "Run a POC tabletop exercise for Sector North on a night attack on a Sarakai village":
    "Conduire un exercice sur table POC pour le Secteur Nord sur une attaque de nuit contre un village de Sarakai",
  "Integrated Mission Training Centre, Force, UNPOL, Civil Affairs, Human Rights; UNHCR and OCHA invited":
    "Centre intégré de formation du personnel des missions, Force, UNPOL, Affaires civiles, Droits de l’homme ; HCR et OCHA invités",
  "Scenario to draw on the Bendiko after-action review ({{ap:A-7}}).":
    "Scénario tiré de l’examen après action de Bendiko ({{ap:A-7}}).",
  "Train 200 officers of the FAAR 14th Brigade on IHL, human rights, CRSV and child protection":
    "Former 200 officiers de la 14e brigade des FAAR au DIH, aux droits de l’homme, aux violences sexuelles liées aux conflits et à la protection de l’enfance",
  "Force, Child Protection, Integrated Mission Training Centre":
    "Force, Protection de l’enfance, Centre intégré de formation du personnel des missions",
  "The brigade has not released the list of participants since October. The Head of Office will raise it with the Governor at the Provincial Security Committee of 4 December; if unresolved, the SRSG with the Minister of Defence.":
    "La brigade n’a pas communiqué la liste des participants depuis octobre. Le chef de bureau soulèvera la question auprès du gouverneur au Comité provincial de sécurité du 4 décembre ; à défaut, le RSSG auprès du ministre de la Défense.",
  "Give POC induction training to the incoming Sector North battalion before deployment to the TOB":
    "Dispenser la formation d’accueil POC au bataillon entrant du Secteur Nord avant son déploiement à la BOT",
  "POC Unit, Integrated Mission Training Centre":
    "Unité POC, Centre intégré de formation du personnel des missions",
  "Done on 4–6 November for 620 personnel, including the rules of engagement on protecting civilians and night procedures.":
    "Fait du 4 au 6 novembre pour 620 personnes, y compris les règles d’engagement relatives à la protection des civils et les procédures de nuit.",
};
