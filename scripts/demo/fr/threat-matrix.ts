/** The French of the demo threat matrix (scripts/demo/threat-matrix.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "POC Threat Matrix — Sector North":
    "Matrice des menaces POC — Secteur Nord",
  "Sector North — Karsoma Field Office (Kessa Province)":
    "Secteur Nord — Bureau de terrain de Karsoma (province de Kessa)",
  "Sector North POC Coordination Forum, with the Sector North JOC":
    "Forum de coordination POC du Secteur Nord, avec le JOC du Secteur Nord",
  "Review of 20 November 2026. The FLK Koumbi group has moved from hit-and-run raids to a pattern of night attacks on the northern Sarakai villages (three since 3 October, 19 civilians killed). JMAC assesses a further attack on Sarakai-Nord or Bendiko as likely before mid-December, when the group usually disperses for the gold season in Tirongo. {{tm:T-1}} stays first.":
    "Révision du 20 novembre 2026. Le groupe FLK de Koumbi est passé des coups de main à une série d’attaques nocturnes contre les villages du nord de Sarakai (trois depuis le 3 octobre, 19 civils tués). La JMAC juge probable une nouvelle attaque contre Sarakai-Nord ou Bendiko avant la mi-décembre, moment où le groupe se disperse d’ordinaire pour la saison de l’or à Tirongo. {{tm:T-1}} reste en tête.",
  "The rapes outside Wendu IDP site are a campaign, not isolated incidents: 14 cases since August, by armed men who meet the women on the same firewood routes each morning. {{tm:T-2}} is now marked imminent: the mission has a reasonable belief that these men have the intent, the means, the record and the opportunity to attack again. Imminent does not mean the next attack is expected on a given day (POC Policy, para. 47).":
    "Les viols aux abords du site de déplacés de Wendu relèvent d’une campagne, non d’incidents isolés : 14 cas depuis août, commis par des hommes armés qui attendent les femmes chaque matin sur les mêmes itinéraires de collecte de bois. {{tm:T-2}} est désormais marquée imminente : la mission a des motifs raisonnables de croire que ces hommes ont l’intention, les moyens, les antécédents et l’occasion de frapper à nouveau. Imminente ne veut pas dire que la prochaine attaque est attendue à une date donnée (politique POC, par. 47).",
  "The transhumance season opens early: Haddan herds were reported on the upper Doro corridor on 16 November, three weeks ahead of last year. {{tm:T-4}} is likelier, but not imminent: an early arrival shows no hostile intent, and neither community's self-defence groups have mobilised. The forum will mark it imminent as soon as they do.":
    "La saison de transhumance s’ouvre tôt : des troupeaux haddan ont été signalés dans le haut du corridor de Doro le 16 novembre, trois semaines plus tôt que l’an dernier. {{tm:T-4}} est plus probable, mais pas imminente : une arrivée précoce ne montre aucune intention hostile, et les groupes d’autodéfense d’aucune des deux communautés ne se sont mobilisés. Le forum la marquera imminente dès qu’ils le feront.",
  "**Up:** {{tm:T-2}} (now imminent); {{tm:T-4}} (likelihood 3 → 4); {{tm:T-8}} added after the Force Commander tabled an operation in the Koumbi hills (see the Offensive Operations Brief); {{tm:T-9}} added after the October raids left the northern villages without grain and the Bendiko health post without medicines.":
    "**En hausse :** {{tm:T-2}} (désormais imminente) ; {{tm:T-4}} (probabilité 3 → 4) ; {{tm:T-8}} ajoutée après que le commandant de la force a présenté une opération dans les collines de Koumbi (voir la note sur l’opération offensive) ; {{tm:T-9}} ajoutée après que les raids d’octobre ont laissé les villages du nord sans grain et le poste de santé de Bendiko sans médicaments.",
  "**Down:** {{tm:T-7}} (likelihood 4 → 3): no kidnapping on MSR 4 since the escorted convoys started on 2 November.":
    "**En baisse :** {{tm:T-7}} (probabilité 4 → 3) : aucun enlèvement sur la MSR 4 depuis le début des convois escortés le 2 novembre.",
  "**Unchanged:** {{tm:T-3}}, {{tm:T-5}}, {{tm:T-6}}.":
    "**Inchangées :** {{tm:T-3}}, {{tm:T-5}}, {{tm:T-6}}.",
  "FLK night raids on the Sarakai villages":
    "Raids nocturnes du FLK contre les villages de Sarakai",
  "Sarakai cluster, Kessa river, 30–60 km east of Karsoma — priority 1: Sarakai-Nord, Bendiko, Gada":
    "Groupe de Sarakai, rivière Kessa, 30–60 km à l’est de Karsoma — priorité 1 : Sarakai-Nord, Bendiko, Gada",
  "FLK Koumbi group (about 250 fighters, small arms and RPGs), based in the Koumbi hills":
    "Groupe FLK de Koumbi (environ 250 combattants, armes légères et lance-roquettes), basé dans les collines de Koumbi",
  "About 31,000 residents of the 14 Sarakai villages, Lirwe farmers for the most part. The FLK accuses the three northern villages of informing for the FAAR. Raids come at night, when the TOB at Sarakai-Centre (12 km away) cannot see or reach them quickly. Older people and people with disabilities stay behind when families flee into the bush.":
    "Environ 31 000 habitants des 14 villages de Sarakai, pour la plupart des agriculteurs lirwe. Le FLK accuse les trois villages du nord de renseigner les FAAR. Les raids ont lieu la nuit, quand la BOT de Sarakai-Centre (à 12 km) ne peut ni les voir ni les atteindre rapidement. Les personnes âgées et les personnes handicapées restent sur place quand les familles fuient en brousse.",
  "FAAR: one company at Sarakai-Centre (about 60 soldiers, two vehicles), does not patrol at night. PNA: no presence east of Karsoma. Humanitarians: an NGO mobile clinic every second Tuesday; ICRC visits after incidents. Community: village vigilance committees in 9 of the 14 villages, armed with hunting rifles.":
    "FAAR : une compagnie à Sarakai-Centre (environ 60 soldats, deux véhicules), qui ne patrouille pas la nuit. PNA : aucune présence à l’est de Karsoma. Humanitaires : une clinique mobile d’ONG un mardi sur deux ; visites du CICR après les incidents. Communauté : comités de vigilance dans 9 des 14 villages, armés de fusils de chasse.",
  "TOB Sarakai-Centre manned around the clock by one infantry company; night patrols to Sarakai-Nord and Bendiko at least four nights a week.":
    "BOT de Sarakai-Centre tenue jour et nuit par une compagnie d’infanterie ; patrouilles de nuit vers Sarakai-Nord et Bendiko au moins quatre nuits par semaine.",
  "QRF platoon at Karsoma on 30 minutes' notice, with one utility helicopter held at readiness from dusk on nights of heightened alert.":
    "Section de réaction rapide à Karsoma en alerte à 30 minutes, avec un hélicoptère de transport en alerte dès la tombée de la nuit les nuits d’alerte renforcée.",
  "Community alert network: HF radios in Sarakai-Nord, Bendiko and Gada linked to the Sector North JOC ({{ap:A-8}}).":
    "Réseau d’alerte communautaire : radios HF à Sarakai-Nord, Bendiko et Gada reliées au JOC du Secteur Nord ({{ap:A-8}}).",
  "Civil Affairs engagement with village chiefs on early warning; Human Rights monitoring of reprisals after each attack.":
    "Dialogue des Affaires civiles avec les chefs de village sur l’alerte précoce ; suivi par les Droits de l’homme des représailles après chaque attaque.",
  "Force (Sector North), Civil Affairs, Sector North JOC":
    "Force (Secteur Nord), Affaires civiles, JOC du Secteur Nord",
  "One infantry company (TOB Sarakai-Centre), QRF platoon (Karsoma), two utility helicopters shared with Sector West, 3 HF radio sets.":
    "Une compagnie d’infanterie (BOT de Sarakai-Centre), une section de réaction rapide (Karsoma), deux hélicoptères de transport partagés avec le Secteur Ouest, 3 postes radio HF.",
  "No night-flying capability: the helicopters cannot reach Sarakai-Nord after dark, and the QRF needs over two hours by road. Ask Force HQ for a night-capable helicopter for Sector North until mid-January, and for night-vision equipment for the TOB company. Offensive option under consideration in {{ob:OPT-2}}.":
    "Aucune capacité de vol de nuit : les hélicoptères ne peuvent pas atteindre Sarakai-Nord après la tombée de la nuit, et la force de réaction rapide met plus de deux heures par la route. Demander au QG de la Force un hélicoptère apte au vol de nuit pour le Secteur Nord jusqu’à la mi-janvier, et des équipements de vision nocturne pour la compagnie de la BOT. Option offensive à l’étude en {{ob:OPT-2}}.",
  "Rape and sexual assault of women and girls collecting firewood outside Wendu IDP site":
    "Viols et agressions sexuelles de femmes et de filles qui ramassent du bois aux abords du site de déplacés de Wendu",
  "Wendu IDP site, 12 km south of Karsoma — firewood areas 3–8 km west of the site":
    "Site de déplacés de Wendu, à 12 km au sud de Karsoma — zones de collecte de bois à 3–8 km à l’ouest du site",
  "Armed men identified by survivors as FLK elements and armed bandits":
    "Hommes armés identifiés par les survivantes comme des éléments du FLK et des bandits armés",
  "Women and girls of the Wendu IDP site (about 23,400 people, 62 % women and children) who walk out at dawn for firewood and water. 14 cases reported to the GBV sub-cluster since August; under-reporting is certain.":
    "Femmes et filles du site de déplacés de Wendu (environ 23 400 personnes, dont 62 % de femmes et d’enfants) qui sortent à l’aube chercher du bois et de l’eau. 14 cas signalés au sous-cluster VBG depuis août ; la sous-déclaration est certaine.",
  "GBV sub-cluster partners run a women's centre and clinical care in the site; UNHCR leads site protection; PNA has 12 officers in the site, unarmed at night.":
    "Des partenaires du sous-cluster VBG gèrent un centre pour les femmes et une prise en charge clinique sur le site ; le HCR dirige la protection du site ; la PNA a 12 agents sur le site, non armés la nuit.",
  "Firewood patrols by the FPU and the Wendu company on Tuesdays, Thursdays and Saturdays, on days and routes agreed with the women's committee.":
    "Patrouilles de collecte de bois par la FPU et la compagnie de Wendu les mardis, jeudis et samedis, aux jours et sur les itinéraires convenus avec le comité des femmes.",
  "Human Rights (CRSV) documents cases with the survivors' consent and raises them with the Kessa prosecutor.":
    "Les Droits de l’homme (VSLC) documentent les cas avec le consentement des survivantes et les portent devant le procureur de Kessa.",
  "Lighting and a second water point inside the site (Mission Support, with UNHCR).":
    "Éclairage et second point d’eau à l’intérieur du site (Appui à la mission, avec le HCR).",
  "UNPOL (FPU Wendu), Force (Sector North), Human Rights (CRSV), Mission Support":
    "UNPOL (FPU de Wendu), Force (Secteur Nord), Droits de l’homme (VSLC), Appui à la mission",
  "FPU Wendu (140 officers), one infantry platoon from the Wendu company, one Women's Protection Adviser (Karsoma).":
    "FPU de Wendu (140 agents), une section d’infanterie de la compagnie de Wendu, une conseillère pour la protection des femmes (Karsoma).",
  "Patrols cover three mornings a week; women go out daily. Ask the UNCT (through the HCT) to fund fuel-efficient stoves and a firewood distribution, which would remove the need rather than escort it.":
    "Les patrouilles couvrent trois matins par semaine ; les femmes sortent tous les jours. Demander à l’équipe de pays (par l’équipe humanitaire de pays) de financer des foyers améliorés et une distribution de bois de chauffe, qui supprimeraient le besoin au lieu de l’escorter.",
  "Abduction and forced recruitment of children in the Tirongo mines":
    "Enlèvement et recrutement forcé d’enfants dans les mines de Tirongo",
  "Tirongo artisanal gold mines and the villages on the Tirongo–Koumbi track":
    "Mines d’or artisanales de Tirongo et villages de la piste Tirongo–Koumbi",
  "FLK (recruiters operating from the Koumbi hills and the mines it taxes)":
    "FLK (recruteurs opérant depuis les collines de Koumbi et les mines qu’il taxe)",
  "Boys of 12–17 working in the artisanal mines, many without families in Tirongo; girls taken as \"wives\" from villages on the track. Child Protection verified 23 cases of recruitment in 2026.":
    "Garçons de 12 à 17 ans qui travaillent dans les mines artisanales, beaucoup sans famille à Tirongo ; filles enlevées comme « épouses » dans les villages de la piste. La Protection de l’enfance a vérifié 23 cas de recrutement en 2026.",
  "UNICEF and one NGO run a transit and care centre in Karsoma (capacity 40). The FAAR holds children captured in operations at the brigade base, sometimes for weeks.":
    "L’UNICEF et une ONG gèrent un centre de transit et de prise en charge à Karsoma (capacité 40). Les FAAR gardent à la base de la brigade les enfants capturés en opération, parfois pendant des semaines.",
  "Child Protection monitors and verifies cases (MRM) and engages the mine owners' association.":
    "La Protection de l’enfance surveille et vérifie les cas (MRM) et dialogue avec l’association des propriétaires de mines.",
  "Patrols from the Tirongo team site on market and pay days.":
    "Patrouilles depuis la base d’opérations de Tirongo les jours de marché et de paie.",
  "Advocacy with the FAAR 14th Brigade on the handover of children ({{ap:A-3}}).":
    "Plaidoyer auprès de la 14e brigade des FAAR sur la remise des enfants ({{ap:A-3}}).",
  "Child Protection, Force (Tirongo team site), Human Rights":
    "Protection de l’enfance, Force (base d’opérations de Tirongo), Droits de l’homme",
  "Two Child Protection officers (Karsoma), Tirongo team site (one platoon).":
    "Deux spécialistes de la protection de l’enfance (Karsoma), base d’opérations de Tirongo (une section).",
  "No Child Protection presence in Tirongo itself. Deploy a joint protection team to the mines in December ({{ap:A-10}}) and seek a handover protocol with the FAAR before any operation in the Koumbi hills.":
    "Pas de présence de la Protection de l’enfance à Tirongo même. Déployer une équipe conjointe de protection dans les mines en décembre ({{ap:A-10}}) et obtenir un protocole de remise avec les FAAR avant toute opération dans les collines de Koumbi.",
  "Clashes between Haddan herders and Lirwe farmers on the Doro corridor":
    "Affrontements entre éleveurs haddan et agriculteurs lirwe sur le corridor de Doro",
  "Doro corridor: Lirwe-Kato, Mbali and the river crossings south of the Doro plateau":
    "Corridor de Doro : Lirwe-Kato, Mbali et les passages de la rivière au sud du plateau de Doro",
  "Haddan herder militias and Lirwe village self-defence groups":
    "Milices d’éleveurs haddan et groupes d’autodéfense des villages lirwe",
  "Lirwe farming villages whose fields are not yet harvested when herds arrive, and Haddan herding families, including children who herd alone. Last season's clashes at Mbali killed 26 people and displaced about 4,000.":
    "Les villages agricoles lirwe dont les champs ne sont pas encore récoltés à l’arrivée des troupeaux, et les familles d’éleveurs haddan, y compris les enfants qui gardent seuls les bêtes. Les affrontements de Mbali la saison dernière ont fait 26 morts et environ 4 000 déplacés.",
  "Provincial authorities chair a transhumance commission that has not met since March. FAO supports vaccination points on the corridor. Religious leaders of both communities mediated in 2025.":
    "Les autorités provinciales président une commission de la transhumance qui ne s’est pas réunie depuis mars. La FAO appuie des points de vaccination sur le corridor. Des chefs religieux des deux communautés ont servi de médiateurs en 2025.",
  "Joint transhumance committee of Haddan and Lirwe leaders and the provincial authorities, convened by Civil Affairs ({{ap:A-4}}).":
    "Comité conjoint de transhumance des chefs haddan et lirwe et des autorités provinciales, réuni par les Affaires civiles ({{ap:A-4}}).",
  "Force patrols on the corridor crossings during the herds' passage; UNPOL support to the PNA at the Mbali market.":
    "Patrouilles de la Force aux passages du corridor pendant le passage des troupeaux ; appui d’UNPOL à la PNA au marché de Mbali.",
  "Radio messages in Haddan and Lirwe languages on the corridor and on how to raise an alert ({{ap:A-12}}).":
    "Messages radio en haddan et en lirwe sur le corridor et sur la façon de donner l’alerte ({{ap:A-12}}).",
  "Civil Affairs, Force (Sector North), UNPOL, Public Information":
    "Affaires civiles, Force (Secteur Nord), UNPOL, Information publique",
  "Three Civil Affairs officers and four community liaison assistants (Karsoma), one infantry company for corridor patrols from December, QIP funds for two water points.":
    "Trois spécialistes des affaires civiles et quatre assistants de liaison communautaire (Karsoma), une compagnie d’infanterie pour les patrouilles du corridor à partir de décembre, des fonds PIR pour deux points d’eau.",
  "The herds are early; bring the first committee meeting forward to the first week of December and start corridor patrols now.":
    "Les troupeaux sont en avance : avancer la première réunion du comité à la première semaine de décembre et commencer dès maintenant les patrouilles du corridor.",
  "IEDs on MSR 4 between Karsoma and Tirongo":
    "EEI sur la MSR 4 entre Karsoma et Tirongo",
  "MSR 4, km 40–95 (Sarakai junction to Tirongo)":
    "MSR 4, km 40–95 (de l’embranchement de Sarakai à Tirongo)",
  "Traders, trucks and minibuses on MSR 4, the only road to Tirongo; two civilian vehicles struck in 2026 (5 killed). IDPs considering return to Sarakai use the same road.":
    "Commerçants, camions et minibus sur la MSR 4, seule route vers Tirongo ; deux véhicules civils touchés en 2026 (5 tués). Les déplacés qui envisagent de rentrer à Sarakai empruntent la même route.",
  "The FAAR has no route-clearance capacity in Kessa. UNMAS has a risk-education team in Karsoma but no clearance team in the sector.":
    "Les FAAR n’ont aucune capacité de dépollution d’itinéraire à Kessa. L’UNMAS a une équipe d’éducation aux risques à Karsoma mais pas d’équipe de dépollution dans le secteur.",
  "Risk education in villages along MSR 4 (UNMAS).":
    "Éducation aux risques dans les villages le long de la MSR 4 (UNMAS).",
  "Reporting of suspicious objects through the alert network; cordon by the nearest patrol until FAAR engineers arrive.":
    "Signalement des objets suspects par le réseau d’alerte ; bouclage par la patrouille la plus proche jusqu’à l’arrivée du génie des FAAR.",
  "Force (Sector North), UNMAS":
    "Force (Secteur Nord), UNMAS",
  "UNMAS risk-education team (4 staff).":
    "Équipe d’éducation aux risques de l’UNMAS (4 personnes).",
  "No search or clearance capacity: request an explosive ordnance disposal team and a route-clearance package for Sector North (see the Resources & Capabilities Matrix, {{rc:CAP-5}}).":
    "Aucune capacité de recherche ni de dépollution : demander une équipe de neutralisation des explosifs et munitions et un module de dépollution d’itinéraire pour le Secteur Nord (voir la matrice des ressources et capacités, {{rc:CAP-5}}).",
  "Ill-treatment and killing of men detained as suspected FLK collaborators":
    "Mauvais traitements et meurtres d’hommes détenus comme collaborateurs présumés du FLK",
  "FAAR 14th Brigade base and detention cells in Karsoma; villages searched during FAAR operations":
    "Base de la 14e brigade des FAAR et cellules de détention à Karsoma ; villages fouillés pendant les opérations des FAAR",
  "Elements of the FAAR 14th Brigade (3rd Battalion in particular)":
    "Éléments de la 14e brigade des FAAR (en particulier le 3e bataillon)",
  "Men and older boys from the Sarakai villages and Lirwe communities, suspected of supporting the FLK. Human Rights documented 41 cases of arbitrary detention and 9 deaths in custody or after arrest between January and October 2026.":
    "Hommes et garçons plus âgés des villages de Sarakai et des communautés lirwe, soupçonnés de soutenir le FLK. Les Droits de l’homme ont documenté 41 cas de détention arbitraire et 9 décès en détention ou après une arrestation entre janvier et octobre 2026.",
  "ICRC visits places of detention. The Kessa prosecutor has opened two investigations; none has reached trial.":
    "Le CICR visite les lieux de détention. Le procureur de Kessa a ouvert deux enquêtes ; aucune n’a abouti à un procès.",
  "Human Rights monitoring and visits to detention cells; cases raised with the brigade commander and the Minister of Defence.":
    "Suivi par les Droits de l’homme et visites des cellules de détention ; cas portés devant le commandant de la brigade et le ministre de la Défense.",
  "HRDDP: risk assessment of the 14th Brigade updated and mitigation measures attached to any MINUSAR support ({{ap:A-1}}).":
    "HRDDP : évaluation des risques de la 14e brigade mise à jour et mesures d’atténuation attachées à tout appui de la MINUSAR ({{ap:A-1}}).",
  "Training of 14th Brigade officers on IHL and human rights ({{ap:A-15}}).":
    "Formation des officiers de la 14e brigade au DIH et aux droits de l’homme ({{ap:A-15}}).",
  "Human Rights, Political Affairs, Force (liaison officers)":
    "Droits de l’homme, Affaires politiques, Force (officiers de liaison)",
  "Five Human Rights officers in Karsoma, two Force liaison officers with the 14th Brigade.":
    "Cinq spécialistes des droits de l’homme à Karsoma, deux officiers de liaison de la Force auprès de la 14e brigade.",
  "Keep the 3rd Battalion out of any joint activity until the mitigation measures are agreed; ask the SRSG to raise the nine deaths with the Minister of Defence.":
    "Tenir le 3e bataillon à l’écart de toute activité conjointe jusqu’à ce que les mesures d’atténuation soient convenues ; demander au RSSG d’évoquer les neuf décès avec le ministre de la Défense.",
  "Kidnapping for ransom on MSR 4":
    "Enlèvements contre rançon sur la MSR 4",
  "MSR 4, km 60–110, and the Tirongo market road":
    "MSR 4, km 60–110, et la route du marché de Tirongo",
  "Armed bandits (two or three groups of 10–15 men), some with links to FLK commanders":
    "Bandits armés (deux ou trois groupes de 10 à 15 hommes), certains liés à des commandants du FLK",
  "Gold traders, drivers and their passengers; eight kidnappings in 2026, two hostages killed.":
    "Commerçants d’or, chauffeurs et leurs passagers ; huit enlèvements en 2026, deux otages tués.",
  "PNA checkpoint at Tirongo; traders' association pays for private guards.":
    "Poste de contrôle de la PNA à Tirongo ; l’association des commerçants paie des gardes privés.",
  "Escorted convoys on Mondays and Thursdays since 2 November, with the PNA.":
    "Convois escortés les lundis et jeudis depuis le 2 novembre, avec la PNA.",
  "Alerts from drivers to the JOC through the alert network hotline.":
    "Alertes des chauffeurs au JOC par la ligne d’urgence du réseau d’alerte.",
  "Force (Sector North), UNPOL":
    "Force (Secteur Nord), UNPOL",
  "One infantry platoon for convoy escort twice a week; UNPOL advisers at the Tirongo PNA post.":
    "Une section d’infanterie pour l’escorte des convois deux fois par semaine ; conseillers d’UNPOL au poste de la PNA de Tirongo.",
  "Hand escort duty progressively to the PNA from February 2027 once its Tirongo post has vehicles.":
    "Confier progressivement les escortes à la PNA à partir de février 2027, dès que son poste de Tirongo aura des véhicules.",
  "Civilian harm during military operations against the FLK in the Koumbi hills":
    "Préjudices causés aux civils lors d’opérations militaires contre le FLK dans les collines de Koumbi",
  "Koumbi hills and the hamlets of Koumbi-Bas, Gada-Haut and Nyeri, 8–15 km north-east of Sarakai-Centre":
    "Collines de Koumbi et hameaux de Koumbi-Bas, Gada-Haut et Nyeri, à 8–15 km au nord-est de Sarakai-Centre",
  "Any force operating in the Koumbi hills: FAAR, MINUSAR, and FLK reprisals against civilians":
    "Toute force opérant dans les collines de Koumbi : FAAR, MINUSAR, et représailles du FLK contre les civils",
  "About 1,200 civilians living in three hamlets in and around the FLK base area, including families of fighters and people held by the FLK; the Sarakai villages, exposed to FLK reprisals after any operation.":
    "Environ 1 200 civils vivant dans trois hameaux dans et autour de la zone de base du FLK, dont des familles de combattants et des personnes retenues par le FLK ; les villages de Sarakai, exposés aux représailles du FLK après toute opération.",
  "ICRC has access to the hamlets and dialogue with the FLK. Humanitarian partners would receive people displaced toward Sarakai-Centre.":
    "Le CICR a accès aux hameaux et dialogue avec le FLK. Des partenaires humanitaires accueilleraient les personnes déplacées vers Sarakai-Centre.",
  "Civilian harm mitigation built into the options of the Offensive Operations Brief ({{ob:OPT-2}}, {{ob:OPT-3}}).":
    "Atténuation des préjudices aux civils intégrée aux options de la note sur l’opération offensive ({{ob:OPT-2}}, {{ob:OPT-3}}).",
  "Humanitarian notification and a safe route for civilians leaving the hamlets; Human Rights monitors with the Force.":
    "Notification humanitaire et itinéraire sûr pour les civils qui quittent les hameaux ; observateurs des Droits de l’homme avec la Force.",
  "Force HQ, POC Unit, Human Rights":
    "QG de la Force, Unité POC, Droits de l’homme",
  "Planned in the operation: Human Rights monitors, two civil-military coordination officers, casualty evacuation by helicopter.":
    "Prévus dans l’opération : observateurs des Droits de l’homme, deux officiers de coordination civilo-militaire, évacuation sanitaire par hélicoptère.",
  "No operation unless the SRSG approves the brief, and then only on the conditions the SRSG sets; review this row after the operation.":
    "Aucune opération sans l’approbation de la note par le RSSG, et alors seulement aux conditions qu’il fixe ; revoir cette ligne après l’opération.",
  "FLK looting and burning of grain stores, cattle and the Bendiko health post":
    "Pillage et incendie par le FLK des greniers, du bétail et du poste de santé de Bendiko",
  "Northern Sarakai villages (Sarakai-Nord, Bendiko, Gada); the Bendiko health post and the Sarakai-Centre primary school":
    "Villages du nord de Sarakai (Sarakai-Nord, Bendiko, Gada) ; le poste de santé de Bendiko et l’école primaire de Sarakai-Centre",
  "FLK Koumbi group, during and after its night raids":
    "Groupe FLK de Koumbi, pendant et après ses raids nocturnes",
  "About 9,000 people in the three northern villages, who lost most of their grain and about 300 head of cattle in the October raids and face the lean season from March. The Bendiko health post, looted twice for medicines in 2026, is the only one within 20 km. The Sarakai-Centre primary school (about 600 pupils) closed for two weeks after the 3 October attack.":
    "Environ 9 000 personnes dans les trois villages du nord, qui ont perdu l’essentiel de leur grain et environ 300 têtes de bétail lors des raids d’octobre et affrontent la soudure à partir de mars. Le poste de santé de Bendiko, pillé deux fois pour ses médicaments en 2026, est le seul dans un rayon de 20 km. L’école primaire de Sarakai-Centre (environ 600 élèves) a fermé deux semaines après l’attaque du 3 octobre.",
  "WFP and an NGO distributed emergency rations after the October raids. The Ministry of Health pays the two nurses at Bendiko but has not restocked the post. UNICEF supports the Sarakai-Centre school. The FAAR company at Sarakai-Centre does not guard stores or the health post.":
    "Le PAM et une ONG ont distribué des rations d’urgence après les raids d’octobre. Le ministère de la Santé paie les deux infirmiers de Bendiko mais n’a pas réapprovisionné le poste. L’UNICEF appuie l’école de Sarakai-Centre. La compagnie des FAAR de Sarakai-Centre ne garde ni les greniers ni le poste de santé.",
  "Night patrols to Bendiko pass the health post and the grain stores (with {{tm:T-1}}).":
    "Les patrouilles de nuit vers Bendiko passent par le poste de santé et les greniers (avec {{tm:T-1}}).",
  "Civil Affairs helps the northern villages move their grain to a common store within sight of the TOB, at their request ({{ap:A-18}}).":
    "Les Affaires civiles aident les villages du nord à transférer leur grain dans un grenier commun en vue de la BOT, à leur demande ({{ap:A-18}}).",
  "Human Rights documents the destruction; Civil Affairs raises it with FLK commanders through the Kessa inter-faith council.":
    "Les Droits de l’homme documentent les destructions ; les Affaires civiles les évoquent avec les commandants du FLK par le conseil interconfessionnel de Kessa.",
  "Civil Affairs, Force (Sector North), Human Rights":
    "Affaires civiles, Force (Secteur Nord), Droits de l’homme",
  "Patrols of the TOB company (shared with {{tm:T-1}}); QIP funds requested for the common grain store.":
    "Patrouilles de la compagnie de la BOT (partagées avec {{tm:T-1}}) ; fonds PIR demandés pour le grenier commun.",
  "The common grain store is on hold: the chiefs of Sarakai-Nord and Bendiko disagree on its site. The Head of Office to settle it with them and the prefect on 2 December. Ask WFP and the Ministry of Health, through the Protection Cluster, to plan the restocking of grain and medicines before March.":
    "Le grenier commun est en suspens : les chefs de Sarakai-Nord et de Bendiko ne s’accordent pas sur son site. Le chef de bureau doit régler la question avec eux et le préfet le 2 décembre. Demander au PAM et au ministère de la Santé, par le Cluster Protection, de prévoir le réapprovisionnement en grain et en médicaments avant mars.",
  "Reviewed on 20 November 2026 by the Sector North POC Coordination Forum (Head of Office Karsoma, chair; Sector North Commander; UNPOL Sector Commander; Civil Affairs; Human Rights; Child Protection; JOC; JMAC; UNHCR as Protection Cluster lead in Kessa; UNICEF; UNMAS).":
    "Révisée le 20 novembre 2026 par le Forum de coordination POC du Secteur Nord (chef du bureau de Karsoma, président ; commandant du Secteur Nord ; commandant de secteur d’UNPOL ; Affaires civiles ; Droits de l’homme ; Protection de l’enfance ; JOC ; JMAC ; HCR, chef de file du Cluster Protection à Kessa ; UNICEF ; UNMAS).",
  "Partners whose programmes the matrix touches commented before the meeting: UNHCR and the GBV sub-cluster on {{tm:T-2}}, UNICEF on {{tm:T-3}}, FAO on {{tm:T-4}}, UNMAS on {{tm:T-5}}.":
    "Les partenaires dont les programmes sont concernés par la matrice ont fait part de leurs commentaires avant la réunion : le HCR et le sous-cluster VBG sur {{tm:T-2}}, l’UNICEF sur {{tm:T-3}}, la FAO sur {{tm:T-4}}, l’UNMAS sur {{tm:T-5}}.",
  "Shared after approval with the Senior POC Adviser, for the Senior POC Forum of 3 December and the heads of the substantive components.":
    "Communiquée après approbation au conseiller principal POC, pour le Forum POC de haut niveau du 3 décembre, et aux chefs des composantes organiques.",
  "Rows {{tm:T-6}} and {{tm:T-8}} are shared with humanitarian partners in summary only, to protect sources.":
    "Les lignes {{tm:T-6}} et {{tm:T-8}} ne sont communiquées aux partenaires humanitaires que sous forme de résumé, pour protéger les sources.",
};
