/** The French of the demo protection matrix (scripts/demo/protection-matrix.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "Protection Matrix — Kessa Province, November 2026":
    "Matrice de protection — Province de Kessa, novembre 2026",
  "Sector North (Kessa Province)":
    "Secteur Nord (province de Kessa)",
  "Kessa Provincial Protection Cluster, led by UNHCR":
    "Cluster Protection provincial de Kessa, sous la direction du HCR",
  "Presented by UNHCR for the Kessa Provincial Protection Cluster at the Sector North POC Coordination Forum of 18 November 2026. Sector North, Civil Affairs and Human Rights attended the Cluster meeting of 12 November, where the ranks were discussed.":
    "Présentée par le HCR pour le Cluster Protection provincial de Kessa au Forum de coordination POC du Secteur Nord du 18 novembre 2026. Le Secteur Nord, les Affaires civiles et les Droits de l’homme ont assisté à la réunion du Cluster du 12 novembre, où les rangs ont été discutés.",
  "**Up:** the Doro corridor ({{pm:LOC-3}}), from 3 to 2: the herds arrived three weeks early.":
    "**En hausse :** le corridor de Doro ({{pm:LOC-3}}), de 3 à 2 : les troupeaux sont arrivés trois semaines en avance.",
  "**Unchanged:** the northern Sarakai villages ({{pm:LOC-1}}) and Wendu ({{pm:LOC-2}}) stay \"must protect\".":
    "**Inchangés :** les villages du nord de Sarakai ({{pm:LOC-1}}) et Wendu ({{pm:LOC-2}}) restent « doit protéger ».",
  "**Down:** MSR 4 ({{pm:LOC-4}}), from 2 to 3, since the escorted convoys started.":
    "**En baisse :** la MSR 4 ({{pm:LOC-4}}), de 2 à 3, depuis le début des convois escortés.",
  "Northern Sarakai villages: Sarakai-Nord, Bendiko and Gada":
    "Villages du nord de Sarakai : Sarakai-Nord, Bendiko et Gada",
  "The villages most exposed to FLK night raids, 12 km from the nearest mission presence, and the first to be abandoned when people flee.":
    "Les villages les plus exposés aux raids nocturnes du FLK, à 12 km de la présence la plus proche de la mission, et les premiers abandonnés quand la population fuit.",
  "Three night attacks since 3 October by the FLK Koumbi group ({{ta:P-1}}), 19 civilians killed; a further attack is expected before mid-December ({{tm:T-1}}). Grain stores, cattle and the Bendiko health post looted ({{tm:T-9}}). After each attack, FAAR searches and arrests of men ({{ta:P-4}}).":
    "Trois attaques nocturnes depuis le 3 octobre par le groupe FLK de Koumbi ({{ta:P-1}}), 19 civils tués ; une nouvelle attaque est attendue avant la mi-décembre ({{tm:T-1}}). Greniers, bétail et poste de santé de Bendiko pillés ({{tm:T-9}}). Après chaque attaque, fouilles et arrestations d’hommes par les FAAR ({{ta:P-4}}).",
  "About 4,500 people left the three villages after 3 October, most to Sarakai-Centre; about 1,000 have gone back to harvest by day and sleep in the bush. Returns will depend on night protection.":
    "Environ 4 500 personnes ont quitté les trois villages après le 3 octobre, la plupart vers Sarakai-Centre ; environ 1 000 sont revenues récolter le jour et dorment en brousse. Les retours dépendront de la protection de nuit.",
  "FAAR: one company at Sarakai-Centre, no night patrols. No police east of Karsoma.":
    "FAAR : une compagnie à Sarakai-Centre, pas de patrouilles de nuit. Pas de police à l’est de Karsoma.",
  "MINUSAR: TOB Sarakai-Centre; night patrols to Sarakai-Nord and Bendiko four nights a week.":
    "MINUSAR : BOT de Sarakai-Centre ; patrouilles de nuit vers Sarakai-Nord et Bendiko quatre nuits par semaine.",
  "Humanitarians: an NGO mobile clinic every second week; WFP distributions after the raids. The Bendiko health post has two nurses and no medicines.":
    "Humanitaires : une clinique mobile d’ONG une semaine sur deux ; distributions du PAM après les raids. Le poste de santé de Bendiko a deux infirmiers et aucun médicament.",
  "Access: the road from Sarakai-Centre is cut after rain; partners travel by day only.":
    "Accès : la route depuis Sarakai-Centre est coupée après la pluie ; les partenaires ne circulent que de jour.",
  "Night patrols every night to Sarakai-Nord and Bendiko until the FLK disperses in mid-December; a patrol to escort the restocking of the health post.":
    "Patrouilles de nuit chaque nuit vers Sarakai-Nord et Bendiko jusqu’à la dispersion du FLK à la mi-décembre ; une patrouille pour escorter le réapprovisionnement du poste de santé.",
  "A temporary operating base at Bendiko for the lean season (March–May), when raids for grain resume.":
    "Une base opérationnelle temporaire à Bendiko pour la période de soudure (mars–mai), quand reprennent les raids pour le grain.",
  "A PNA post at Sarakai-Centre with mission police advisers, and the FAAR company trained and monitored to patrol at night.":
    "Un poste de la PNA à Sarakai-Centre avec des conseillers de la police de la mission, et la compagnie des FAAR formée et suivie pour patrouiller de nuit.",
  "Night patrols stay at four nights a week, the most the TOB company can do while holding the base; on the other nights the QRF at Karsoma is on 30 minutes' notice. A base at Bendiko is not possible before the rotation in February, when no company is free; the Force will review it then.":
    "Les patrouilles de nuit restent à quatre nuits par semaine, le maximum que la compagnie de la BOT peut assurer tout en tenant la base ; les autres nuits, la force de réaction rapide de Karsoma est en alerte à 30 minutes. Une base à Bendiko n’est pas possible avant la relève de février, faute de compagnie disponible ; la Force le réexaminera alors.",
  "Wendu IDP site and its firewood routes":
    "Site de déplacés de Wendu et ses itinéraires de collecte de bois",
  "Rapes of women and girls on the firewood routes west of the site, 14 reported since August, by armed men identified as FLK elements and bandits ({{ta:P-1}}, {{ta:P-5}}; {{tm:T-2}}).":
    "Viols de femmes et de filles sur les itinéraires de collecte de bois à l’ouest du site, 14 signalés depuis août, par des hommes armés identifiés comme des éléments du FLK et des bandits ({{ta:P-1}}, {{ta:P-5}} ; {{tm:T-2}}).",
  "About 23,400 people in the site; about 600 left for Port-Lenne in September. New arrivals from Sarakai since October (about 900).":
    "Environ 23 400 personnes sur le site ; environ 600 sont parties pour Port-Lenne en septembre. Nouvelles arrivées de Sarakai depuis octobre (environ 900).",
  "PNA: 12 officers in the site, unarmed at night. MINUSAR: FPU and a platoon of the Wendu company.":
    "PNA : 12 agents sur le site, non armés la nuit. MINUSAR : une FPU et une section de la compagnie de Wendu.",
  "UNHCR leads site protection; GBV partners run a women's centre. Access inside the site is good; the firewood areas have none.":
    "Le HCR dirige la protection du site ; des partenaires VBG gèrent un centre pour les femmes. L’accès à l’intérieur du site est bon ; les zones de collecte de bois n’en ont aucun.",
  "Firewood patrols every morning, on routes agreed with the women's committee.":
    "Patrouilles de collecte de bois chaque matin, sur des itinéraires convenus avec le comité des femmes.",
  "Fuel-efficient stoves and a firewood distribution, so women need not go out; lighting inside the site.":
    "Foyers améliorés et distribution de bois de chauffe, pour que les femmes n’aient pas à sortir ; éclairage à l’intérieur du site.",
  "Prosecution of the attackers, and the return of families to Sarakai once it is safe.":
    "Poursuites contre les agresseurs, et retour des familles à Sarakai dès que la sécurité le permet.",
  "Patrols stay at three mornings a week: the FPU also guards the site at night and cannot do more. The Force asks the Cluster to press for the stoves and firewood, which would cover the other days.":
    "Les patrouilles restent à trois matins par semaine : la FPU garde aussi le site la nuit et ne peut pas faire plus. La Force demande au Cluster de plaider pour les foyers et le bois de chauffe, qui couvriraient les autres jours.",
  "Doro corridor: Lirwe-Kato, Mbali and the river crossings":
    "Corridor de Doro : Lirwe-Kato, Mbali et les points de passage de la rivière",
  "Clashes between Haddan herders and Lirwe farmers expected as the herds arrive early ({{ta:P-2}}, {{ta:P-3}}; {{tm:T-4}}). Last season: 26 killed at Mbali.":
    "Affrontements attendus entre éleveurs haddan et agriculteurs lirwe avec l’arrivée précoce des troupeaux ({{ta:P-2}}, {{ta:P-3}} ; {{tm:T-4}}). Saison dernière : 26 tués à Mbali.",
  "No displacement yet this season; last season about 4,000 people fled Mbali, most returning by May.":
    "Pas encore de déplacement cette saison ; la saison dernière, environ 4 000 personnes ont fui Mbali, la plupart revenant en mai.",
  "No state forces on the corridor; FAO vaccination points; mission patrols planned from December. The corridor is two days by road from Karsoma.":
    "Pas de forces de l’État sur le corridor ; points de vaccination de la FAO ; patrouilles de la mission prévues à partir de décembre. Le corridor est à deux jours de route de Karsoma.",
  "Start corridor patrols now rather than in December; be at Mbali on market days.":
    "Commencer les patrouilles du corridor dès maintenant plutôt qu’en décembre ; être à Mbali les jours de marché.",
  "Keep patrols through the season, until the herds leave in April.":
    "Maintenir les patrouilles toute la saison, jusqu’au départ des troupeaux en avril.",
  "Support the provincial transhumance commission, so passage is agreed before each season.":
    "Appuyer la commission provinciale de la transhumance, afin que le passage soit convenu avant chaque saison.",
  "Corridor patrols brought forward to 25 November, from the Karsoma company.":
    "Patrouilles du corridor avancées au 25 novembre, assurées par la compagnie de Karsoma.",
  "MSR 4 between Sarakai junction and Tirongo (km 40–110)":
    "MSR 4 entre l’embranchement de Sarakai et Tirongo (km 40–110)",
  "Kidnappings by bandits ({{ta:P-5}}; {{tm:T-7}}), none since 2 November; IEDs laid by the FLK ({{tm:T-5}}).":
    "Enlèvements par des bandits ({{ta:P-5}} ; {{tm:T-7}}), aucun depuis le 2 novembre ; EEI posés par le FLK ({{tm:T-5}}).",
  "Traders and the few families returning towards Sarakai use the road.":
    "Les commerçants et les quelques familles qui reviennent vers Sarakai empruntent la route.",
  "PNA checkpoint at Tirongo; escorted convoys on Mondays and Thursdays. Humanitarian convoys join the escorts.":
    "Poste de contrôle de la PNA à Tirongo ; convois escortés les lundis et jeudis. Les convois humanitaires se joignent aux escortes.",
  "Keep the escorted convoys twice a week.":
    "Maintenir les convois escortés deux fois par semaine.",
  "Hand the escorts to the PNA once its Tirongo post has vehicles.":
    "Confier les escortes à la PNA dès que son poste de Tirongo aura des véhicules.",
  "Route clearance of MSR 4, so the road can be used without escort.":
    "Dépollution de la MSR 4, pour que la route puisse être empruntée sans escorte.",
  "Convoy escorts continue twice a week.":
    "Les escortes de convois continuent deux fois par semaine.",
  "Protection Monitoring, October 2026: 41 incidents recorded in Kessa (27 in the Sarakai cluster), against 19 in September; killings and looting account for most of the rise.":
    "Monitoring de protection, octobre 2026 : 41 incidents enregistrés à Kessa (27 dans le groupe de Sarakai), contre 19 en septembre ; les meurtres et les pillages expliquent l’essentiel de la hausse.",
};
