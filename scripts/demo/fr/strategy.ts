/** The French of the demo strategy (scripts/demo/strategy.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "MINUSAR POC Strategy 2026–2027":
    "Stratégie POC de la MINUSAR 2026–2027",
  "POC Unit, Office of the DSRSG (Political), with the POC Working Group":
    "Unité POC, Bureau du RSSG adjoint (affaires politiques), avec le Groupe de travail POC",
  "DSRSG (Political)":
    "RSSG adjoint (affaires politiques)",
  "This strategy sets out how MINUSAR will protect civilians under threat of physical violence in the Republic of Ardessa from December 2026 to December 2027. It concentrates the mission's effort on Kessa Province, where nine in ten of the civilian deaths recorded in 2026 occurred, while keeping a watch on the provinces where the 2027 elections may bring violence.":
    "Cette stratégie définit comment la MINUSAR protégera les civils menacés de violences physiques en République d’Ardessa de décembre 2026 à décembre 2027. Elle concentre l’effort de la mission sur la province de Kessa, où se sont produits neuf sur dix des décès de civils enregistrés en 2026, tout en surveillant les provinces où les élections de 2027 pourraient entraîner des violences.",
  "It aims to reduce attacks on the Sarakai villages and the Wendu IDP site, prevent another season of herder–farmer killings on the Doro corridor, bring the conduct of the FAAR in Kessa in line with its obligations, and lay the ground for the safe return of displaced people. It replaces the strategy of 2025.":
    "Elle vise à réduire les attaques contre les villages de Sarakai et le site de déplacés de Wendu, à prévenir une nouvelle saison de tueries entre éleveurs et agriculteurs sur le corridor de Doro, à rendre la conduite des FAAR à Kessa conforme à leurs obligations et à préparer le retour en sécurité des personnes déplacées. Elle remplace la stratégie de 2025.",
  "Success will be judged against these benchmarks, reviewed by the Senior POC Forum each quarter; each objective in A.2.2 carries its own.":
    "Le succès sera jugé au regard de ces critères, revus chaque trimestre par le Forum POC de haut niveau ; chaque objectif du A.2.2 porte les siens.",
  "Civilians killed in Kessa: down by half against 2026 (baseline 212, January–October 2026).":
    "Civils tués à Kessa : réduits de moitié par rapport à 2026 (niveau de référence 212, janvier–octobre 2026).",
  "No attack causing civilian deaths in the Sarakai villages or within 5 km of the Wendu IDP site for three consecutive months by June 2027.":
    "Aucune attaque causant la mort de civils dans les villages de Sarakai ou à moins de 5 km du site de déplacés de Wendu pendant trois mois consécutifs d’ici juin 2027.",
  "Verified violations by the FAAR in Kessa: down by half against 2026 (baseline 41 cases of arbitrary detention, 9 deaths).":
    "Violations vérifiées commises par les FAAR à Kessa : réduites de moitié par rapport à 2026 (niveau de référence 41 cas de détention arbitraire, 9 décès).",
  "Community alert network answering 80 % of alerts within one hour, in 30 villages, by June 2027.":
    "Réseau d’alerte communautaire répondant à 80 % des alertes dans l’heure, dans 30 villages, d’ici juin 2027.",
  "At least 5,000 IDPs from Wendu returned voluntarily to Sarakai, with a PNA post at Sarakai-Centre, by December 2027.":
    "Au moins 5 000 déplacés de Wendu rentrés volontairement à Sarakai, avec un poste de la PNA à Sarakai-Centre, d’ici décembre 2027.",
  "Once signed by the Head of Mission, this strategy is mandatory for all MINUSAR civilian, military and police personnel concerned. Components translate it into their workplans and the Force and Police into their operational orders; the POC Unit checks that they do at each quarterly review.":
    "Une fois signée par le chef de mission, cette stratégie s’impose à tout le personnel civil, militaire et de police de la MINUSAR concerné. Les composantes la traduisent dans leurs plans de travail, la Force et la Police dans leurs ordres d’opération ; l’Unité POC vérifie à chaque examen trimestriel qu’elles le font.",
  "Parts that need action from other UN entities — the conditions for return (Tier III, C.1.3), the handover of children ({{str:OBJ-5}}) and the fuel and firewood needs of Wendu — are agreed with the UNCT and the Protection Cluster and carried in their plans, not ordered by this strategy.":
    "Les parties qui appellent une action d’autres entités des Nations Unies — les conditions du retour (niveau III, C.1.3), la remise des enfants ({{str:OBJ-5}}) et les besoins en combustible et en bois de chauffe de Wendu — sont convenues avec l’équipe de pays et le Cluster Protection et inscrites dans leurs plans, non ordonnées par cette stratégie.",
  "Six objectives: two immediate (before the end of the 2026–27 dry season), two medium-term (by the end of 2027) and two long-term (beyond this strategy's year, started now).":
    "Six objectifs : deux immédiats (avant la fin de la saison sèche 2026–27), deux à moyen terme (d’ici fin 2027) et deux à long terme (au-delà de l’année de cette stratégie, engagés dès maintenant).",
  "Deter FLK attacks on the Sarakai villages and the Wendu IDP site":
    "Dissuader les attaques du FLK contre les villages de Sarakai et le site de déplacés de Wendu",
  "No attack causing civilian deaths in the 14 Sarakai villages or within 5 km of Wendu for three consecutive months by June 2027. TOB Sarakai-Centre manned 24/7 from December 2026; night patrols to the northern villages at least four nights a week; QRF able to reach Sarakai-Nord within 60 minutes, day or night, by February 2027.":
    "Aucune attaque causant la mort de civils dans les 14 villages de Sarakai ou à moins de 5 km de Wendu pendant trois mois consécutifs d’ici juin 2027. BOT de Sarakai-Centre tenue 24 h/24 et 7 j/7 à partir de décembre 2026 ; patrouilles de nuit vers les villages du nord au moins quatre nuits par semaine ; force de réaction rapide capable d’atteindre Sarakai-Nord en 60 minutes, de jour comme de nuit, d’ici février 2027.",
  "Force (Sector North)":
    "Force (Secteur Nord)",
  "See the 2026–27 transhumance season through without mass killing on the Doro corridor":
    "Traverser la saison de transhumance 2026–27 sans tueries de masse sur le corridor de Doro",
  "Transhumance agreement between Haddan and Lirwe leaders and the provincial authorities signed by 15 December 2026; corridor and crossing points marked; no incident with five or more deaths on the corridor by 30 April 2027.":
    "Accord de transhumance entre les chefs haddan et lirwe et les autorités provinciales signé d’ici le 15 décembre 2026 ; corridor et points de passage balisés ; aucun incident faisant cinq morts ou plus sur le corridor d’ici le 30 avril 2027.",
  "Civil Affairs":
    "Affaires civiles",
  "Bring the conduct of FAAR operations in Kessa in line with international humanitarian and human rights law":
    "Rendre la conduite des opérations des FAAR à Kessa conforme au droit international humanitaire et au droit des droits de l’homme",
  "HRDDP risk assessment of the FAAR 14th Brigade updated and mitigation measures agreed with the Ministry of Defence by January 2027; every form of MINUSAR support in Kessa conditioned on them; verified violations by the FAAR in Kessa halved against 2026 by October 2027; 200 brigade officers trained by May 2027.":
    "Évaluation des risques HRDDP de la 14e brigade des FAAR mise à jour et mesures d’atténuation convenues avec le ministère de la Défense d’ici janvier 2027 ; toute forme d’appui de la MINUSAR à Kessa subordonnée à ces mesures ; violations vérifiées des FAAR à Kessa réduites de moitié par rapport à 2026 d’ici octobre 2027 ; 200 officiers de la brigade formés d’ici mai 2027.",
  "Human Rights":
    "Droits de l’homme",
  "Give communities a way to raise the alarm in time for a response":
    "Donner aux communautés un moyen de donner l’alerte à temps pour qu’une réponse suive",
  "Community alert network covering 30 villages (the 14 Sarakai villages and 16 on the Doro corridor) by June 2027; 80 % of alerts acknowledged within one hour and followed by a patrol or a call-back within six hours; quarterly survey shows that women in each village know how to raise an alert.":
    "Réseau d’alerte communautaire couvrant 30 villages (les 14 villages de Sarakai et 16 sur le corridor de Doro) d’ici juin 2027 ; 80 % des alertes prises en compte dans l’heure et suivies d’une patrouille ou d’un rappel dans les six heures ; une enquête trimestrielle montre que les femmes de chaque village savent comment donner l’alerte.",
  "Civil Affairs, with the Force and the JOC":
    "Affaires civiles, avec la Force et le JOC",
  "Children leave the FLK and return to their families, and those who recruit or rape face justice":
    "Les enfants quittent le FLK et retrouvent leurs familles, et ceux qui recrutent ou violent répondent devant la justice",
  "Handover protocol signed with the FAAR by March 2027; every child separated from the FLK handed to child protection actors within 72 hours; two mobile court sessions in Karsoma trying recruitment and sexual violence cases by December 2027.":
    "Protocole de remise signé avec les FAAR d’ici mars 2027 ; chaque enfant séparé du FLK remis aux acteurs de la protection de l’enfance dans les 72 heures ; deux audiences foraines à Karsoma jugeant des affaires de recrutement et de violences sexuelles d’ici décembre 2027.",
  "Child Protection, with Rule of Law":
    "Protection de l’enfance, avec l’État de droit",
  "Make safe and voluntary return from Wendu to Sarakai possible":
    "Rendre possible un retour sûr et volontaire de Wendu vers Sarakai",
  "Conditions for return assessed with the Protection Cluster by March 2027; MSR 4 and the Sarakai access roads cleared of explosive hazards; a PNA post at Sarakai-Centre; at least 5,000 IDPs returned voluntarily by December 2027, with no returnee killed in the first six months.":
    "Conditions du retour évaluées avec le Cluster Protection d’ici mars 2027 ; MSR 4 et routes d’accès à Sarakai débarrassées des engins explosifs ; un poste de la PNA à Sarakai-Centre ; au moins 5 000 déplacés rentrés volontairement d’ici décembre 2027, sans qu’aucun rapatrié ne soit tué dans les six premiers mois.",
  "POC Unit, with the UNCT":
    "Unité POC, avec l’équipe de pays des Nations Unies",
  "The strategy follows the Government's National Stabilization Plan for the North (2025–2028), whose first pillar is the security of people in Kessa, and supports the Protection Cluster's strategy for 2026–2027, whose priorities — GBV, child protection and durable solutions for the displaced — match objectives {{str:OBJ-5}} and {{str:OBJ-6}}.":
    "La stratégie suit le Plan national de stabilisation du Nord du gouvernement (2025–2028), dont le premier pilier est la sécurité des populations de Kessa, et appuie la stratégie 2026–2027 du Cluster Protection, dont les priorités — VBG, protection de l’enfance et solutions durables pour les déplacés — correspondent aux objectifs {{str:OBJ-5}} et {{str:OBJ-6}}.",
  "Component workplans for 2027 (Civil Affairs, Human Rights, Child Protection, UNPOL) and the Sector North operational order were drafted alongside it and refer to it. Day-to-day threats are tracked in the Sector North Threat Matrix; the tasks that carry the strategy out are in the POC Action Plan.":
    "Les plans de travail 2027 des composantes (Affaires civiles, Droits de l’homme, Protection de l’enfance, UNPOL) et l’ordre d’opération du Secteur Nord ont été rédigés en parallèle et s’y réfèrent. Les menaces au jour le jour sont suivies dans la matrice des menaces du Secteur Nord ; les tâches qui mettent la stratégie en œuvre figurent dans le plan d’action POC.",
  "POC is the first of the four priorities of the MINUSAR–UNCT Integrated Strategic Framework 2026–2028 (\"people in Kessa and the border provinces are safe from violence\"). Objectives {{str:OBJ-5}} and {{str:OBJ-6}} are shared ISF results with UNICEF, UNHCR and UNDP.":
    "La POC est la première des quatre priorités du Cadre stratégique intégré MINUSAR–équipe de pays 2026–2028 (« les populations de Kessa et des provinces frontalières sont à l’abri de la violence »). Les objectifs {{str:OBJ-5}} et {{str:OBJ-6}} sont des résultats communs du CSI avec l’UNICEF, le HCR et le PNUD.",
  "Checked with the Force and Police planners in October 2026: the strategy is consistent with the Military CONOPS (revision 3, 2026), the Police CONOPS (2025), the mission's ROE and the Police Directive on the Use of Force. Both CONOPS name the protection of civilians under threat of physical violence as a priority task and authorize the use of force, up to and including deadly force, to protect civilians under imminent threat.":
    "Vérifié avec les planificateurs de la Force et de la Police en octobre 2026 : la stratégie concorde avec le CONOPS militaire (révision 3, 2026), le CONOPS de police (2025), les règles d’engagement de la mission et la directive de la Police sur l’usage de la force. Les deux CONOPS font de la protection des civils menacés de violences physiques une tâche prioritaire et autorisent l’emploi de la force, y compris de la force meurtrière, pour protéger les civils sous une menace imminente.",
  "The Force will revise its Sector North operational order by 31 December 2026 to reflect the night posture in {{str:OBJ-1}}.":
    "La Force révisera son ordre d’opération du Secteur Nord d’ici le 31 décembre 2026 pour y intégrer la posture de nuit de {{str:OBJ-1}}.",
  "The strategy is reviewed once a year, in September, so that its findings feed the results-based budget submitted in January and the report of the Secretary-General before the mandate renewal. A mid-year review on 15 June 2027 checks progress against the benchmarks.":
    "La stratégie est révisée une fois par an, en septembre, afin que ses conclusions alimentent le budget axé sur les résultats présenté en janvier et le rapport du Secrétaire général avant le renouvellement du mandat. Un examen à mi-parcours, le 15 juin 2027, mesure les progrès au regard des critères.",
  "An earlier review is triggered by a new or changed mandate, by a major change on the ground (a ceasefire with the FLK, a large new displacement, a change in the FAAR's deployment in Kessa), or by election violence spreading beyond Kessa. The POC Unit proposes the review; the Senior POC Forum decides.":
    "Une révision anticipée est déclenchée par un mandat nouveau ou modifié, par un changement majeur sur le terrain (un cessez-le-feu avec le FLK, un nouveau déplacement massif, un changement du déploiement des FAAR à Kessa) ou par des violences électorales s’étendant au-delà de Kessa. L’Unité POC propose la révision ; le Forum POC de haut niveau décide.",
  "Of the principles of the POC policy, these weigh most in Ardessa:":
    "Parmi les principes de la politique POC, ceux-ci pèsent le plus en Ardessa :",
  "**Primary responsibility of the state.** The Government is responsible for protecting its people; MINUSAR supports it and acts on its own only when the state is unable or unwilling to protect — in Kessa, often at night and east of Karsoma.":
    "**Responsabilité première de l’État.** Le gouvernement est responsable de la protection de sa population ; la MINUSAR l’appuie et n’agit seule que lorsque l’État ne peut pas ou ne veut pas protéger — à Kessa, souvent la nuit et à l’est de Karsoma.",
  "**Active and preventive approach.** The mission does not wait for attacks: the night posture, the alert network and the transhumance committee exist to act before violence.":
    "**Approche active et préventive.** La mission n’attend pas les attaques : la posture de nuit, le réseau d’alerte et le comité de transhumance existent pour agir avant la violence.",
  "**Do no harm.** Engagement with communities and with the FAAR must not expose anyone to reprisals; joint activities with FAAR units follow the HRDDP.":
    "**Ne pas nuire.** Le dialogue avec les communautés et avec les FAAR ne doit exposer personne à des représailles ; les activités conjointes avec des unités des FAAR suivent la HRDDP.",
  "**Impartiality.** Civilians are protected whoever threatens them — the FLK, the militias or the FAAR.":
    "**Impartialité.** Les civils sont protégés quel que soit l’auteur de la menace — le FLK, les milices ou les FAAR.",
  "**Community engagement.** Women, men, girls and boys of each community are consulted on what protects them; the women of Wendu set the firewood patrol routes.":
    "**Engagement communautaire.** Les femmes, les hommes, les filles et les garçons de chaque communauté sont consultés sur ce qui les protège ; les femmes de Wendu fixent les itinéraires des patrouilles de collecte de bois.",
  "**Mission-wide, integrated effort.** POC is every component's task; the JOC and the POC Working Group hold it together.":
    "**Effort intégré à l’échelle de la mission.** La POC est la tâche de chaque composante ; le JOC et le Groupe de travail POC en assurent la cohérence.",
  "The assessment draws on the JMAC Mission Threat Assessment of August 2026 and on incident data from Human Rights, Child Protection and the Protection Cluster. Kessa accounts for 212 of the 236 civilian deaths recorded in 2026 (January–October). The Sector North Threat Matrix details the threats week by week.":
    "L’évaluation s’appuie sur l’évaluation des menaces de la JMAC pour la mission d’août 2026 et sur les données d’incidents des Droits de l’homme, de la Protection de l’enfance et du Cluster Protection. Kessa compte pour 212 des 236 décès de civils enregistrés en 2026 (janvier–octobre). La matrice des menaces du Secteur Nord détaille les menaces semaine après semaine.",
  "Kessa Liberation Front (FLK)":
    "Front de libération de Kessa (FLK)",
  "Night raids on villages accused of informing for the FAAR: killings, burning of houses, looting of grain.":
    "Raids nocturnes contre des villages accusés de renseigner les FAAR : meurtres, maisons incendiées, grain pillé.",
  "Abduction and forced recruitment of children in the Tirongo mining area.":
    "Enlèvement et recrutement forcé d’enfants dans la zone minière de Tirongo.",
  "Sexual violence against women and girls, around Wendu and during raids.":
    "Violences sexuelles contre les femmes et les filles, autour de Wendu et pendant les raids.",
  "IEDs on MSR 4.":
    "EEI sur la MSR 4.",
  "Formed in 2019 by former soldiers from Kessa; claims to defend Lirwe communities against the central government. Between 600 and 800 fighters in three groups, the strongest in the Koumbi hills (about 250). Financed by taxing the Tirongo gold trade. Uses reprisals to deter cooperation with the state; attacks follow FAAR operations within days. Has negotiated local truces with village chiefs and responded to ICRC messages on the wounded.":
    "Formé en 2019 par d’anciens soldats originaires de Kessa ; prétend défendre les communautés lirwe contre le gouvernement central. Entre 600 et 800 combattants répartis en trois groupes, le plus puissant dans les collines de Koumbi (environ 250). Financé par la taxation du commerce de l’or de Tirongo. Recourt aux représailles pour dissuader toute coopération avec l’État ; ses attaques suivent de quelques jours les opérations des FAAR. A négocié des trêves locales avec des chefs de village et répondu aux messages du CICR sur les blessés.",
  "Haddan herder militias and Lirwe village self-defence groups":
    "Milices d’éleveurs haddan et groupes d’autodéfense des villages lirwe",
  "Killings and burning of camps or villages in clashes over crops, cattle and water during the transhumance (December–April); revenge attacks on travellers of the other community.":
    "Meurtres et incendies de campements ou de villages lors d’affrontements sur les cultures, le bétail et l’eau pendant la transhumance (décembre–avril) ; attaques de vengeance contre des voyageurs de l’autre communauté.",
  "Armed groups of young men raised by each community, with hunting rifles and increasingly with assault rifles bought from the FLK. Clashes start with damaged fields or stolen cattle and spread within days when leaders do not intervene. The transhumance commission that used to settle disputes has not met since March 2026.":
    "Groupes armés de jeunes hommes levés par chaque communauté, armés de fusils de chasse et de plus en plus de fusils d’assaut achetés au FLK. Les affrontements commencent par des champs endommagés ou du bétail volé et s’étendent en quelques jours lorsque les chefs n’interviennent pas. La commission de la transhumance qui réglait les différends ne s’est pas réunie depuis mars 2026.",
  "Elements of the Ardessan Armed Forces (FAAR) 14th Brigade":
    "Éléments de la 14e brigade des Forces armées ardessiennes (FAAR)",
  "Arbitrary detention, ill-treatment and killing of men suspected of supporting the FLK; indiscriminate fire and burning of houses during operations.":
    "Détention arbitraire, mauvais traitements et meurtres d’hommes soupçonnés de soutenir le FLK ; tirs sans discrimination et incendies de maisons pendant les opérations.",
  "About 2,500 soldiers deployed in Kessa since 2024, under-supplied and often unpaid for months. Most violations are attributed to the 3rd Battalion. The brigade commander cooperates with MINUSAR liaison officers; the Ministry of Defence has accepted the HRDDP process in principle.":
    "Environ 2 500 soldats déployés à Kessa depuis 2024, mal ravitaillés et souvent impayés pendant des mois. La plupart des violations sont attribuées au 3e bataillon. Le commandant de la brigade coopère avec les officiers de liaison de la MINUSAR ; le ministère de la Défense a accepté le principe du processus HRDDP.",
  "Armed bandits on MSR 4":
    "Bandits armés sur la MSR 4",
  "Kidnapping for ransom and armed robbery of traders and passengers; sexual violence against women travelling to market.":
    "Enlèvements contre rançon et vols à main armée contre des commerçants et des passagers ; violences sexuelles contre les femmes qui se rendent au marché.",
  "Two or three groups of 10–15 men, some of them former FLK fighters, active between km 60 and the Tirongo market. Targets gold traders on pay days. Deterred by escorted convoys.":
    "Deux ou trois groupes de 10 à 15 hommes, dont certains anciens combattants du FLK, actifs entre le km 60 et le marché de Tirongo. Visent les commerçants d’or les jours de paie. Dissuadés par les convois escortés.",
  "Political youth groups in Karsoma and Port-Lenne":
    "Groupes de jeunes politisés à Karsoma et Port-Lenne",
  "Attacks on opposition supporters and on communities seen as aligned with them during the 2027 provincial elections campaign.":
    "Attaques contre des partisans de l’opposition et contre des communautés perçues comme proches d’eux pendant la campagne des élections provinciales de 2027.",
  "Groups mobilized by local politicians in the 2022 elections (11 killed in Karsoma). Watched by JMAC; the mission will review this assessment when the electoral calendar is published.":
    "Groupes mobilisés par des responsables politiques locaux lors des élections de 2022 (11 tués à Karsoma). Surveillés par la JMAC ; la mission révisera cette évaluation à la publication du calendrier électoral.",
  "Displaced people at the Wendu IDP site":
    "Personnes déplacées du site de Wendu",
  "Wendu, 12 km south of Karsoma":
    "Wendu, à 12 km au sud de Karsoma",
  "About 23,400 people, 62 % women and children, most from the Sarakai villages. Women and girls must leave the site daily for firewood and water; the site is overcrowded and poorly lit; the FLK sees it as a recruitment pool and a target.":
    "Environ 23 400 personnes, dont 62 % de femmes et d’enfants, la plupart originaires des villages de Sarakai. Les femmes et les filles doivent quitter le site chaque jour pour chercher du bois et de l’eau ; le site est surpeuplé et mal éclairé ; le FLK le voit comme un vivier de recrutement et une cible.",
  "A women's committee organizes group departures for firewood and agrees routes with the FPU; block leaders run night watches.":
    "Un comité des femmes organise des départs en groupe pour la collecte de bois et convient des itinéraires avec la FPU ; des chefs de bloc organisent des veilles de nuit.",
  "Residents of the Sarakai villages":
    "Habitants des villages de Sarakai",
  "Sarakai cluster (14 villages), Kessa river":
    "Groupe de Sarakai (14 villages), rivière Kessa",
  "About 31,000 people, isolated, with no state presence except a FAAR company at Sarakai-Centre. Accused of collaboration by the FLK and by the FAAR alike. Older people and people with disabilities cannot flee at night.":
    "Environ 31 000 personnes, isolées, sans présence de l’État hormis une compagnie des FAAR à Sarakai-Centre. Accusées de collaboration à la fois par le FLK et par les FAAR. Les personnes âgées et les personnes handicapées ne peuvent pas fuir la nuit.",
  "Vigilance committees in 9 villages; families sleep in the fields during alerts; chiefs negotiate local truces with the FLK.":
    "Comités de vigilance dans 9 villages ; les familles dorment dans les champs lors des alertes ; les chefs négocient des trêves locales avec le FLK.",
  "Children and youth in the Tirongo mining area":
    "Enfants et jeunes de la zone minière de Tirongo",
  "Tirongo and the Tirongo–Koumbi track":
    "Tirongo et la piste Tirongo–Koumbi",
  "Boys of 12–17 working in the mines, many separated from their families; girls in villages on the track. No school has opened in Tirongo since 2023.":
    "Garçons de 12 à 17 ans travaillant dans les mines, beaucoup séparés de leur famille ; filles des villages de la piste. Aucune école n’a ouvert à Tirongo depuis 2023.",
  "Some mine owners refuse entry to FLK recruiters; a church runs a shelter for unaccompanied children.":
    "Certains propriétaires de mines refusent l’entrée aux recruteurs du FLK ; une église gère un refuge pour enfants non accompagnés.",
  "Haddan herding families and Lirwe farming villages on the Doro corridor":
    "Familles d’éleveurs haddan et villages agricoles lirwe du corridor de Doro",
  "Doro plateau to Mbali, Lirwe-Kato and the river crossings":
    "Du plateau de Doro jusqu’à Mbali, Lirwe-Kato et les passages de la rivière",
  "Herders, often children, move with cattle through farmland; Lirwe villages harvest late. Each community holds the other collectively responsible for any incident.":
    "Les éleveurs, souvent des enfants, traversent les terres agricoles avec le bétail ; les villages lirwe récoltent tard. Chaque communauté tient l’autre collectivement responsable de tout incident.",
  "Religious leaders of both communities mediated successfully in 2025; women traders of both communities still share the Mbali market.":
    "Des chefs religieux des deux communautés ont mené une médiation réussie en 2025 ; des commerçantes des deux communautés partagent encore le marché de Mbali.",
  "Men and older boys suspected of supporting the FLK":
    "Hommes et garçons plus âgés soupçonnés de soutenir le FLK",
  "Sarakai villages, Karsoma detention cells":
    "Villages de Sarakai, cellules de détention de Karsoma",
  "Detained without charge during FAAR operations, held incommunicado, sometimes for weeks; families afraid to report.":
    "Détenus sans inculpation pendant les opérations des FAAR, gardés au secret, parfois pendant des semaines ; les familles ont peur de signaler les cas.",
  "Families turn to village chiefs and the Catholic mission to locate detainees.":
    "Les familles se tournent vers les chefs de village et la mission catholique pour retrouver les détenus.",
  "The Government is committed in principle — its National Stabilization Plan for the North makes the security of people in Kessa its first pillar, and the Ministry of Defence has accepted the HRDDP process — but its means in Kessa are thin, and one of its forces is itself a source of threat ({{str:TS-3}}).":
    "Le gouvernement est engagé sur le principe — son Plan national de stabilisation du Nord fait de la sécurité des populations de Kessa son premier pilier, et le ministère de la Défense a accepté le processus HRDDP — mais ses moyens à Kessa sont minces, et l’une de ses forces est elle-même une source de menace ({{str:TS-3}}).",
  "**FAAR 14th Brigade** (about 2,500 soldiers): holds Karsoma and a company at Sarakai-Centre, but does not patrol at night and is under-supplied. Its commander cooperates with MINUSAR liaison officers; its 3rd Battalion is responsible for most violations recorded in 2026.":
    "**14e brigade des FAAR** (environ 2 500 soldats) : tient Karsoma et une compagnie à Sarakai-Centre, mais ne patrouille pas la nuit et manque de ravitaillement. Son commandant coopère avec les officiers de liaison de la MINUSAR ; son 3e bataillon est responsable de la plupart des violations enregistrées en 2026.",
  "**Police (PNA)**: a station in Karsoma, a post at Tirongo and 12 officers in the Wendu site, unarmed at night; none in the Sarakai villages. Willing, but short of vehicles and radios.":
    "**Police (PNA)** : un commissariat à Karsoma, un poste à Tirongo et 12 agents sur le site de Wendu, non armés la nuit ; aucun dans les villages de Sarakai. De bonne volonté, mais à court de véhicules et de radios.",
  "**Provincial authorities and justice**: the Governor will co-chair the transhumance committee; the commission that used to settle disputes has not met since March. Courts rarely sit; the Kessa prosecutor has opened two investigations into FAAR abuses, none has reached trial.":
    "**Autorités provinciales et justice** : le gouverneur coprésidera le comité de transhumance ; la commission qui réglait les différends ne s’est pas réunie depuis mars. Les tribunaux siègent rarement ; le procureur de Kessa a ouvert deux enquêtes sur des exactions des FAAR, aucune n’a abouti à un procès.",
  "**International security forces**: none besides MINUSAR in Ardessa.":
    "**Forces de sécurité internationales** : aucune en Ardessa hormis la MINUSAR.",
  "**Humanitarian and human rights actors**: UNHCR leads site protection at Wendu and the Protection Cluster in Kessa; GBV sub-cluster partners run a women's centre in the Wendu site, and UNICEF with an NGO a transit centre for 40 children in Karsoma; ICRC visits places of detention and talks with the FLK. They do not travel with military escorts, so they rarely reach the northern Sarakai villages. The National Human Rights Commission has one officer in Karsoma.":
    "**Acteurs humanitaires et des droits de l’homme** : le HCR dirige la protection du site de Wendu et le Cluster Protection à Kessa ; des partenaires du sous-cluster VBG gèrent un centre pour les femmes sur le site de Wendu, et l’UNICEF, avec une ONG, un centre de transit pour 40 enfants à Karsoma ; le CICR visite les lieux de détention et dialogue avec le FLK. Ils ne voyagent pas sous escorte militaire et atteignent donc rarement les villages du nord de Sarakai. La Commission nationale des droits de l’homme a un agent à Karsoma.",
  "**Development actors**: UNDP supports mobile courts with the Ministry of Justice; FAO runs vaccination points on the Doro corridor.":
    "**Acteurs du développement** : le PNUD appuie les audiences foraines avec le ministère de la Justice ; la FAO gère des points de vaccination sur le corridor de Doro.",
  "**Civil society and communities**: vigilance committees in 9 of the 14 Sarakai villages, the Wendu women's committee, Haddan and Lirwe religious leaders who mediated in 2025, the Kessa inter-faith council, and church groups sheltering children and helping families find detainees.":
    "**Société civile et communautés** : comités de vigilance dans 9 des 14 villages de Sarakai, le comité des femmes de Wendu, les chefs religieux haddan et lirwe qui ont mené la médiation de 2025, le conseil interconfessionnel de Kessa, et des groupes d’église qui hébergent des enfants et aident les familles à retrouver les détenus.",
  "Where the state is absent or unwilling — at night, in the Sarakai villages, and where its own forces are the threat — the mission acts directly; elsewhere it supports the authorities (E.2.2). Risk ratings in the Threat Matrix take into account who else is present.":
    "Là où l’État est absent ou n’agit pas — la nuit, dans les villages de Sarakai, et là où ses propres forces sont la menace — la mission agit directement ; ailleurs, elle appuie les autorités (E.2.2). Les niveaux de risque de la matrice des menaces tiennent compte de qui d’autre est présent.",
  "MINUSAR answers the threats in section B with all three tiers at once. In Kessa the weight falls on Tier II around Sarakai and Wendu during the dry season, on Tier I on the Doro corridor and with the FAAR, and on Tier III for the returns and for justice. The tasks are in the POC Action Plan; each threat's response is in the Threat Matrix.":
    "La MINUSAR répond aux menaces de la section B par les trois niveaux à la fois. À Kessa, le poids porte sur le niveau II autour de Sarakai et de Wendu pendant la saison sèche, sur le niveau I sur le corridor de Doro et auprès des FAAR, et sur le niveau III pour les retours et pour la justice. Les tâches figurent dans le plan d’action POC ; la réponse à chaque menace, dans la matrice des menaces.",
  "Engage Haddan and Lirwe leaders and the provincial authorities to agree and monitor the transhumance arrangements ({{str:OBJ-2}}).":
    "Dialoguer avec les chefs haddan et lirwe et les autorités provinciales pour convenir des arrangements de transhumance et en assurer le suivi ({{str:OBJ-2}}).",
  "Press the Ministry of Defence and the 14th Brigade on detention and conduct in operations; make support conditional under the HRDDP ({{str:OBJ-3}}).":
    "Faire pression sur le ministère de la Défense et la 14e brigade au sujet de la détention et de la conduite des opérations ; subordonner l’appui au titre de la HRDDP ({{str:OBJ-3}}).",
  "Through the SRSG, raise grave violations with the Government and report them to the Security Council.":
    "Par l’intermédiaire du RSSG, soulever les violations graves auprès du gouvernement et en rendre compte au Conseil de sécurité.",
  "Public information on what the mission can do and how to raise an alert, in the local languages.":
    "Information publique sur ce que la mission peut faire et sur la façon de donner l’alerte, dans les langues locales.",
  "Permanent presence at TOB Sarakai-Centre and night patrols to the northern villages ({{str:OBJ-1}}).":
    "Présence permanente à la BOT de Sarakai-Centre et patrouilles de nuit vers les villages du nord ({{str:OBJ-1}}).",
  "Firewood patrols and an FPU presence at Wendu.":
    "Patrouilles de collecte de bois et présence d’une FPU à Wendu.",
  "Escorted convoys on MSR 4.":
    "Convois escortés sur la MSR 4.",
  "A QRF able to reach threatened villages at night; offensive action against the FLK only on a decision of the SRSG (see the Offensive Operations Brief on the Koumbi hills).":
    "Une force de réaction rapide capable d’atteindre de nuit les villages menacés ; action offensive contre le FLK seulement sur décision du RSSG (voir la note sur l’opération offensive dans les collines de Koumbi).",
  "Guidance from civilian components: Civil Affairs and Human Rights officers accompany long-range patrols.":
    "Orientation par les composantes civiles : des spécialistes des affaires civiles et des droits de l’homme accompagnent les patrouilles de longue portée.",
  "Mobile court sessions in Karsoma with UNDP and the Ministry of Justice; support to the Kessa prosecutor on the FAAR cases ({{str:OBJ-3}}, {{str:OBJ-5}}).":
    "Audiences foraines à Karsoma avec le PNUD et le ministère de la Justice ; appui au procureur de Kessa sur les affaires impliquant les FAAR ({{str:OBJ-3}}, {{str:OBJ-5}}).",
  "Handover protocol and reintegration for children leaving the FLK, with UNICEF ({{str:OBJ-5}}).":
    "Protocole de remise et réintégration des enfants qui quittent le FLK, avec l’UNICEF ({{str:OBJ-5}}).",
  "Route clearance of MSR 4 and the Sarakai roads; a PNA post at Sarakai-Centre; conditions for return agreed with UNHCR ({{str:OBJ-6}}).":
    "Dépollution de la MSR 4 et des routes de Sarakai ; un poste de la PNA à Sarakai-Centre ; conditions du retour convenues avec le HCR ({{str:OBJ-6}}).",
  "In the provinces without an identified threat (the south and west), Civil Affairs and Human Rights keep a light watch through monthly visits and the Protection Cluster; JMAC tracks election-related tension ({{str:TS-5}}).":
    "Dans les provinces sans menace identifiée (le sud et l’ouest), les Affaires civiles et les Droits de l’homme exercent une veille légère par des visites mensuelles et par le Cluster Protection ; la JMAC suit les tensions liées aux élections ({{str:TS-5}}).",
  "Where attacks are likely — the northern Sarakai villages, the Doro corridor in December, MSR 4 on pay days — the mission increases presence before the expected attack, engages leaders, and warns the communities. The weekly review of the Threat Matrix sets these priorities.":
    "Là où des attaques sont probables — les villages du nord de Sarakai, le corridor de Doro en décembre, la MSR 4 les jours de paie — la mission renforce sa présence avant l’attaque attendue, dialogue avec les chefs et avertit les communautés. L’examen hebdomadaire de la matrice des menaces fixe ces priorités.",
  "When an attack happens or is under way: the JOC activates the crisis cell; the QRF deploys; Human Rights and Civil Affairs go with the first patrol to assess needs and record violations; humanitarian partners are informed within two hours through OCHA.":
    "Lorsqu’une attaque se produit ou est en cours : le JOC active la cellule de crise ; la force de réaction rapide se déploie ; les Droits de l’homme et les Affaires civiles accompagnent la première patrouille pour évaluer les besoins et consigner les violations ; les partenaires humanitaires sont informés dans les deux heures par l’intermédiaire d’OCHA.",
  "After an attack or a season of violence: after-action review within 30 days, support to returns and to the justice process, and handover of tasks to the state and to the UNCT where possible.":
    "Après une attaque ou une saison de violence : examen après action dans les 30 jours, appui aux retours et au processus judiciaire, et transfert des tâches à l’État et à l’équipe de pays lorsque c’est possible.",
  "General POC roles; who does what for each threat is in the Threat Matrix.":
    "Rôles généraux en matière de POC ; qui fait quoi pour chaque menace figure dans la matrice des menaces.",
  "Physical protection through presence, patrols, escorts and, on decision, use of force; night posture in Sarakai; QRF; support to the alert network (signals). Plans and conducts operations with civilian components and applies civilian harm mitigation.":
    "Protection physique par la présence, les patrouilles, les escortes et, sur décision, l’emploi de la force ; posture de nuit à Sarakai ; force de réaction rapide ; appui au réseau d’alerte (transmissions). Planifie et conduit les opérations avec les composantes civiles et applique l’atténuation des préjudices aux civils.",
  "Force POC Adviser (U9), Force HQ; Sector North POC Officer, Karsoma":
    "Conseiller POC de la Force (U9), QG de la Force ; officier POC du Secteur Nord, Karsoma",
  "Police (UNPOL)":
    "Police (UNPOL)",
  "FPU protection at Wendu; advice and mentoring to the PNA in Karsoma, Tirongo and at the future Sarakai-Centre post; joint convoy escort on MSR 4.":
    "Protection par la FPU à Wendu ; conseil et encadrement de la PNA à Karsoma, à Tirongo et au futur poste de Sarakai-Centre ; escorte conjointe des convois sur la MSR 4.",
  "UNPOL Sector North Commander":
    "Commandant de secteur d’UNPOL pour le Secteur Nord",
  "Community engagement and local conflict management; runs the community alert network and the community liaison assistants; convenes the transhumance committee.":
    "Engagement communautaire et gestion des conflits locaux ; gère le réseau d’alerte communautaire et les assistants de liaison communautaire ; réunit le comité de transhumance.",
  "Team Leader, Civil Affairs, Karsoma":
    "Chef d’équipe, Affaires civiles, Karsoma",
  "Monitoring, investigation and reporting of violations, including CRSV; HRDDP risk assessments; detention visits; training of the FAAR.":
    "Surveillance, enquêtes et rapports sur les violations, y compris les VSLC ; évaluations des risques HRDDP ; visites des lieux de détention ; formation des FAAR.",
  "Head of Human Rights Office, Karsoma":
    "Chef du bureau des droits de l’homme, Karsoma",
  "Child Protection":
    "Protection de l’enfance",
  "MRM on grave violations against children; handover of children separated from armed groups; engagement of armed groups and FAAR on action plans.":
    "MRM sur les violations graves contre les enfants ; remise des enfants séparés des groupes armés ; dialogue avec les groupes armés et les FAAR sur des plans d’action.",
  "Senior Child Protection Adviser":
    "Conseiller principal pour la protection de l’enfance",
  "POC Unit (Office of the DSRSG Political)":
    "Unité POC (Bureau du RSSG adjoint, affaires politiques)",
  "Keeps this strategy, the Action Plan and the POC coordination fora running; advises senior leadership and the Force on POC; leads after-action reviews and training.":
    "Fait vivre cette stratégie, le plan d’action et les forums de coordination POC ; conseille la haute direction et la Force en matière de POC ; conduit les examens après action et la formation.",
  "Senior POC Adviser":
    "Conseiller principal POC",
  "JOC and JMAC":
    "JOC et JMAC",
  "JOC: situational awareness, alerts and crisis coordination, weekly Threat Matrix review support. JMAC: threat analysis, early warning and the Mission Threat Assessment.":
    "JOC : connaissance de la situation, alertes et coordination de crise, appui à l’examen hebdomadaire de la matrice des menaces. JMAC : analyse des menaces, alerte précoce et évaluation des menaces pour la mission.",
  "Chief JOC; Chief JMAC":
    "Chef du JOC ; chef de la JMAC",
  "Public Information":
    "Information publique",
  "POC communication strategy; radio programmes in Haddan and Lirwe; expectations management.":
    "Stratégie de communication POC ; émissions de radio en haddan et en lirwe ; gestion des attentes.",
  "Radio MINUSAR Karsoma producer":
    "Producteur de Radio MINUSAR Karsoma",
  "Mission Support":
    "Appui à la mission",
  "Air assets, engineering (TOB Sarakai, lighting and water at Wendu), communications equipment for the alert network; prioritises POC requests in the allocation of assets.":
    "Moyens aériens, génie (BOT de Sarakai, éclairage et eau à Wendu), équipements de communication pour le réseau d’alerte ; donne la priorité aux demandes POC dans l’affectation des moyens.",
  "Chief, Mission Support Centre":
    "Chef du centre d’appui à la mission",
  "MINUSAR coordinates POC through its existing fora rather than new ones, with one forum at each level and the Sector North forum as the working engine in Kessa.":
    "La MINUSAR coordonne la POC par ses forums existants plutôt que par de nouveaux, avec un forum à chaque niveau et le forum du Secteur Nord comme moteur du travail à Kessa.",
  "Senior POC Forum":
    "Forum POC de haut niveau",
  "SRSG (DSRSG Political in the SRSG's absence)":
    "RSSG (le RSSG adjoint, affaires politiques, en son absence)",
  "DSRSGs, Force Commander, Police Commissioner, Chief of Staff, Director of Mission Support, Heads of Human Rights, Civil Affairs and Child Protection, Humanitarian Coordinator":
    "RSSG adjoints, commandant de la force, chef de la police, chef de cabinet, directeur de l’appui à la mission, chefs des Droits de l’homme, des Affaires civiles et de la Protection de l’enfance, coordonnateur humanitaire",
  "Monthly, and at once in a crisis":
    "Chaque mois, et sans délai en cas de crise",
  "Sets POC priorities, decides on the allocation of scarce assets, approves this strategy's reviews.":
    "Fixe les priorités POC, décide de l’affectation des moyens rares, approuve les révisions de cette stratégie.",
  "POC Working Group":
    "Groupe de travail POC",
  "POC focal points of all components, JOC, JMAC, OCHA and the Protection Cluster coordinator":
    "Points focaux POC de toutes les composantes, JOC, JMAC, OCHA et coordonnateur du Cluster Protection",
  "Follows the Action Plan, prepares decisions for the Senior POC Forum, consolidates the sector threat matrices.":
    "Suit le plan d’action, prépare les décisions du Forum POC de haut niveau, consolide les matrices des menaces des secteurs.",
  "Sector North POC Coordination Forum":
    "Forum de coordination POC du Secteur Nord",
  "Head of Office, Karsoma":
    "Chef de bureau, Karsoma",
  "Sector North Commander, UNPOL Sector Commander, Civil Affairs, Human Rights, Child Protection, JOC, JMAC; UNHCR, UNICEF and UNMAS":
    "Commandant du Secteur Nord, commandant de secteur d’UNPOL, Affaires civiles, Droits de l’homme, Protection de l’enfance, JOC, JMAC ; HCR, UNICEF et UNMAS",
  "Weekly (Fridays)":
    "Chaque semaine (le vendredi)",
  "Reviews the Sector North Threat Matrix and agrees the coming week's protection priorities and patrol plan.":
    "Examine la matrice des menaces du Secteur Nord et convient des priorités de protection et du plan de patrouilles de la semaine à venir.",
  "In a POC crisis the Chief of Staff convenes the Crisis Management Team; the JOC becomes the crisis centre and runs the information flow. In Kessa the Head of Office Karsoma leads a sector crisis cell in the Sector North JOC with the Sector Commander and the UNPOL Sector Commander.":
    "Lors d’une crise POC, le chef de cabinet réunit l’équipe de gestion de crise ; le JOC devient le centre de crise et gère la circulation de l’information. À Kessa, le chef du bureau de Karsoma dirige une cellule de crise de secteur au JOC du Secteur Nord avec le commandant de secteur et le commandant de secteur d’UNPOL.",
  "The DSRSG (Political) is the mission's POC lead: guides daily POC work, chairs the Senior POC Forum in the SRSG's absence, and signs off the Action Plan.":
    "Le RSSG adjoint (affaires politiques) est le responsable POC de la mission : il oriente le travail POC au quotidien, préside le Forum POC de haut niveau en l’absence du RSSG et approuve le plan d’action.",
  "A Senior POC Adviser and two POC officers in the POC Unit (Port-Lenne), and one POC officer in Karsoma. Every component names a POC focal point at headquarters and in each field office; the Force has a POC Adviser at Force HQ and a POC officer in each sector.":
    "Un conseiller principal POC et deux spécialistes POC à l’Unité POC (Port-Lenne), et un spécialiste POC à Karsoma. Chaque composante désigne un point focal POC au quartier général et dans chaque bureau de terrain ; la Force a un conseiller POC au QG de la Force et un officier POC dans chaque secteur.",
  "The Government is committed in principle and has a stabilization plan for the north, but its presence in Kessa is thin: no police east of Karsoma, courts that rarely sit, a brigade under-supplied and unpaid for months. The FAAR is both a protector and a source of threat ({{str:TS-3}}): its 3rd Battalion is responsible for most violations recorded in 2026.":
    "Le gouvernement est engagé sur le principe et a un plan de stabilisation pour le nord, mais sa présence à Kessa est mince : pas de police à l’est de Karsoma, des tribunaux qui siègent rarement, une brigade mal ravitaillée et impayée depuis des mois. Les FAAR sont à la fois un protecteur et une source de menace ({{str:TS-3}}) : leur 3e bataillon est responsable de la plupart des violations enregistrées en 2026.",
  "Tier I: MINUSAR supports the provincial authorities to convene the transhumance commission and presses for investigation of FAAR abuses. Tier II: the mission acts directly at night and east of Karsoma, where the state is absent, and jointly with the PNA on MSR 4, handing over as PNA capacity grows. Tier III: support to justice, the PNA post at Sarakai-Centre, and the handover protocol build the state's own capacity. All support to the FAAR follows the HRDDP.":
    "Niveau I : la MINUSAR aide les autorités provinciales à réunir la commission de la transhumance et insiste pour que les exactions des FAAR fassent l’objet d’enquêtes. Niveau II : la mission agit directement la nuit et à l’est de Karsoma, là où l’État est absent, et conjointement avec la PNA sur la MSR 4, en transférant les tâches à mesure que la PNA se renforce. Niveau III : l’appui à la justice, le poste de la PNA à Sarakai-Centre et le protocole de remise renforcent les capacités propres de l’État. Tout appui aux FAAR suit la HRDDP.",
  "Joint POC Committee (Government–MINUSAR)":
    "Comité conjoint POC (gouvernement–MINUSAR)",
  "Minister of Interior and the SRSG":
    "Ministre de l’Intérieur et RSSG",
  "Ministries of Defence, Interior and Justice; FAAR Chief of Staff; PNA Director-General; MINUSAR senior leadership":
    "Ministères de la Défense, de l’Intérieur et de la Justice ; chef d’état-major des FAAR ; directeur général de la PNA ; haute direction de la MINUSAR",
  "Agrees priorities for the protection of civilians, HRDDP mitigation measures, and follow-up of violations.":
    "Convient des priorités de la protection des civils, des mesures d’atténuation de la HRDDP et du suivi des violations.",
  "Kessa Provincial Security Committee":
    "Comité provincial de sécurité de Kessa",
  "Governor of Kessa":
    "Gouverneur de Kessa",
  "FAAR 14th Brigade, PNA, prefects, MINUSAR Head of Office and Sector Commander":
    "14e brigade des FAAR, PNA, préfets, chef de bureau et commandant de secteur de la MINUSAR",
  "Every two weeks":
    "Toutes les deux semaines",
  "Deconflicts operations, shares early warning and follows up incidents in Kessa.":
    "Assure la déconfliction des opérations, partage l’alerte précoce et suit les incidents à Kessa.",
  "Communities in Kessa protect themselves — night watches, group departures, truces negotiated by chiefs. MINUSAR builds on that: community liaison assistants in each team site, protection committees with separate meetings for women and youth, and joint early warning through the alert network. Civil Affairs checks with each committee that being seen with the mission does not expose it; meetings in the northern Sarakai villages are held at the TOB, not in the villages.":
    "À Kessa, les communautés se protègent elles-mêmes — veilles de nuit, départs en groupe, trêves négociées par les chefs. La MINUSAR s’appuie sur ces pratiques : des assistants de liaison communautaire dans chaque base d’opérations, des comités de protection tenant des réunions séparées pour les femmes et les jeunes, et une alerte précoce conjointe par le réseau d’alerte. Les Affaires civiles vérifient avec chaque comité qu’être vu avec la mission ne l’expose pas ; les réunions avec les villages du nord de Sarakai se tiennent à la BOT, pas dans les villages.",
  "Community protection committees":
    "Comités communautaires de protection",
  "Village chiefs, with a women's and a youth representative":
    "Chefs de village, avec un représentant des femmes et un des jeunes",
  "Community representatives; Civil Affairs community liaison assistants":
    "Représentants des communautés ; assistants de liaison communautaire des Affaires civiles",
  "Monthly, and after each alert":
    "Chaque mois, et après chaque alerte",
  "Agree local protection plans and alert procedures; feed the Threat Matrix.":
    "Conviennent des plans locaux de protection et des procédures d’alerte ; alimentent la matrice des menaces.",
  "MINUSAR does not negotiate with the FLK. The Senior POC Forum decided on 14 October 2026 that Child Protection may engage FLK intermediaries on the release of children, and Civil Affairs may keep contact with commanders through the Kessa inter-faith council on the safety of civilians, both under the SRSG's authority and reported to the POC Working Group. Contacts with the Haddan and Lirwe militias go through community leaders.":
    "La MINUSAR ne négocie pas avec le FLK. Le Forum POC de haut niveau a décidé le 14 octobre 2026 que la Protection de l’enfance peut dialoguer avec des intermédiaires du FLK sur la libération des enfants, et que les Affaires civiles peuvent garder le contact avec des commandants par le conseil interconfessionnel de Kessa sur la sécurité des civils, dans les deux cas sous l’autorité du RSSG et en rendant compte au Groupe de travail POC. Les contacts avec les milices haddan et lirwe passent par les chefs communautaires.",
  "MINUSAR sits in the Protection Cluster at national and Kessa level, and the SRSG in the HCT. Roles are agreed: UNHCR leads site protection in Wendu; UNICEF leads reintegration; the mission provides physical protection and monitoring. Humanitarian partners keep their distance from military operations: the mission never uses humanitarian convoys for escorts of its own, and shares operation plans through OCHA's civil-military coordination only.":
    "La MINUSAR siège au Cluster Protection au niveau national et à Kessa, et le RSSG à l’équipe humanitaire de pays. Les rôles sont convenus : le HCR dirige la protection du site de Wendu ; l’UNICEF dirige la réintégration ; la mission assure la protection physique et le suivi. Les partenaires humanitaires se tiennent à distance des opérations militaires : la mission n’utilise jamais les convois humanitaires pour ses propres escortes, et ne partage ses plans d’opération que par la coordination civilo-militaire d’OCHA.",
  "Kessa Protection Cluster":
    "Cluster Protection de Kessa",
  "UNHCR (co-lead: an international NGO)":
    "HCR (codirection : une ONG internationale)",
  "UN agencies, NGOs, MINUSAR POC officer and Human Rights":
    "Agences des Nations Unies, ONG, spécialiste POC et Droits de l’homme de la MINUSAR",
  "Shares protection analysis, refers cases, coordinates the response to displacement.":
    "Partage l’analyse de protection, oriente les cas, coordonne la réponse aux déplacements.",
  "Information follows the mission's Information Management SOP for POC (2025): incidents go to the JOC within 12 hours, Human Rights verifies, JMAC analyses and maps trends monthly, and the POC Unit consolidates the quarterly POC report. The integrated incident database is being rolled out to Sector North ({{ap:A-6}}).":
    "L’information suit la procédure opérationnelle permanente de la mission sur la gestion de l’information POC (2025) : les incidents parviennent au JOC dans les 12 heures, les Droits de l’homme vérifient, la JMAC analyse et cartographie les tendances chaque mois, et l’Unité POC consolide le rapport POC trimestriel. La base de données intégrée des incidents est en cours de déploiement au Secteur Nord ({{ap:A-6}}).",
  "Names of victims, survivors and witnesses are shared only with their informed consent and only with those who need them. Human Rights and Child Protection keep case files on their own restricted systems; the Threat Matrix carries no names. Sexual violence cases follow the CRSV information-sharing protocol.":
    "Les noms des victimes, des survivants et des témoins ne sont partagés qu’avec leur consentement éclairé et seulement avec ceux qui en ont besoin. Les Droits de l’homme et la Protection de l’enfance conservent les dossiers sur leurs propres systèmes à accès restreint ; la matrice des menaces ne contient aucun nom. Les cas de violences sexuelles suivent le protocole de partage d’information sur les VSLC.",
  "Incidents affecting civilians, by type, place and alleged perpetrator.":
    "Incidents touchant des civils, par type, lieu et auteur présumé.",
  "Civilians killed, wounded, raped or abducted; children recruited or released.":
    "Civils tués, blessés, violés ou enlevés ; enfants recrutés ou libérés.",
  "New displacement and returns (with UNHCR).":
    "Nouveaux déplacements et retours (avec le HCR).",
  "Harm to civilians involving MINUSAR personnel.":
    "Préjudices causés aux civils impliquant du personnel de la MINUSAR.",
  "Explosive hazard incidents on MSR 4.":
    "Incidents liés aux engins explosifs sur la MSR 4.",
  "Alerts received and time to response.":
    "Alertes reçues et délai de réponse.",
  "The community alert network: HF radios and mobile phones in villages without coverage, a free hotline at the Karsoma JOC, and community liaison assistants at each team site. The PNA and prefects are connected to the JOC. Alerts are acknowledged within the hour; callers are never named in reports.":
    "Le réseau d’alerte communautaire : radios HF et téléphones portables dans les villages sans couverture, une ligne d’urgence gratuite au JOC de Karsoma, et des assistants de liaison communautaire dans chaque base d’opérations. La PNA et les préfets sont reliés au JOC. Les alertes sont prises en compte dans l’heure ; les personnes qui appellent ne sont jamais nommées dans les rapports.",
  "The Head of Office Karsoma may order a patrol or QRF deployment at once; the Sector Commander informs the Force HQ and the JOC. Decisions with political consequences (operations with or against parties, relocation of civilians to UN bases) go to the SRSG through the Crisis Management Team, which consults the Government and the Humanitarian Coordinator.":
    "Le chef du bureau de Karsoma peut ordonner sans délai une patrouille ou le déploiement de la force de réaction rapide ; le commandant de secteur en informe le QG de la Force et le JOC. Les décisions aux conséquences politiques (opérations avec ou contre des parties, relocalisation de civils dans des bases de l’ONU) remontent au RSSG par l’équipe de gestion de crise, qui consulte le gouvernement et le coordonnateur humanitaire.",
  "Hotline and HF radio network; alerts logged in the JOC database.":
    "Ligne d’urgence et réseau radio HF ; alertes consignées dans la base de données du JOC.",
  "Community liaison assistants at Karsoma, Wendu and Tirongo (six in all).":
    "Assistants de liaison communautaire à Karsoma, Wendu et Tirongo (six au total).",
  "Joint protection teams of Civil Affairs, Human Rights and Child Protection, deployable within 48 hours.":
    "Équipes conjointes de protection des Affaires civiles, des Droits de l’homme et de la Protection de l’enfance, déployables sous 48 heures.",
  "QRF platoon in Karsoma; surge of one company from Sector West on the Force Commander's order.":
    "Section de réaction rapide à Karsoma ; renfort d’une compagnie du Secteur Ouest sur ordre du commandant de la force.",
  "The Resources & Capabilities Matrix sets the mission's means against each objective. In short: the Force can protect Sarakai by day but not by night (no night-flying helicopter, no night-vision equipment for the TOB company); the mission has no explosive ordnance disposal capacity in Sector North; the Civil Affairs team cannot cover the Doro corridor without a Haddan-speaking assistant. One contingent's national caveat excludes night patrols beyond 10 km of its base; the Force Commander has moved that company to Karsoma and the TOB is held by another.":
    "La matrice des ressources et capacités met les moyens de la mission en regard de chaque objectif. En bref : la Force peut protéger Sarakai de jour mais pas de nuit (pas d’hélicoptère apte au vol de nuit, pas d’équipement de vision nocturne pour la compagnie de la BOT) ; la mission n’a aucune capacité de neutralisation des explosifs et munitions au Secteur Nord ; l’équipe des Affaires civiles ne peut pas couvrir le corridor de Doro sans un assistant parlant haddan. La restriction nationale d’un contingent exclut les patrouilles de nuit au-delà de 10 km de sa base ; le commandant de la force a transféré cette compagnie à Karsoma et la BOT est tenue par une autre.",
  "Priorities when assets run short: protection of civilians under imminent threat first, then the security of UN personnel, then other tasks. Threats beyond the mission's means — the election-related violence in the capital, the FLK's finances — are left to the Government and to other UN entities, and said so to the communities.":
    "Priorités quand les moyens manquent : d’abord la protection des civils sous menace imminente, puis la sécurité du personnel de l’ONU, puis les autres tâches. Les menaces qui dépassent les moyens de la mission — les violences électorales dans la capitale, les finances du FLK — relèvent du gouvernement et d’autres entités des Nations Unies, et les communautés en sont informées.",
  "MINUSAR says plainly what it can and cannot do: it cannot be in every village at night, and it does not fight the FLK for the Government. Radio MINUSAR and community meetings explain the alert network, the TOB and the transhumance arrangements in Haddan and Lirwe, with separate sessions for women. Messages on Wendu are aligned with the HCT through the Humanitarian Coordinator.":
    "La MINUSAR dit clairement ce qu’elle peut et ne peut pas faire : elle ne peut pas être dans chaque village la nuit, et elle ne combat pas le FLK pour le compte du gouvernement. Radio MINUSAR et les réunions communautaires expliquent le réseau d’alerte, la BOT et les arrangements de transhumance en haddan et en lirwe, avec des séances séparées pour les femmes. Les messages sur Wendu sont harmonisés avec l’équipe humanitaire de pays par l’intermédiaire du coordonnateur humanitaire.",
  "The POC Unit monitors progress against the benchmarks in A.1.1 and A.2.2 each quarter and reports to the Senior POC Forum.":
    "L’Unité POC suit chaque trimestre les progrès au regard des critères du A.1.1 et du A.2.2 et en rend compte au Forum POC de haut niveau.",
  "After-action review within 30 days of every attack with civilian deaths (the 3 October attack on Bendiko reviewed on 28 October).":
    "Examen après action dans les 30 jours suivant chaque attaque ayant fait des victimes civiles (l’attaque du 3 octobre contre Bendiko a été examinée le 28 octobre).",
  "Quarterly review of the alert network and of the firewood patrols, with the communities.":
    "Examen trimestriel du réseau d’alerte et des patrouilles de collecte de bois, avec les communautés.",
  "Perception survey in Sarakai and Wendu every six months.":
    "Enquête de perception à Sarakai et à Wendu tous les six mois.",
  "POC inputs to the Secretary-General's reports (POC Unit, with Human Rights); monthly POC report to UNHQ; weekly POC update to senior leadership from the JOC; Human Rights public reports every six months.":
    "Contributions POC aux rapports du Secrétaire général (Unité POC, avec les Droits de l’homme) ; rapport POC mensuel au Siège ; point POC hebdomadaire du JOC à la haute direction ; rapports publics des Droits de l’homme tous les six mois.",
  "An evaluation of the night posture in Sarakai in June 2027, with the communities, the Government and humanitarian partners; lessons learned shared with UNHQ.":
    "Une évaluation de la posture de nuit à Sarakai en juin 2027, avec les communautés, le gouvernement et les partenaires humanitaires ; enseignements communiqués au Siège.",
  "Induction POC training for every new contingent and civilian staff member; a mission-wide POC tabletop exercise twice a year (February and August), for civilian, military and police staff together, with UNHCR, UNICEF and OCHA invited. Training of FAAR 14th Brigade officers on IHL, human rights and child protection is part of {{str:OBJ-3}}.":
    "Formation POC d’accueil pour chaque nouveau contingent et chaque nouveau membre du personnel civil ; un exercice sur table POC à l’échelle de la mission deux fois par an (février et août), pour le personnel civil, militaire et de police ensemble, avec le HCR, l’UNICEF et OCHA invités. La formation des officiers de la 14e brigade des FAAR au DIH, aux droits de l’homme et à la protection de l’enfance relève de {{str:OBJ-3}}.",
  "Ministries of Interior, Defence, Justice and Social Affairs; Governor of Kessa; FAAR Chief of Staff; PNA Director-General":
    "Ministères de l’Intérieur, de la Défense, de la Justice et des Affaires sociales ; gouverneur de Kessa ; chef d’état-major des FAAR ; directeur général de la PNA",
  "Workshop in Port-Lenne, then written comments on the draft":
    "Atelier à Port-Lenne, puis commentaires écrits sur le projet",
  "Threat assessment (B), response model (C), roles of the state (E.2)":
    "Évaluation des menaces (B), modèle de réponse (C), rôles de l’État (E.2)",
  "The Government accepted the threat assessment but asked that {{str:TS-3}} name \"elements\" of the brigade rather than the brigade; done. It agreed to the Joint POC Committee (M-4) and to an HRDDP mitigation plan, and asked for support to the PNA post at Sarakai-Centre (added to {{str:OBJ-6}}).":
    "Le gouvernement a accepté l’évaluation des menaces mais a demandé que {{str:TS-3}} vise des « éléments » de la brigade plutôt que la brigade ; c’est fait. Il a accepté le Comité conjoint POC (M-4) et un plan d’atténuation HRDDP, et a demandé un appui au poste de la PNA à Sarakai-Centre (ajouté à {{str:OBJ-6}}).",
  "Senior POC Forum (decision); Kessa inter-faith council":
    "Forum POC de haut niveau (décision) ; conseil interconfessionnel de Kessa",
  "No direct consultation; decision of the Senior POC Forum, then indirect contact":
    "Pas de consultation directe ; décision du Forum POC de haut niveau, puis contact indirect",
  "Whether and how to engage the FLK (E.4)":
    "S’il faut dialoguer avec le FLK, et comment (E.4)",
  "The Senior POC Forum decided not to consult armed groups on the strategy itself. Through the Kessa inter-faith council, the FLK's stated position on the release of children was sought; it said it would \"consider\" releasing children under 15. This shaped {{str:OBJ-5}} and section E.4.":
    "Le Forum POC de haut niveau a décidé de ne pas consulter les groupes armés sur la stratégie elle-même. Par le conseil interconfessionnel de Kessa, la position déclarée du FLK sur la libération des enfants a été sollicitée ; il a dit qu’il « envisagerait » de libérer les enfants de moins de 15 ans. Cela a orienté {{str:OBJ-5}} et la section E.4.",
  "Women's committee and block leaders of Wendu; chiefs, women and youth of 6 Sarakai villages; Haddan and Lirwe religious leaders":
    "Comité des femmes et chefs de bloc de Wendu ; chefs, femmes et jeunes de 6 villages de Sarakai ; chefs religieux haddan et lirwe",
  "Community dialogues (separate sessions for women and youth), held by Civil Affairs and Human Rights":
    "Dialogues communautaires (séances séparées pour les femmes et les jeunes), menés par les Affaires civiles et les Droits de l’homme",
  "Threats and self-protection (B.2), alert network, transhumance":
    "Menaces et autoprotection (B.2), réseau d’alerte, transhumance",
  "Communities asked for night presence in the northern villages rather than more day patrols (reflected in {{str:OBJ-1}}), for a hotline free of charge, and for women to set the firewood patrol routes. Haddan leaders asked for water points on the corridor; added to the transhumance activities.":
    "Les communautés ont demandé une présence de nuit dans les villages du nord plutôt que davantage de patrouilles de jour (repris dans {{str:OBJ-1}}), une ligne d’urgence gratuite, et que les femmes fixent les itinéraires des patrouilles de collecte de bois. Les chefs haddan ont demandé des points d’eau sur le corridor ; ajoutés aux activités de transhumance.",
  "Integrated Operational Team, DPO POC team, Office of Military Affairs; later the IMTF and the Office of Legal Affairs":
    "Équipe opérationnelle intégrée, équipe POC du DPO, Bureau des affaires militaires ; ensuite l’IMTF et le Bureau des affaires juridiques",
  "Video conference on the parameters before drafting; written comments on the draft (5 November)":
    "Visioconférence sur les paramètres avant la rédaction ; commentaires écrits sur le projet (5 novembre)",
  "Scope, priorities, HRDDP, engagement with armed groups":
    "Portée, priorités, HRDDP, dialogue avec les groupes armés",
  "UNHQ endorsed the focus on Kessa and asked that election-related threats be kept under review ({{str:TS-5}}). OLA confirmed the wording of E.4 on contacts with the FLK. Comments of 5 November incorporated.":
    "Le Siège a approuvé l’accent mis sur Kessa et demandé que les menaces liées aux élections restent à l’examen ({{str:TS-5}}). Le Bureau des affaires juridiques a confirmé la rédaction du E.4 sur les contacts avec le FLK. Commentaires du 5 novembre intégrés.",
  "All components through the POC Working Group; Force and Police planners; JOC, JMAC; Chief of Staff; Sector North Commander and Head of Office Karsoma; UNCT through the RC/HC office":
    "Toutes les composantes par le Groupe de travail POC ; planificateurs de la Force et de la Police ; JOC, JMAC ; chef de cabinet ; commandant du Secteur Nord et chef du bureau de Karsoma ; équipe de pays par le bureau du CR/CH",
  "Three working group sessions and a senior leadership retreat":
    "Trois séances du groupe de travail et une retraite de la haute direction",
  "All sections":
    "Toutes les sections",
  "Objectives and roles agreed; the Force committed to the night posture subject to a night-capable helicopter (now a red gap in the Resources & Capabilities Matrix). The UNCT agreed to co-own {{str:OBJ-5}} and {{str:OBJ-6}} under the ISF.":
    "Objectifs et rôles convenus ; la Force s’est engagée sur la posture de nuit sous réserve d’un hélicoptère apte au vol de nuit (désormais une lacune rouge dans la matrice des ressources et capacités). L’équipe de pays a accepté de porter conjointement {{str:OBJ-5}} et {{str:OBJ-6}} au titre du CSI.",
  "Protection Cluster (national and Kessa), GBV and Child Protection sub-clusters, UNHCR, UNICEF, OCHA, four NGOs, two women's organizations and a youth network from Karsoma":
    "Cluster Protection (national et Kessa), sous-clusters VBG et Protection de l’enfance, HCR, UNICEF, OCHA, quatre ONG, deux organisations de femmes et un réseau de jeunes de Karsoma",
  "Meeting of the Kessa Protection Cluster; written comments":
    "Réunion du Cluster Protection de Kessa ; commentaires écrits",
  "Threat assessment, Wendu, returns, distinction between humanitarian and military action":
    "Évaluation des menaces, Wendu, retours, distinction entre action humanitaire et action militaire",
  "Partners asked that returns be voluntary and conditioned on a joint assessment (now in {{str:OBJ-6}}), and that the mission never use humanitarian convoys for its own escorts (E.5). Women's organizations asked for a Women's Protection Adviser in Kessa; the post was moved from Port-Lenne to Karsoma in November.":
    "Les partenaires ont demandé que les retours soient volontaires et subordonnés à une évaluation conjointe (désormais dans {{str:OBJ-6}}), et que la mission n’utilise jamais les convois humanitaires pour ses propres escortes (E.5). Les organisations de femmes ont demandé une conseillère pour la protection des femmes à Kessa ; le poste a été transféré de Port-Lenne à Karsoma en novembre.",
  "Troop- and police-contributing countries of Sector North, through UNHQ; Security Council experts (informal briefing)":
    "Pays fournisseurs de contingents et de personnel de police du Secteur Nord, par l’intermédiaire du Siège ; experts du Conseil de sécurité (réunion d’information informelle)",
  "Briefing by UNHQ with the Force Commander by video link":
    "Réunion d’information du Siège avec le commandant de la force par visioconférence",
  "Night posture, use of force, national caveats":
    "Posture de nuit, emploi de la force, restrictions nationales",
  "Contributing countries agreed to the night posture; one confirmed its national caveat on night patrols (see F.3), which led to the redeployment of its company to Karsoma. No objection from Council experts.":
    "Les pays contributeurs ont accepté la posture de nuit ; l’un a confirmé sa restriction nationale sur les patrouilles de nuit (voir F.3), ce qui a conduit au redéploiement de sa compagnie à Karsoma. Aucune objection des experts du Conseil.",
  "Heads of all components and field offices":
    "Chefs de toutes les composantes et de tous les bureaux de terrain",
  "Sent by the Chief of Staff within a week of endorsement, also to the Force and Police Commanders and the sector commanders, with a one-page note of what each component must do; posted on the mission intranet. Sector North receives it with its revised operational order.":
    "Envoyée par le chef de cabinet dans la semaine suivant l’entérinement, également aux commandants de la Force et de la Police et aux commandants de secteur, avec une note d’une page sur ce que chaque composante doit faire ; publiée sur l’intranet de la mission. Le Secteur Nord la reçoit avec son ordre d’opération révisé.",
  "Protection Cluster coordinators, national and Kessa":
    "Coordonnateurs du Cluster Protection, au niveau national et à Kessa",
  "For the cluster and its GBV and Child Protection sub-clusters.":
    "Pour le cluster et ses sous-clusters VBG et Protection de l’enfance.",
  "HCT members outside the UNCT; NGOs of the Kessa Protection Cluster":
    "Membres de l’équipe humanitaire de pays hors équipe de pays des Nations Unies ; ONG du Cluster Protection de Kessa",
  "Sections B.1 and E.4 name the armed groups and the mission's contacts with them; a summary without them protects sources and keeps humanitarian partners clear of that engagement. Agreed by the Senior POC Forum on 18 November 2026.":
    "Les sections B.1 et E.4 nomment les groupes armés et les contacts de la mission avec eux ; un résumé qui les omet protège les sources et tient les partenaires humanitaires à l’écart de ces contacts. Convenu par le Forum POC de haut niveau le 18 novembre 2026.",
  "The Government, through the Joint POC Committee":
    "Le gouvernement, par l’intermédiaire du Comité conjoint POC",
  "The full text assesses elements of the FAAR as a source of threat and sets out contacts with the FLK. The SRSG will present the objectives, the response and the role of the state at the next Joint POC Committee, and leave a summary.":
    "Le texte complet évalue des éléments des FAAR comme source de menace et expose les contacts avec le FLK. Le RSSG présentera les objectifs, la réponse et le rôle de l’État au prochain Comité conjoint POC, et laissera un résumé.",
};
