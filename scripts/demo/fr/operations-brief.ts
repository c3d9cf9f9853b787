/** The French of the demo operations brief (scripts/demo/operations-brief.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "Offensive Operations Brief — Operation KOUMBI SHIELD":
    "Note sur une opération offensive — Opération BOUCLIER DE KOUMBI",
  "Chief U5 (Plans), Force HQ":
    "Chef U5 (Plans), QG de la Force",
  "JOC, JMAC, POC Unit, Human Rights, Child Protection, Political Affairs, Legal Adviser, Head of Office Karsoma, Sector North Commander":
    "JOC, JMAC, Unité POC, Droits de l’homme, Protection de l’enfance, Affaires politiques, Conseiller juridique, chef du bureau de Karsoma, commandant du Secteur Nord",
  "Dislodge the FLK Koumbi group from its base in the Koumbi hills and deny it the approaches to the northern Sarakai villages":
    "Déloger le groupe FLK de Koumbi de sa base des collines de Koumbi et lui interdire les approches des villages du nord de Sarakai",
  "The Koumbi group has carried out three night raids on the northern Sarakai villages since 3 October (19 civilians killed) and is assessed by JMAC as preparing another before mid-December. It also holds abducted children and lays IEDs on MSR 4. Deterrence by presence has not stopped the raids because the mission cannot reach the villages at night.":
    "Le groupe de Koumbi a mené trois raids nocturnes contre les villages du nord de Sarakai depuis le 3 octobre (19 civils tués) et, selon la JMAC, en prépare un autre avant la mi-décembre. Il retient aussi des enfants enlevés et pose des EEI sur la MSR 4. La dissuasion par la présence n’a pas arrêté les raids, car la mission ne peut pas atteindre les villages de nuit.",
  "Koumbi hills, 8–15 km north-east of Sarakai-Centre, Kessa Province: the FLK camp at Koumbi-Haut and its two outposts on the Gada track":
    "Collines de Koumbi, à 8–15 km au nord-est de Sarakai-Centre, province de Kessa : le camp du FLK à Koumbi-Haut et ses deux avant-postes sur la piste de Gada",
  "About 250 FLK fighters under the Koumbi group commander, with small arms, machine guns and RPGs. About 1,200 civilians live in the hamlets of Koumbi-Bas, Gada-Haut and Nyeri, among them fighters' families and people held by the FLK, including an estimated 30–40 children.":
    "Environ 250 combattants du FLK sous les ordres du commandant du groupe de Koumbi, avec armes légères, mitrailleuses et lance-roquettes. Environ 1 200 civils vivent dans les hameaux de Koumbi-Bas, Gada-Haut et Nyeri, parmi lesquels des familles de combattants et des personnes retenues par le FLK, dont 30 à 40 enfants selon les estimations.",
  "Window 28 November – 12 December 2026, before the FLK disperses for the gold season and before the herds reach the Doro corridor":
    "Fenêtre du 28 novembre au 12 décembre 2026, avant la dispersion du FLK pour la saison de l’or et avant l’arrivée des troupeaux sur le corridor de Doro",
  "The mandate authorizes MINUSAR to use all necessary means to protect civilians under threat of physical violence, within its capabilities and areas of deployment, including through pre-emptive action. The Koumbi group poses a direct and continuing threat of physical violence to the Sarakai villages.":
    "Le mandat autorise la MINUSAR à utiliser tous les moyens nécessaires pour protéger les civils menacés de violences physiques, dans la limite de ses capacités et de ses zones de déploiement, y compris par une action préventive. Le groupe de Koumbi fait peser une menace directe et persistante de violences physiques sur les villages de Sarakai.",
  "Mission ROE: use of force, up to and including deadly force, to protect civilians under imminent threat of physical violence; Force Commander's POC directive.":
    "Règles d’engagement de la mission : emploi de la force, y compris de la force meurtrière, pour protéger les civils sous la menace imminente de violences physiques ; directive POC du commandant de la force.",
  "International humanitarian law, where MINUSAR becomes a party to the hostilities during the operation: distinction, proportionality and precautions in attack.":
    "Le droit international humanitaire, dès lors que la MINUSAR devient partie aux hostilités pendant l’opération : distinction, proportionnalité et précautions dans l’attaque.",
  "Human Rights Due Diligence Policy for any support to the FAAR (risk assessment of the 14th Brigade under update, {{ap:A-1}} of the Action Plan).":
    "Politique de diligence voulue en matière de droits de l’homme pour tout appui aux FAAR (évaluation des risques de la 14e brigade en cours de mise à jour, {{ap:A-1}} du plan d’action).",
  "Host state consent: the Minister of Defence confirmed on 14 November 2026 the Government's support for MINUSAR action against the FLK in the Koumbi hills.":
    "Consentement de l’État hôte : le ministre de la Défense a confirmé le 14 novembre 2026 le soutien du gouvernement à une action de la MINUSAR contre le FLK dans les collines de Koumbi.",
  "Shows the Government and the Sarakai communities that the mission acts on its mandate; strengthens the SRSG's hand with the Ministry of Defence on the conduct of the FAAR.":
    "Montre au gouvernement et aux communautés de Sarakai que la mission exécute son mandat ; renforce la position du RSSG auprès du ministère de la Défense sur la conduite des FAAR.",
  "The FLK will present the mission as a party to the conflict, which may close the inter-faith council channel on the release of children. Opposition politicians may accuse the mission of fighting the Government's war before the 2027 elections.":
    "Le FLK présentera la mission comme partie au conflit, ce qui pourrait fermer le canal du conseil interconfessionnel sur la libération des enfants. Des responsables de l’opposition pourraient accuser la mission de mener la guerre du gouvernement avant les élections de 2027.",
  "Farmers in the northern Sarakai villages could harvest and sell before the dry season; MSR 4 safer for the Tirongo gold trade.":
    "Les agriculteurs des villages du nord de Sarakai pourraient récolter et vendre avant la saison sèche ; une MSR 4 plus sûre pour le commerce de l’or de Tirongo.",
  "Temporary closure of the Gada track and of the Tirongo–Koumbi route; loss of income for families in the hamlets; possible FLK retaliation against traders on MSR 4.":
    "Fermeture temporaire de la piste de Gada et de la route Tirongo–Koumbi ; perte de revenus pour les familles des hameaux ; représailles possibles du FLK contre les commerçants sur la MSR 4.",
  "Removes the main source of night raids on the Sarakai villages ({{tm:T-1}}); chance to separate children from the group and hand them over ({{tm:T-3}}); fewer IEDs on MSR 4 ({{tm:T-5}}).":
    "Supprime la principale source des raids nocturnes contre les villages de Sarakai ({{tm:T-1}}) ; occasion de séparer des enfants du groupe et de les remettre ({{tm:T-3}}) ; moins d’EEI sur la MSR 4 ({{tm:T-5}}).",
  "Risk to the 1,200 civilians in the hamlets during the operation and of displacement toward Sarakai-Centre ({{tm:T-8}}); FLK reprisals on villages outside the area of operations; risk of FAAR abuses against suspected collaborators afterwards ({{tm:T-6}}).":
    "Risque pour les 1 200 civils des hameaux pendant l’opération et risque de déplacement vers Sarakai-Centre ({{tm:T-8}}) ; représailles du FLK contre des villages hors de la zone d’opérations ; risque d’exactions des FAAR contre des collaborateurs présumés par la suite ({{tm:T-6}}).",
  "Degrades the strongest FLK group; frees the Sector North reserve from static protection in Sarakai for the transhumance season.":
    "Affaiblit le groupe le plus puissant du FLK ; libère la réserve du Secteur Nord de la protection statique à Sarakai pour la saison de transhumance.",
  "Risk of casualties among peacekeepers; the FLK may disperse into smaller groups that are harder to deter; the QRF and the helicopters are committed for up to ten days.":
    "Risque de pertes parmi les Casques bleus ; le FLK pourrait se disperser en groupes plus petits, plus difficiles à dissuader ; la force de réaction rapide et les hélicoptères sont engagés jusqu’à dix jours.",
  "The Force Commander assesses that the Koumbi group will attack again within weeks and that the current posture cannot stop night raids. The group is vulnerable now: concentrated in the Koumbi-Haut camp, short of ammunition after October, and dependent on the Gada track for supplies.":
    "Le commandant de la force estime que le groupe de Koumbi attaquera de nouveau d’ici quelques semaines et que la posture actuelle ne peut pas empêcher les raids nocturnes. Le groupe est vulnérable maintenant : concentré dans le camp de Koumbi-Haut, à court de munitions depuis octobre, et dépendant de la piste de Gada pour son ravitaillement.",
  "Intent: with a MINUSAR-led operation, clear the Koumbi-Haut camp and the Gada track outposts, hold the area for 72 hours, and establish a company operating base at Gada to deny the FLK the approaches to the Sarakai villages through the dry season — while keeping civilians in the hamlets out of harm and ensuring that children separated from the group are handed over to child protection actors.":
    "Intention : par une opération conduite par la MINUSAR, nettoyer le camp de Koumbi-Haut et les avant-postes de la piste de Gada, tenir la zone pendant 72 heures et établir une base opérationnelle de compagnie à Gada pour interdire au FLK les approches des villages de Sarakai pendant toute la saison sèche — en tenant les civils des hameaux à l’abri et en veillant à ce que les enfants séparés du groupe soient remis aux acteurs de la protection de l’enfance.",
  "Hold the current posture (no offensive operation)":
    "Maintenir la posture actuelle (pas d’opération offensive)",
  "Keep the TOB at Sarakai-Centre and night patrols to the northern villages; press for a night-capable helicopter; rely on the alert network and on deterrence by presence.":
    "Garder la BOT de Sarakai-Centre et les patrouilles de nuit vers les villages du nord ; insister pour obtenir un hélicoptère apte au vol de nuit ; compter sur le réseau d’alerte et sur la dissuasion par la présence.",
  "No risk of harm to civilians from MINUSAR fire; keeps the inter-faith channel to the FLK open; no commitment of the QRF.":
    "Aucun risque de préjudice aux civils par des tirs de la MINUSAR ; garde ouvert le canal interconfessionnel avec le FLK ; n’engage pas la force de réaction rapide.",
  "Does not address the cause of the raids; JMAC expects at least one more attack before mid-December; inaction will be seen by the communities as abandonment.":
    "Ne traite pas la cause des raids ; la JMAC s’attend à au moins une autre attaque avant la mi-décembre ; les communautés verront l’inaction comme un abandon.",
  "None from MINUSAR action. Continued FLK raids on the Sarakai villages are expected: on 2026 figures, 5–10 civilians killed per raid.":
    "Aucun du fait d’une action de la MINUSAR. La poursuite des raids du FLK contre les villages de Sarakai est attendue : d’après les chiffres de 2026, 5 à 10 civils tués par raid.",
  "Increase night patrols to every night, evacuate people at highest risk to Sarakai-Centre on alerts, and accelerate the alert network ({{ap:A-8}}).":
    "Porter les patrouilles de nuit à toutes les nuits, évacuer vers Sarakai-Centre les personnes les plus exposées lors des alertes, et accélérer le réseau d’alerte ({{ap:A-8}}).",
  "MINUSAR-led operation to clear the Koumbi hills, FAAR holding the outer cordon":
    "Opération conduite par la MINUSAR pour nettoyer les collines de Koumbi, les FAAR tenant le bouclage extérieur",
  "Two infantry companies with the QRF and helicopter support clear the Koumbi-Haut camp and the Gada outposts; FAAR 14th Brigade (1st Battalion only) holds the outer cordon on the Tirongo track. MINUSAR holds the area for 72 hours and sets up a company operating base at Gada. Human Rights, Child Protection and Civil Affairs officers accompany the companies.":
    "Deux compagnies d’infanterie, avec la force de réaction rapide et un appui héliporté, nettoient le camp de Koumbi-Haut et les avant-postes de Gada ; la 14e brigade des FAAR (1er bataillon seulement) tient le bouclage extérieur sur la piste de Tirongo. La MINUSAR tient la zone pendant 72 heures et établit une base opérationnelle de compagnie à Gada. Des spécialistes des droits de l’homme, de la protection de l’enfance et des affaires civiles accompagnent les compagnies.",
  "Under MINUSAR command, so civilian harm mitigation and the handover of children are controlled by the mission; permanent presence at Gada afterwards; FAAR role limited to a unit without recorded violations.":
    "Sous commandement de la MINUSAR : l’atténuation des préjudices aux civils et la remise des enfants sont maîtrisées par la mission ; présence permanente à Gada ensuite ; rôle des FAAR limité à une unité sans violations recensées.",
  "Commits most of the Sector North reserve for ten days; risk of peacekeeper casualties; the FLK may disperse and attack elsewhere.":
    "Engage l’essentiel de la réserve du Secteur Nord pendant dix jours ; risque de pertes parmi les Casques bleus ; le FLK pourrait se disperser et attaquer ailleurs.",
  "Civilians in Koumbi-Bas and Gada-Haut could be caught in fighting; houses near the camp could be damaged; people fleeing toward Sarakai-Centre (up to 1,200); possible reprisals on villages outside the area.":
    "Les civils de Koumbi-Bas et de Gada-Haut pourraient être pris dans les combats ; des maisons proches du camp pourraient être endommagées ; des personnes fuiraient vers Sarakai-Centre (jusqu’à 1 200) ; représailles possibles contre des villages hors de la zone.",
  "Advance warning to the hamlets by radio and through the inter-faith council 24 hours before; a safe route to Sarakai-Centre, held by UNPOL; no indirect fire; helicopters for casualty evacuation of civilians; OCHA notified for humanitarian assistance; patrols in the southern Sarakai villages during and after the operation.":
    "Avertissement des hameaux 24 heures à l’avance, par radio et par le conseil interconfessionnel ; un itinéraire sûr vers Sarakai-Centre, tenu par UNPOL ; aucun tir indirect ; hélicoptères pour l’évacuation sanitaire des civils ; OCHA notifié pour l’assistance humanitaire ; patrouilles dans les villages du sud de Sarakai pendant et après l’opération.",
  "Support a FAAR-led operation in the Koumbi hills":
    "Appuyer une opération conduite par les FAAR dans les collines de Koumbi",
  "The FAAR 14th Brigade clears the camp with two battalions; MINUSAR provides planning support, fuel, casualty evacuation and a cordon on the Sarakai side.":
    "La 14e brigade des FAAR nettoie le camp avec deux bataillons ; la MINUSAR fournit un appui à la planification, du carburant, l’évacuation sanitaire et un bouclage du côté de Sarakai.",
  "Fewer MINUSAR troops committed; the state takes the lead, in line with its primary responsibility.":
    "Moins de troupes de la MINUSAR engagées ; l’État prend la tête, conformément à sa responsabilité première.",
  "The 3rd Battalion would take part; the HRDDP risk assessment is not complete; the mission could not control conduct toward civilians or detainees and would share the blame for abuses.":
    "Le 3e bataillon y participerait ; l’évaluation des risques HRDDP n’est pas terminée ; la mission ne pourrait pas maîtriser la conduite envers les civils ni envers les détenus et partagerait la responsabilité des exactions.",
  "High: record of indiscriminate fire and burning of houses in FAAR operations, and of killings of suspected collaborators ({{tm:T-6}}); children risk being detained rather than handed over.":
    "Élevés : antécédents de tirs sans discrimination et d’incendies de maisons lors des opérations des FAAR, et de meurtres de collaborateurs présumés ({{tm:T-6}}) ; les enfants risquent d’être détenus plutôt que remis.",
  "Support only under HRDDP mitigation measures (exclusion of the 3rd Battalion, Human Rights monitors, handover of children within 72 hours), which the FAAR has not yet accepted.":
    "Appui seulement avec les mesures d’atténuation de la HRDDP (exclusion du 3e bataillon, observateurs des Droits de l’homme, remise des enfants sous 72 heures), que les FAAR n’ont pas encore acceptées.",
  "OPT-2 is the only option that removes the threat to the Sarakai villages while keeping control of the conduct toward civilians and children. OPT-1 leaves the villages exposed; OPT-3 cannot be supported until the HRDDP mitigation measures are accepted.":
    "L’OPT-2 est la seule option qui supprime la menace pesant sur les villages de Sarakai tout en gardant la maîtrise de la conduite envers les civils et les enfants. L’OPT-1 laisse les villages exposés ; l’OPT-3 ne peut pas être appuyée tant que les mesures d’atténuation de la HRDDP ne sont pas acceptées.",
  "Office of Military Affairs, Integrated Operational Team, DPO POC team, Office of Legal Affairs":
    "Bureau des affaires militaires, équipe opérationnelle intégrée, équipe POC du DPO, Bureau des affaires juridiques",
  "UNHQ supports OPT-2, asks that the FAAR cordon be limited to the 1st Battalion and written into the HRDDP mitigation measures, and that the TCCs of the two companies be consulted on the rules of engagement (done on 17 November; no caveat raised).":
    "Le Siège appuie l’OPT-2, demande que le bouclage des FAAR soit limité au 1er bataillon et inscrit dans les mesures d’atténuation de la HRDDP, et que les pays contributeurs de troupes des deux compagnies soient consultés sur les règles d’engagement (fait le 17 novembre ; aucune restriction soulevée).",
  "Minister of Defence; FAAR Chief of Staff; commander of the 14th Brigade; Governor of Kessa; liaison office of the regional organization in Port-Lenne":
    "Ministre de la Défense ; chef d’état-major des FAAR ; commandant de la 14e brigade ; gouverneur de Kessa ; bureau de liaison de l’organisation régionale à Port-Lenne",
  "The Government supports the operation and accepts that only the 1st Battalion takes part. It agreed in principle to hand over children to child protection actors, but has not signed the protocol ({{ap:A-3}}). The regional liaison office raised no objection and asked to be briefed with the diplomatic community after the first phase.":
    "Le gouvernement soutient l’opération et accepte que seul le 1er bataillon y participe. Il a accepté le principe de la remise des enfants aux acteurs de la protection de l’enfance, mais n’a pas signé le protocole ({{ap:A-3}}). Le bureau de liaison régional n’a soulevé aucune objection et a demandé une séance d’information avec la communauté diplomatique après la première phase.",
  "If the SRSG approves OPT-2: issue the operation order within four days, with its civilian harm mitigation measures and any conditions the SRSG sets.":
    "Si le RSSG approuve l’OPT-2 : émettre l’ordre d’opération sous quatre jours, avec ses mesures d’atténuation des préjudices aux civils et les conditions que le RSSG fixera.",
  "Sector North: two companies and the QRF ready by 27 November; set up the Gada company operating base on completion.":
    "Secteur Nord : deux compagnies et la force de réaction rapide prêtes le 27 novembre ; établir la base opérationnelle de compagnie de Gada à l’issue.",
  "Force liaison officers coordinate the FAAR 1st Battalion cordon and confirm the 3rd Battalion stays in Karsoma.":
    "Les officiers de liaison de la Force coordonnent le bouclage du 1er bataillon des FAAR et s’assurent que le 3e bataillon reste à Karsoma.",
  "Human Rights: two monitors with each company; monitoring of detention after the operation.":
    "Droits de l’homme : deux observateurs avec chaque compagnie ; suivi de la détention après l’opération.",
  "Child Protection: receive separated children at Sarakai-Centre and hand them over to UNICEF partners within 72 hours.":
    "Protection de l’enfance : accueillir les enfants séparés à Sarakai-Centre et les remettre aux partenaires de l’UNICEF sous 72 heures.",
  "Civil Affairs: inform the Sarakai and hamlet leaders through the inter-faith council; run the safe route with UNPOL.":
    "Affaires civiles : informer les chefs de Sarakai et des hameaux par le conseil interconfessionnel ; gérer l’itinéraire sûr avec UNPOL.",
  "POC Unit: update the Threat Matrix ({{tm:T-1}}, {{tm:T-8}}) and lead the after-action review within 30 days.":
    "Unité POC : mettre à jour la matrice des menaces ({{tm:T-1}}, {{tm:T-8}}) et conduire l’examen après action sous 30 jours.",
  "Assign two utility helicopters to Sector North from 27 November to 12 December, one at readiness for casualty evacuation; engineering support and field defence stores for the Gada operating base; fuel and rations for ten days.":
    "Affecter deux hélicoptères de transport au Secteur Nord du 27 novembre au 12 décembre, dont un en alerte pour l’évacuation sanitaire ; appui du génie et matériel de fortification pour la base opérationnelle de Gada ; carburant et rations pour dix jours.",
  "Head of Office Karsoma: coordinate with the Governor and the humanitarian partners in Kessa; activate the sector crisis cell; prepare for up to 1,200 displaced people at Sarakai-Centre with UNHCR and OCHA. Heads of Office in the other sectors: watch for FLK movement out of Kessa.":
    "Chef du bureau de Karsoma : coordonner avec le gouverneur et les partenaires humanitaires à Kessa ; activer la cellule de crise du secteur ; se préparer à accueillir jusqu’à 1 200 déplacés à Sarakai-Centre avec le HCR et OCHA. Chefs de bureau des autres secteurs : surveiller tout mouvement du FLK hors de Kessa.",
  "Notification of the operation and the safe route, without operational detail":
    "Notification de l’opération et de l’itinéraire sûr, sans détail opérationnel",
  "D-1, 1800":
    "J-1, 18 h 00",
  "Humanitarian partners in Kessa (through OCHA)":
    "Partenaires humanitaires à Kessa (par l’intermédiaire d’OCHA)",
  "Head of Office, Karsoma":
    "Chef de bureau, Karsoma",
  "Warning to the hamlets to keep away from the camp and use the safe route to Sarakai-Centre":
    "Avertissement aux hameaux de se tenir à l’écart du camp et d’emprunter l’itinéraire sûr vers Sarakai-Centre",
  "D-1, from 1800":
    "J-1, à partir de 18 h 00",
  "Residents of Koumbi-Bas, Gada-Haut and Nyeri":
    "Habitants de Koumbi-Bas, Gada-Haut et Nyeri",
  "Civil Affairs, through the inter-faith council and Radio MINUSAR Karsoma":
    "Affaires civiles, par le conseil interconfessionnel et Radio MINUSAR Karsoma",
  "Briefing on the operation and its conditions":
    "Séance d’information sur l’opération et ses conditions",
  "D-day, on completion of the first phase":
    "Jour J, à l’issue de la première phase",
  "Diplomatic community and TCCs in Port-Lenne":
    "Communauté diplomatique et pays contributeurs de troupes à Port-Lenne",
  "Press release on the operation and its purpose (protection of the Sarakai villages)":
    "Communiqué de presse sur l’opération et son objet (protection des villages de Sarakai)",
  "Media and the public":
    "Médias et grand public",
  "Spokesperson, Public Information":
    "Porte-parole, Information publique",
  "Operation order issued; planning limited to Force HQ, Sector North, JOC and the SRSG's office":
    "Ordre d’opération émis ; planification limitée au QG de la Force, au Secteur Nord, au JOC et au cabinet du RSSG",
  "Force HQ (U3/U5)":
    "QG de la Force (U3/U5)",
  "FAAR 1st Battalion briefed on the cordon; written commitment on the handover of children received":
    "1er bataillon des FAAR informé du bouclage ; engagement écrit sur la remise des enfants reçu",
  "Force liaison officers; Child Protection":
    "Officiers de liaison de la Force ; Protection de l’enfance",
  "Humanitarian notification and warning to the hamlets (COM-1, COM-2)":
    "Notification humanitaire et avertissement aux hameaux (COM-1, COM-2)",
  "Head of Office Karsoma; Civil Affairs":
    "Chef du bureau de Karsoma ; Affaires civiles",
  "D-day, 0430":
    "Jour J, 04 h 30",
  "Companies move from Sarakai-Centre; safe route opened":
    "Les compagnies partent de Sarakai-Centre ; itinéraire sûr ouvert",
  "Sector North Commander; UNPOL":
    "Commandant du Secteur Nord ; UNPOL",
  "D-day, end of phase 1":
    "Jour J, fin de la phase 1",
  "SRSG briefs diplomats and TCCs (COM-3)":
    "Le RSSG informe les diplomates et les pays contributeurs de troupes (COM-3)",
  "Press release (COM-4)":
    "Communiqué de presse (COM-4)",
  "Handover of the area to the Gada company operating base; daily reports to the SRSG end":
    "Remise de la zone à la base opérationnelle de compagnie de Gada ; fin des rapports quotidiens au RSSG",
  "Sector North Commander":
    "Commandant du Secteur Nord",
};
