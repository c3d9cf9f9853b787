/** The French of the demo resources matrix (scripts/demo/resources-matrix.ts), English text → French, for scripts/demo/french.ts. */
export const FRENCH: Readonly<Record<string, string>> = {
  "MINUSAR POC Resources & Capabilities Matrix 2026":
    "Matrice des ressources et capacités POC de la MINUSAR 2026",
  "Transhumance season without mass killing on the Doro corridor":
    "Une saison de transhumance sans tueries de masse sur le corridor de Doro",
  "Joint transhumance committee with Haddan and Lirwe leaders.":
    "Comité conjoint de transhumance avec les chefs haddan et lirwe.",
  "Mediation of local disputes on the corridor.":
    "Médiation des différends locaux sur le corridor.",
  "Radio programmes in both languages.":
    "Émissions de radio dans les deux langues.",
  "Three Civil Affairs officers and four community liaison assistants in Karsoma; Radio MINUSAR Karsoma; QIP funds for two water points (budget 2026–27).":
    "Trois spécialistes des affaires civiles et quatre assistants de liaison communautaire à Karsoma ; Radio MINUSAR Karsoma ; fonds PIR pour deux points d’eau (budget 2026–27).",
  "Can convene the committee and follow up disputes in the southern half of the corridor within 48 hours.":
    "Peut réunir le comité et suivre les différends dans la moitié sud du corridor sous 48 heures.",
  "No community liaison assistant speaks Haddan, so the mission hears of incidents on the herders' side late or not at all; the northern corridor is two days' drive from Karsoma.":
    "Aucun assistant de liaison communautaire ne parle haddan : la mission apprend tard, ou jamais, les incidents du côté des éleveurs ; le nord du corridor est à deux jours de route de Karsoma.",
  "Recruit two Haddan-speaking community liaison assistants (national posts, 2027–28 budget); until then, borrow one from the Sector West team.":
    "Recruter deux assistants de liaison communautaire parlant haddan (postes nationaux, budget 2027–28) ; d’ici là, en emprunter un à l’équipe du Secteur Ouest.",
  "FAAR operations in line with IHL and human rights law":
    "Des opérations des FAAR conformes au DIH et au droit des droits de l’homme",
  "HRDDP risk assessment and mitigation measures.":
    "Évaluation des risques HRDDP et mesures d’atténuation.",
  "Monitoring and detention visits.":
    "Suivi et visites des lieux de détention.",
  "Training of 14th Brigade officers.":
    "Formation des officiers de la 14e brigade.",
  "Five Human Rights officers in Karsoma; two Force liaison officers with the 14th Brigade; Integrated Mission Training Centre.":
    "Cinq spécialistes des droits de l’homme à Karsoma ; deux officiers de liaison de la Force auprès de la 14e brigade ; Centre intégré de formation du personnel des missions.",
  "Monitoring in Karsoma and along MSR 4; detention visits twice a month; training for up to 40 officers a month.":
    "Suivi à Karsoma et le long de la MSR 4 ; visites des lieux de détention deux fois par mois ; formation de 40 officiers par mois au plus.",
  "No Human Rights presence in Tirongo or Sarakai; cannot monitor FAAR conduct in operations away from Karsoma.":
    "Pas de présence des Droits de l’homme à Tirongo ni à Sarakai ; impossible de suivre la conduite des FAAR en opération loin de Karsoma.",
  "Redeploy one Human Rights officer to the Tirongo team site and pair monitors with Force long-range patrols.":
    "Redéployer un spécialiste des droits de l’homme à la base d’opérations de Tirongo et associer des observateurs aux patrouilles de longue portée de la Force.",
  "Deter FLK attacks on the Sarakai villages and Wendu":
    "Dissuader les attaques du FLK contre les villages de Sarakai et Wendu",
  "TOB Sarakai-Centre manned 24/7.":
    "BOT de Sarakai-Centre tenue 24 h/24 et 7 j/7.",
  "Night patrols to the northern villages.":
    "Patrouilles de nuit vers les villages du nord.",
  "QRF response at night.":
    "Intervention de nuit de la force de réaction rapide.",
  "One infantry battalion in Sector North (about 850), with one company at the TOB; QRF platoon in Karsoma; two utility helicopters shared with Sector West, day flying only.":
    "Un bataillon d’infanterie au Secteur Nord (environ 850), dont une compagnie à la BOT ; une section de réaction rapide à Karsoma ; deux hélicoptères de transport partagés avec le Secteur Ouest, vol de jour uniquement.",
  "Presence and patrols by day across the Sarakai cluster; night patrols within 10 km of the TOB; QRF by road takes over two hours to the northern villages at night.":
    "Présence et patrouilles de jour dans tout le groupe de Sarakai ; patrouilles de nuit dans un rayon de 10 km autour de la BOT ; la force de réaction rapide met plus de deux heures par la route pour atteindre de nuit les villages du nord.",
  "No night-flying helicopter and no night-vision equipment for the TOB company: the mission cannot reach an attack on the northern villages at night, when all three raids since October took place ({{tm:T-1}}).":
    "Pas d’hélicoptère apte au vol de nuit ni d’équipement de vision nocturne pour la compagnie de la BOT : la mission ne peut pas intervenir de nuit contre une attaque des villages du nord, alors que les trois raids depuis octobre ont eu lieu de nuit ({{tm:T-1}}).",
  "Request from UNHQ a night-capable utility helicopter unit for Sector North and night-vision equipment for two companies; meanwhile, pre-position a platoon at Bendiko on alert nights.":
    "Demander au Siège une unité d’hélicoptères de transport apte au vol de nuit pour le Secteur Nord et des équipements de vision nocturne pour deux compagnies ; dans l’intervalle, prépositionner une section à Bendiko les nuits d’alerte.",
  "Community alert network that brings a response in time":
    "Un réseau d’alerte communautaire qui déclenche une réponse à temps",
  "HF radios and hotline for 30 villages.":
    "Radios HF et ligne d’urgence pour 30 villages.",
  "JOC alert handling around the clock.":
    "Traitement des alertes par le JOC 24 heures sur 24.",
  "14 HF radio sets (3 deployed, 11 on order, budget secured); JOC hotline; six community liaison assistants.":
    "14 postes radio HF (3 déployés, 11 commandés, budget acquis) ; ligne d’urgence du JOC ; six assistants de liaison communautaire.",
  "Alerts from three villages and the hotline acknowledged within the hour; full coverage once the radios arrive in January.":
    "Alertes de trois villages et de la ligne d’urgence prises en compte dans l’heure ; couverture complète dès l’arrivée des radios en janvier.",
  "No significant gap once the ordered radios are delivered; the network's value depends on the response capacity in CAP-3.":
    "Pas de lacune importante une fois les radios commandées livrées ; la valeur du réseau dépend de la capacité de réponse de CAP-3.",
  "Track delivery of the 11 radio sets; review coverage with the communities in the first quarterly review.":
    "Suivre la livraison des 11 postes radio ; revoir la couverture avec les communautés lors du premier examen trimestriel.",
  "Safe roads for civilians and returns: explosive hazards on MSR 4":
    "Des routes sûres pour les civils et les retours : les engins explosifs sur la MSR 4",
  "Route search and clearance of MSR 4 (km 40–95) and the Sarakai access roads.":
    "Recherche et dépollution d’itinéraire sur la MSR 4 (km 40–95) et les routes d’accès à Sarakai.",
  "Risk education along the road.":
    "Éducation aux risques le long de la route.",
  "UNMAS risk-education team (4 staff) in Karsoma.":
    "Équipe d’éducation aux risques de l’UNMAS (4 personnes) à Karsoma.",
  "Risk education only; suspicious objects cordoned until FAAR engineers arrive, which takes days.":
    "Éducation aux risques seulement ; objets suspects bouclés jusqu’à l’arrivée du génie des FAAR, ce qui prend des jours.",
  "No explosive ordnance disposal or route-clearance capacity in Sector North; FAAR has none in Kessa ({{tm:T-5}}).":
    "Aucune capacité de neutralisation des explosifs et munitions ni de dépollution d’itinéraire au Secteur Nord ; les FAAR n’en ont aucune à Kessa ({{tm:T-5}}).",
  "Request an explosive ordnance disposal team and a route-clearance package (UNMAS or a contributing country) for the 2027–28 budget.":
    "Demander une équipe de neutralisation des explosifs et munitions et un module de dépollution d’itinéraire (UNMAS ou pays contributeur) pour le budget 2027–28.",
  "Release and reintegration of children; justice for recruitment and sexual violence":
    "Libération et réintégration des enfants ; justice pour le recrutement et les violences sexuelles",
  "Handover protocol with the FAAR.":
    "Protocole de remise avec les FAAR.",
  "Monitoring and reporting of grave violations.":
    "Surveillance et communication de l’information sur les violations graves.",
  "Mobile court sessions in Karsoma.":
    "Audiences foraines à Karsoma.",
  "Two Child Protection officers; one Women's Protection Adviser; UNICEF transit centre (capacity 40); UNDP justice programme (funds for one court session).":
    "Deux spécialistes de la protection de l’enfance ; une conseillère pour la protection des femmes ; centre de transit de l’UNICEF (capacité 40) ; programme justice du PNUD (fonds pour une audience foraine).",
  "Verification of cases in Karsoma and Wendu; handover of children brought to Karsoma; one court session a year.":
    "Vérification des cas à Karsoma et à Wendu ; remise des enfants amenés à Karsoma ; une audience foraine par an.",
  "No Child Protection presence in Tirongo; funds for only one of the two mobile court sessions planned.":
    "Pas de présence de la Protection de l’enfance à Tirongo ; des fonds pour une seule des deux audiences foraines prévues.",
  "Ask the UNCT to fund the second court session under the ISF; deploy the joint protection team to Tirongo regularly.":
    "Demander à l’équipe de pays de financer la seconde audience au titre du CSI ; déployer régulièrement l’équipe conjointe de protection à Tirongo.",
  "Safe and voluntary return from Wendu to Sarakai":
    "Un retour sûr et volontaire de Wendu vers Sarakai",
  "Joint assessment of conditions for return with the Protection Cluster.":
    "Évaluation conjointe des conditions du retour avec le Cluster Protection.",
  "PNA post at Sarakai-Centre.":
    "Poste de la PNA à Sarakai-Centre.",
  "QIPs for water and a school in returnee villages.":
    "PIR pour l’eau et une école dans les villages de retour.",
  "POC Unit and Civil Affairs staff; UNPOL advisers; QIP funds; UNHCR returns programme.":
    "Personnel de l’Unité POC et des Affaires civiles ; conseillers d’UNPOL ; fonds PIR ; programme de retour du HCR.",
  "Assessment and planning; UNPOL can mentor a PNA post once the Government deploys it.":
    "Évaluation et planification ; UNPOL peut encadrer un poste de la PNA dès que le gouvernement le déploie.",
  "The Government has not yet budgeted the PNA post; without clearance of the roads ({{rc:CAP-5}}), returns are unsafe.":
    "Le gouvernement n’a pas encore budgétisé le poste de la PNA ; sans dépollution des routes ({{rc:CAP-5}}), les retours ne sont pas sûrs.",
  "Raise the PNA post in the Joint POC Committee; make returns conditional on route clearance.":
    "Soulever la question du poste de la PNA au Comité conjoint POC ; subordonner les retours à la dépollution des itinéraires.",
  "In order of priority, for the Secretary-General's report and the mandate renewal in 2027:":
    "Par ordre de priorité, pour le rapport du Secrétaire général et le renouvellement du mandat en 2027 :",
  "**Night-capable helicopter and night-vision equipment for Sector North** (red, {{rc:CAP-3}}): without them the mission cannot protect the Sarakai villages at night.":
    "**Hélicoptère apte au vol de nuit et équipement de vision nocturne pour le Secteur Nord** (rouge, {{rc:CAP-3}}) : sans eux, la mission ne peut pas protéger les villages de Sarakai la nuit.",
  "**Explosive ordnance disposal and route clearance** (red, {{rc:CAP-5}}): needed for safe movement on MSR 4 and for returns.":
    "**Neutralisation des explosifs et munitions et dépollution d’itinéraire** (rouge, {{rc:CAP-5}}) : nécessaires pour circuler en sécurité sur la MSR 4 et pour les retours.",
  "**Two Haddan-speaking community liaison assistants** (orange, {{rc:CAP-1}}).":
    "**Deux assistants de liaison communautaire parlant haddan** (orange, {{rc:CAP-1}}).",
  "**Second mobile court session and Child Protection presence in Tirongo** (orange, {{rc:CAP-6}}).":
    "**Seconde audience foraine et présence de la Protection de l’enfance à Tirongo** (orange, {{rc:CAP-6}}).",
};
