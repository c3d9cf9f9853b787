/** The French of the demo threat analysis (scripts/demo/threat-analysis.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "MINUSAR Analysis of Threats and Perpetrators":
    "Analyse des menaces et de leurs auteurs de la MINUSAR",
  "MINUSAR area of operations: Sector North (Kessa Province) and Sector South (Lenne Province)":
    "Zone d’opérations de la MINUSAR : Secteur Nord (province de Kessa) et Secteur Sud (province de Lenne)",
  "JMAC, with the POC Unit, Human Rights and Child Protection":
    "JMAC, avec l’Unité POC, les Droits de l’homme et la Protection de l’enfance",
  "Violence against civilians in Kessa is driven by the FLK's campaign against villages it accuses of informing for the army, by the seasonal clash of Haddan herders and Lirwe farmers on the Doro corridor, and by abuses of the army's 14th Brigade against suspected FLK supporters. In Lenne, the risk is political and urban: mobilised youth around the 2027 elections, and crowd killings in the Bassan market.":
    "À Kessa, la violence contre les civils tient à la campagne du FLK contre les villages qu’il accuse de renseigner l’armée, au conflit saisonnier entre éleveurs haddan et agriculteurs lirwe sur le corridor de Doro, et aux exactions de la 14e brigade de l’armée contre des partisans présumés du FLK. À Lenne, le risque est politique et urbain : des jeunes mobilisés autour des élections de 2027, et des meurtres commis par des foules sur le marché de Bassan.",
  "**Since October:** the FLK has moved to night raids on the northern Sarakai villages ({{tm:T-1}}); the Haddan herds arrived on the Doro corridor three weeks early ({{tm:T-4}}).":
    "**Depuis octobre :** le FLK est passé aux raids nocturnes contre les villages du nord de Sarakai ({{tm:T-1}}) ; les troupeaux haddan sont arrivés sur le corridor de Doro trois semaines en avance ({{tm:T-4}}).",
  "**Not profiled yet:** the residents of Kelo-Nord who burnt two shelters in October, and the police officers present at the evictions ({{tms:T-3}}). Human Rights is documenting both; a card will follow if the attacks recur.":
    "**Pas encore de fiche :** les habitants de Kelo-Nord qui ont incendié deux abris en octobre, et les policiers présents lors des expulsions ({{tms:T-3}}). Les Droits de l’homme documentent les deux ; une fiche suivra si les attaques se répètent.",
  "Kessa Liberation Front (FLK), Koumbi group":
    "Front de libération de Kessa (FLK), groupe de Koumbi",
  "The strongest FLK group in Kessa, about 250 fighters under a commander known as \"Colonel\" Dabo, recruited among young Lirwe men from the Koumbi hills and, by force, among boys working in the Tirongo mines. It presents itself as defending Kessa against the capital; most villagers see it as a predator.":
    "Le groupe le plus puissant du FLK à Kessa, environ 250 combattants sous les ordres d’un commandant connu sous le nom de « colonel » Dabo, recrutés parmi les jeunes hommes lirwe des collines de Koumbi et, de force, parmi les garçons qui travaillent dans les mines de Tirongo. Il se présente comme le défenseur de Kessa face à la capitale ; la plupart des villageois le voient comme un prédateur.",
  "Punishes villages it accuses of informing for the FAAR, to cut the army off from local information; takes grain, cattle and medicines to feed its fighters; recruits children to fill its ranks. Its raids target whole villages rather than individuals.":
    "Punit les villages qu’il accuse de renseigner les FAAR, pour couper l’armée des informations locales ; prend grain, bétail et médicaments pour nourrir ses combattants ; recrute des enfants pour grossir ses rangs. Ses raids visent des villages entiers plutôt que des individus.",
  "Small arms, RPGs and a few machine guns; makes IEDs from mining explosives. Finances itself by taxing the Tirongo gold mines. Commands by runner and satellite phone; moves on foot at night in groups of 30–60.":
    "Armes légères, lance-roquettes et quelques mitrailleuses ; fabrique des EEI à partir d’explosifs miniers. Se finance en taxant les mines d’or de Tirongo. Commande par messagers et téléphone satellitaire ; se déplace à pied la nuit par groupes de 30 à 60.",
  "Base area in the Koumbi hills, 8–15 km north-east of Sarakai-Centre; checkpoints on the Tirongo–Koumbi track. Disperses to the Tirongo mines from mid-December for the gold season, and regroups in March.":
    "Zone de base dans les collines de Koumbi, à 8–15 km au nord-est de Sarakai-Centre ; barrages sur la piste Tirongo–Koumbi. Se disperse vers les mines de Tirongo à partir de la mi-décembre pour la saison de l’or, et se regroupe en mars.",
  "Buys arms from traders across the northern border; some commanders share ransom with the bandits of MSR 4. Keeps a dialogue with the ICRC and, through the Kessa inter-faith council, with Civil Affairs.":
    "Achète des armes à des trafiquants de l’autre côté de la frontière nord ; certains commandants partagent les rançons avec les bandits de la MSR 4. Entretient un dialogue avec le CICR et, par le conseil interconfessionnel de Kessa, avec les Affaires civiles.",
  "Night raids on villages out of sight of the TOB: houses and grain stores burnt, men killed, cattle driven off.":
    "Raids nocturnes contre des villages hors de vue de la BOT : maisons et greniers incendiés, hommes tués, bétail emmené.",
  "Abduction of boys in the mines and of girls on the Tirongo track; sexual violence against women collecting firewood near Wendu.":
    "Enlèvements de garçons dans les mines et de filles sur la piste de Tirongo ; violences sexuelles contre les femmes qui ramassent du bois près de Wendu.",
  "IEDs on MSR 4 between km 40 and 95, laid after army convoys pass.":
    "EEI sur la MSR 4 entre les km 40 et 95, posés après le passage des convois de l’armée.",
  "Three night attacks on the northern Sarakai villages since 3 October 2026 (19 civilians killed); 23 cases of child recruitment verified in 2026; two civilian vehicles struck by IEDs on MSR 4 (5 killed). Raids on the Bendiko health post twice this year.":
    "Trois attaques nocturnes contre les villages du nord de Sarakai depuis le 3 octobre 2026 (19 civils tués) ; 23 cas de recrutement d’enfants vérifiés en 2026 ; deux véhicules civils touchés par des EEI sur la MSR 4 (5 tués). Deux raids contre le poste de santé de Bendiko cette année.",
  "Haddan herder militias":
    "Milices d’éleveurs haddan",
  "Armed young men who escort the Haddan herds on their seasonal move south, about 15–20 per herd, answerable to the herd owners and clan elders rather than to any single leader.":
    "De jeunes hommes armés qui escortent les troupeaux haddan lors de leur descente saisonnière vers le sud, environ 15 à 20 par troupeau, qui répondent aux propriétaires des troupeaux et aux anciens des clans plutôt qu’à un chef unique.",
  "Protect the herds and secure passage and water; retaliate collectively for cattle killed or stolen. Violence follows incidents in the fields more than any plan.":
    "Protéger les troupeaux et s’assurer le passage et l’eau ; se venger collectivement du bétail tué ou volé. La violence suit les incidents dans les champs plus qu’un plan.",
  "Assault rifles and hunting rifles; move fast on foot with the herds and call in other escorts by mobile phone. No command structure beyond the clan.":
    "Fusils d’assaut et fusils de chasse ; se déplacent vite à pied avec les troupeaux et appellent d’autres escortes par téléphone portable. Aucune structure de commandement au-delà du clan.",
  "Doro corridor from December to April: the upper corridor first, then the crossings at Mbali and Lirwe-Kato.":
    "Corridor de Doro de décembre à avril : d’abord le haut du corridor, puis les passages de Mbali et de Lirwe-Kato.",
  "Herd owners in Port-Lenne, some of them local politicians, pay and arm the escorts. Clan elders can restrain them, and did so in the 2025 mediation.":
    "Des propriétaires de troupeaux de Port-Lenne, dont certains sont des responsables politiques locaux, paient et arment les escortes. Les anciens des clans peuvent les retenir, et l’ont fait lors de la médiation de 2025.",
  "Herds driven through unharvested fields; reprisal raids on the nearest Lirwe village after an incident, often at dawn, with houses burnt.":
    "Troupeaux conduits à travers des champs non récoltés ; raids de représailles contre le village lirwe le plus proche après un incident, souvent à l’aube, avec des maisons incendiées.",
  "The clashes at Mbali last season killed 26 people on both sides and displaced about 4,000. None has been prosecuted.":
    "Les affrontements de Mbali la saison dernière ont fait 26 morts des deux côtés et environ 4 000 déplacés. Personne n’a été poursuivi.",
  "Lirwe village self-defence groups":
    "Groupes d’autodéfense des villages lirwe",
  "Vigilance committees of Lirwe farming villages, formed after the 2024 raids; in 9 of the 14 Sarakai villages and along the Doro corridor. Mostly young farmers, with hunting rifles.":
    "Comités de vigilance des villages agricoles lirwe, formés après les raids de 2024 ; dans 9 des 14 villages de Sarakai et le long du corridor de Doro. Surtout de jeunes agriculteurs, armés de fusils de chasse.",
  "Defend fields and villages against herds and raiders; take revenge on Haddan families for losses, whether or not they were involved.":
    "Défendre les champs et les villages contre les troupeaux et les pillards ; se venger sur des familles haddan des pertes subies, qu’elles y soient mêlées ou non.",
  "Hunting rifles, machetes, a few assault rifles taken from the FLK. Can gather 100 men within hours by drum and phone.":
    "Fusils de chasse, machettes, quelques fusils d’assaut pris au FLK. Peuvent rassembler 100 hommes en quelques heures par le tambour et le téléphone.",
  "Their own villages; on the Doro corridor, Lirwe-Kato and Mbali.":
    "Leurs propres villages ; sur le corridor de Doro, Lirwe-Kato et Mbali.",
  "Village chiefs and the Lirwe association in Karsoma; some members have relatives in the FLK, which the army holds against the whole community.":
    "Les chefs de village et l’association lirwe de Karsoma ; certains membres ont des proches au FLK, ce que l’armée reproche à toute la communauté.",
  "Ambushes of herders and their children at water points; killing of cattle as a warning.":
    "Embuscades contre des éleveurs et leurs enfants aux points d’eau ; bétail abattu en guise d’avertissement.",
  "Killed at least eight Haddan herders, two of them children, in the clashes at Mbali last season.":
    "Ont tué au moins huit éleveurs haddan, dont deux enfants, lors des affrontements de Mbali la saison dernière.",
  "FAAR 14th Brigade (3rd Battalion in particular)":
    "14e brigade des FAAR (en particulier le 3e bataillon)",
  "The army brigade responsible for Kessa, about 2,000 soldiers; the 3rd Battalion, based in Karsoma, carries out most arrests. Poorly paid and often unpaid for months.":
    "La brigade de l’armée responsable de Kessa, environ 2 000 soldats ; le 3e bataillon, basé à Karsoma, procède à la plupart des arrestations. Mal payée, et souvent pas payée pendant des mois.",
  "Extract information on the FLK and deter support for it; some soldiers extort money from families for the release of detainees.":
    "Obtenir des informations sur le FLK et dissuader tout soutien à celui-ci ; certains soldats extorquent de l’argent aux familles pour libérer des détenus.",
  "Infantry battalions with trucks and some armoured vehicles; its own detention cells in Karsoma. Weak control of the battalion commanders by the brigade staff.":
    "Bataillons d’infanterie avec des camions et quelques véhicules blindés ; ses propres cellules de détention à Karsoma. Faible contrôle de l’état-major de la brigade sur les commandants de bataillon.",
  "Brigade base and detention cells in Karsoma; one company at Sarakai-Centre; posts along MSR 4. Searches villages after FLK attacks.":
    "Base de la brigade et cellules de détention à Karsoma ; une compagnie à Sarakai-Centre ; postes le long de la MSR 4. Fouille les villages après les attaques du FLK.",
  "Answers to the Ministry of Defence; the brigade commander is close to the provincial governor. Receives MINUSAR support under the HRDDP, with mitigation measures.":
    "Relève du ministère de la Défense ; le commandant de la brigade est proche du gouverneur de la province. Reçoit l’appui de la MINUSAR au titre de la HRDDP, avec des mesures d’atténuation.",
  "Cordon-and-search of villages after FLK attacks; arrest of men and older boys; beatings and torture in detention; detainees held for weeks without charge.":
    "Bouclage et fouille des villages après les attaques du FLK ; arrestation d’hommes et de garçons plus âgés ; coups et torture en détention ; détenus gardés des semaines sans inculpation.",
  "Human Rights documented 41 cases of arbitrary detention and 9 deaths in custody or after arrest between January and October 2026; two investigations opened by the Kessa prosecutor, none brought to trial.":
    "Les Droits de l’homme ont documenté 41 cas de détention arbitraire et 9 décès en détention ou après une arrestation entre janvier et octobre 2026 ; deux enquêtes ouvertes par le procureur de Kessa, aucune n’a abouti à un procès.",
  "Armed bandits of MSR 4":
    "Bandits armés de la MSR 4",
  "Two or three gangs of 10–15 men each, former miners and deserters, operating between Sarakai junction and Tirongo.":
    "Deux ou trois bandes de 10 à 15 hommes chacune, anciens mineurs et déserteurs, opérant entre l’embranchement de Sarakai et Tirongo.",
  "Money: ransom and the gold carried by traders. Violence is used to force payment and to deter resistance.":
    "L’argent : les rançons et l’or que transportent les commerçants. La violence sert à forcer le paiement et à décourager la résistance.",
  "Assault rifles and motorbikes; informers at the Tirongo market who report when traders leave.":
    "Fusils d’assaut et motos ; informateurs au marché de Tirongo qui signalent le départ des commerçants.",
  "MSR 4, km 60–110, and the Tirongo market road; firewood areas west of Wendu.":
    "MSR 4, km 60–110, et la route du marché de Tirongo ; zones de collecte de bois à l’ouest de Wendu.",
  "Some share ransom with FLK commanders in exchange for passage; buyers of stolen gold in Tirongo.":
    "Certains partagent les rançons avec des commandants du FLK en échange du passage ; acheteurs d’or volé à Tirongo.",
  "Roadblocks on bends of MSR 4 on market days; kidnapping of traders and drivers; rape of women met on the roads and firewood routes.":
    "Barrages dans les virages de la MSR 4 les jours de marché ; enlèvements de commerçants et de chauffeurs ; viols de femmes rencontrées sur les routes et les itinéraires de collecte de bois.",
  "Eight kidnappings in 2026, two hostages killed. No kidnapping since the escorted convoys started on 2 November.":
    "Huit enlèvements en 2026, deux otages tués. Aucun enlèvement depuis le début des convois escortés le 2 novembre.",
  "Political youth groups of Port-Lenne":
    "Groupes de jeunes politisés de Port-Lenne",
  "Loose groups of unemployed young men in the Bassan and Kelo districts and the university quarter, each attached to a local politician of one camp or the other.":
    "Groupes informels de jeunes hommes sans emploi des quartiers de Bassan et Kelo et du quartier universitaire, chacun lié à un responsable politique local de l’un ou l’autre camp.",
  "Paid and mobilised to intimidate the other camp's supporters; ethnic grievances against people from Kessa are used to rally them.":
    "Payés et mobilisés pour intimider les partisans du camp adverse ; des griefs ethniques contre les gens de Kessa servent à les rallier.",
  "Machetes, clubs and a few firearms; can be brought out in hundreds within a day by their patrons; no standing structure between elections.":
    "Machettes, gourdins et quelques armes à feu ; leurs parrains peuvent en faire sortir des centaines en une journée ; aucune structure permanente entre les élections.",
  "Port-Lenne: Bassan, Kelo and the university quarter; the road to Karsoma during campaigns.":
    "Port-Lenne : Bassan, Kelo et le quartier universitaire ; la route de Karsoma pendant les campagnes.",
  "Local politicians of both camps, who pay and protect them; some PNA officers in Bassan are relatives.":
    "Des responsables politiques locaux des deux camps, qui les paient et les protègent ; certains agents de la PNA à Bassan sont de leurs proches.",
  "Attacks on rallies and on houses of known supporters of the other camp; roadblocks checking identity documents.":
    "Attaques contre des meetings et contre les maisons de partisans connus du camp adverse ; barrages avec contrôle des pièces d’identité.",
  "Clashes after the 2022 results killed 11 people in Karsoma and displaced about 2,000 in Port-Lenne. Quiet since; JMAC watches for signs of mobilisation before the 2027 campaign.":
    "Les affrontements qui ont suivi les résultats de 2022 ont fait 11 morts à Karsoma et environ 2 000 déplacés à Port-Lenne. Calme depuis ; la JMAC guette les signes de mobilisation avant la campagne de 2027.",
  "Bassan market vigilantes":
    "Justiciers du marché de Bassan",
  "A group of about 30 market traders and young men of Bassan who call themselves the market's \"security\".":
    "Un groupe d’environ 30 commerçants du marché et jeunes hommes de Bassan qui se font appeler la « sécurité » du marché.",
  "Punish theft in the market, which they believe the police will not; fear of witchcraft, used to settle personal disputes.":
    "Punir les vols sur le marché, ce que la police, selon eux, ne fera pas ; la peur de la sorcellerie, utilisée pour régler des différends personnels.",
  "Sticks, machetes and tyres; rally crowds within minutes by whistle.":
    "Bâtons, machettes et pneus ; rassemblent des foules en quelques minutes au sifflet.",
  "Bassan market and the bus station, Port-Lenne.":
    "Marché de Bassan et gare routière, Port-Lenne.",
  "Tolerated by the market committee and by the officers of the PNA post at the bus station.":
    "Tolérés par le comité du marché et par les agents du poste de la PNA de la gare routière.",
  "Mob beatings and burning of people accused of theft or witchcraft, in the open market.":
    "Passages à tabac et immolations par la foule de personnes accusées de vol ou de sorcellerie, en plein marché.",
  "Three people killed and five badly beaten since August 2026; no arrest.":
    "Trois personnes tuées et cinq grièvement battues depuis août 2026 ; aucune arrestation.",
  "Human Rights monitoring (incident reports and detention visits), Child Protection's verified cases under the MRM, JOC incident reports and the community alert networks of Sector North; the Protection Cluster's Protection Monitoring for displacement.":
    "Monitoring des droits de l’homme (rapports d’incident et visites des lieux de détention), cas vérifiés par la Protection de l’enfance au titre du MRM, rapports d’incident du JOC et réseaux d’alerte communautaire du Secteur Nord ; monitoring de protection du Cluster Protection pour les déplacements.",
  "Gaps: the mission hears of incidents on the Haddan side of the Doro corridor late, for lack of Haddan-speaking staff; nothing reliable is known of the FLK's arms supply.":
    "Lacunes : la mission apprend tard les incidents du côté haddan du corridor de Doro, faute de personnel parlant haddan ; on ne sait rien de fiable sur l’approvisionnement en armes du FLK.",
};
