/** The French of the demo threat matrix south (scripts/demo/threat-matrix-south.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "POC Threat Matrix — Sector South":
    "Matrice des menaces POC — Secteur Sud",
  "Sector South — Port-Lenne Field Office (Lenne Province)":
    "Secteur Sud — Bureau de terrain de Port-Lenne (province de Lenne)",
  "Sector South POC Coordination Forum, with the Port-Lenne JOC":
    "Forum de coordination POC du Secteur Sud, avec le JOC de Port-Lenne",
  "Review of 5 November 2026. Sector South has no armed group of its own; the threats are political and urban. The electoral commission has not yet published the calendar of the 2027 elections. {{tms:T-1}} is unlikely this season but would be catastrophic, so it ranks with the high-risk threats and has a response planned now (POC Policy, para. 48 and footnote 42).":
    "Révision du 5 novembre 2026. Le Secteur Sud n’a pas de groupe armé propre ; les menaces sont politiques et urbaines. La commission électorale n’a pas encore publié le calendrier des élections de 2027. {{tms:T-1}} est improbable cette saison mais serait catastrophique : elle est donc classée avec les menaces à risque élevé et une réponse est planifiée dès maintenant (politique POC, par. 48 et note 42).",
  "**Up:** {{tms:T-2}} (now imminent: three killings by crowds in the Bassan market since August, by the same vigilante group).":
    "**En hausse :** {{tms:T-2}} (désormais imminente : trois meurtres commis par des foules sur le marché de Bassan depuis août, par le même groupe de justiciers).",
  "**New:** {{tms:T-3}}, after families from Wendu settled on the northern edge of Port-Lenne.":
    "**Nouvelle :** {{tms:T-3}}, après l’installation de familles venues de Wendu à la lisière nord de Port-Lenne.",
  "Mass violence against opposition supporters around the 2027 elections":
    "Violences de masse contre les partisans de l’opposition autour des élections de 2027",
  "Port-Lenne: the Bassan and Kelo districts, the university quarter; the road to Karsoma":
    "Port-Lenne : les quartiers de Bassan et Kelo, le quartier universitaire ; la route de Karsoma",
  "Political youth groups mobilised by local politicians of both camps":
    "Groupes de jeunes politisés mobilisés par des responsables politiques locaux des deux camps",
  "Supporters of the opposition and families seen as aligned with them, students, and people from Kessa living in Bassan (about 40,000). In 2022, clashes after the results killed 11 people in Karsoma and displaced about 2,000 in Port-Lenne.":
    "Partisans de l’opposition et familles perçues comme proches d’eux, étudiants, et personnes originaires de Kessa vivant à Bassan (environ 40 000). En 2022, les affrontements qui ont suivi les résultats ont fait 11 morts à Karsoma et environ 2 000 déplacés à Port-Lenne.",
  "PNA public-order units in Port-Lenne (two companies). The regional organization will deploy electoral observers. UNDP supports the electoral commission; civil-society peace committees in Bassan and Kelo.":
    "Unités de maintien de l’ordre de la PNA à Port-Lenne (deux compagnies). L’organisation régionale déploiera des observateurs électoraux. Le PNUD appuie la commission électorale ; comités de paix de la société civile à Bassan et Kelo.",
  "JMAC and Political Affairs watch for signs of mobilisation (hate speech, arms, meetings) and report them to the Senior POC Forum each month.":
    "La JMAC et les Affaires politiques guettent les signes de mobilisation (discours de haine, armes, réunions) et en rendent compte chaque mois au Forum POC de haut niveau.",
  "Good offices of the SRSG with party leaders on a code of conduct before the campaign opens.":
    "Bons offices du RSSG auprès des dirigeants des partis pour un code de conduite avant l’ouverture de la campagne.",
  "Contingency plan with the PNA: an FPU on standby in Port-Lenne from the start of the campaign to the results.":
    "Plan de contingence avec la PNA : une FPU en attente à Port-Lenne du début de la campagne jusqu’aux résultats.",
  "Political Affairs, JMAC, UNPOL, Human Rights":
    "Affaires politiques, JMAC, UNPOL, Droits de l’homme",
  "Two Political Affairs officers and one JMAC analyst in Port-Lenne; the FPU at Port-Lenne (shared with the protection of UN premises).":
    "Deux spécialistes des affaires politiques et un analyste de la JMAC à Port-Lenne ; la FPU de Port-Lenne (partagée avec la protection des locaux de l’ONU).",
  "The FPU cannot both guard UN premises and stand by for the PNA during the campaign. Ask Police HQ for a second FPU from the opening of the campaign until the results are accepted.":
    "La FPU ne peut pas à la fois garder les locaux de l’ONU et se tenir prête à appuyer la PNA pendant la campagne. Demander au QG de la Police une seconde FPU de l’ouverture de la campagne jusqu’à l’acceptation des résultats.",
  "Killings by crowds of people accused of theft or witchcraft in the Bassan market":
    "Meurtres commis par des foules contre des personnes accusées de vol ou de sorcellerie sur le marché de Bassan",
  "Bassan market and the bus station, Port-Lenne":
    "Marché de Bassan et gare routière, Port-Lenne",
  "A vigilante group of market traders and young men from Bassan":
    "Un groupe de justiciers formé de commerçants du marché et de jeunes hommes de Bassan",
  "Young men, street children and older women accused of theft or witchcraft; three killed and five badly beaten since August 2026.":
    "Jeunes hommes, enfants des rues et femmes âgées accusés de vol ou de sorcellerie ; trois tués et cinq grièvement battus depuis août 2026.",
  "PNA post at the bus station (six officers), which has not intervened. A local NGO shelters street children.":
    "Poste de la PNA à la gare routière (six agents), qui n’est pas intervenu. Une ONG locale héberge des enfants des rues.",
  "UNPOL advisers with the PNA post: alerts to the PNA public-order unit, which has reached two incidents in time since October.":
    "Conseillers d’UNPOL auprès du poste de la PNA : alertes à l’unité de maintien de l’ordre de la PNA, qui est intervenue à temps sur deux incidents depuis octobre.",
  "Human Rights raises each killing with the Port-Lenne prosecutor; Civil Affairs works with the market committee on a complaints desk.":
    "Les Droits de l’homme portent chaque meurtre devant le procureur de Port-Lenne ; les Affaires civiles travaillent avec le comité du marché à un bureau des plaintes.",
  "UNPOL, Human Rights, Civil Affairs":
    "UNPOL, Droits de l’homme, Affaires civiles",
  "Two UNPOL advisers at the Bassan PNA post; one Human Rights officer.":
    "Deux conseillers d’UNPOL au poste de la PNA de Bassan ; un spécialiste des droits de l’homme.",
  "Ask the prosecutor to bring the first case to trial; the vigilantes believe they will not be prosecuted.":
    "Demander au procureur de porter la première affaire devant le tribunal ; les justiciers croient qu’ils ne seront pas poursuivis.",
  "Attacks on displaced families from Kessa settling on the northern edge of Port-Lenne":
    "Attaques contre des familles déplacées de Kessa qui s’installent à la lisière nord de Port-Lenne",
  "Informal settlement at Kelo-Nord, Port-Lenne":
    "Installation informelle de Kelo-Nord, Port-Lenne",
  "Residents of Kelo-Nord opposed to the settlement, and some PNA officers during evictions":
    "Des habitants de Kelo-Nord opposés à l’installation, et certains agents de la PNA lors des expulsions",
  "About 600 people, mostly Lirwe women and children who left Wendu IDP site in September; two shelters burnt in October.":
    "Environ 600 personnes, surtout des femmes et des enfants lirwe qui ont quitté le site de déplacés de Wendu en septembre ; deux abris incendiés en octobre.",
  "UNHCR leads the response for the displaced; the municipality has promised a site but named none.":
    "Le HCR dirige la réponse en faveur des déplacés ; la municipalité a promis un site mais n’en a désigné aucun.",
  "Civil Affairs to bring the municipality, the Kelo-Nord chiefs and UNHCR together on a site.":
    "Les Affaires civiles réuniront la municipalité, les chefs de Kelo-Nord et le HCR autour d’un site.",
  "Civil Affairs, UNPOL":
    "Affaires civiles, UNPOL",
  "Reviewed on 5 November 2026 by the Sector South POC Coordination Forum (Head of Office Port-Lenne, chair; UNPOL Sector Commander; Political Affairs; Civil Affairs; Human Rights; JOC; JMAC; UNHCR; UNDP).":
    "Révisée le 5 novembre 2026 par le Forum de coordination POC du Secteur Sud (chef du bureau de Port-Lenne, président ; commandant de secteur d’UNPOL ; Affaires politiques ; Affaires civiles ; Droits de l’homme ; JOC ; JMAC ; HCR ; PNUD).",
  "UNDP commented on {{tms:T-1}} before the meeting, UNHCR on {{tms:T-3}}.":
    "Le PNUD a fait part de ses commentaires sur {{tms:T-1}} avant la réunion, le HCR sur {{tms:T-3}}.",
  "Shared after approval with the Senior POC Adviser for the Senior POC Forum.":
    "Communiquée après approbation au conseiller principal POC pour le Forum POC de haut niveau.",
};
