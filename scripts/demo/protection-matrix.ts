/**
 * The demo Protection Matrix of Sector North (Annex B V), as the Kessa Provincial Protection Cluster presented it on
 * 18 November 2026: the Cluster's ranks and recommendations, and the Force's decision on each place. Its locations
 * are those of the Sector North threat matrix, which it links to, as it links to the perpetrators' cards.
 */
import { B, type DocInput, R, UL } from './dsl.js';

export const protectionMatrix: DocInput = {
  key: 'pm',
  type: 'protection-matrix',
  title: 'Protection Matrix — Kessa Province, November 2026',
  status: 'in-review',
  created: '2026-11-12',
  fields: {
    classification: 'confidential',
    area: 'Sector North (Kessa Province)',
    protectionCluster: 'Kessa Provincial Protection Cluster, led by UNHCR',
    discussedOn: '2026-11-18',
  },
  sections: {
    '1': [
      'Presented by UNHCR for the Kessa Provincial Protection Cluster at the Sector North POC Coordination Forum of 18 November 2026. Sector North, Civil Affairs and Human Rights attended the Cluster meeting of 12 November, where the ranks were discussed.',
      UL(
        '**Up:** the Doro corridor ({{pm:LOC-3}}), from 3 to 2: the herds arrived three weeks early.',
        '**Unchanged:** the northern Sarakai villages ({{pm:LOC-1}}) and Wendu ({{pm:LOC-2}}) stay "must protect".',
        '**Down:** MSR 4 ({{pm:LOC-4}}), from 2 to 3, since the escorted convoys started.',
      ),
    ],
    '2': [
      B('location', 'LOC-1', {
        location: 'Northern Sarakai villages: Sarakai-Nord, Bendiko and Gada',
        rank: 'must',
        summary: R('The villages most exposed to FLK night raids, 12 km from the nearest mission presence, and the first to be abandoned when people flee.'),
        securitySituation: R(
          'Three night attacks since 3 October by the FLK Koumbi group ({{ta:P-1}}), 19 civilians killed; a further attack is expected before mid-December ({{tm:T-1}}). Grain stores, cattle and the Bendiko health post looted ({{tm:T-9}}). After each attack, FAAR searches and arrests of men ({{ta:P-4}}).',
        ),
        populationMovement: R('About 4,500 people left the three villages after 3 October, most to Sarakai-Centre; about 1,000 have gone back to harvest by day and sleep in the bush. Returns will depend on night protection.'),
        accessAndPresence: UL(
          'FAAR: one company at Sarakai-Centre, no night patrols. No police east of Karsoma.',
          'MINUSAR: TOB Sarakai-Centre; night patrols to Sarakai-Nord and Bendiko four nights a week.',
          'Humanitarians: an NGO mobile clinic every second week; WFP distributions after the raids. The Bendiko health post has two nurses and no medicines.',
          'Access: the road from Sarakai-Centre is cut after rain; partners travel by day only.',
        ),
        recommendationsShort: R('Night patrols every night to Sarakai-Nord and Bendiko until the FLK disperses in mid-December; a patrol to escort the restocking of the health post.'),
        recommendationsMid: R('A temporary operating base at Bendiko for the lean season (March–May), when raids for grain resume.'),
        recommendationsLong: R('A PNA post at Sarakai-Centre with mission police advisers, and the FAAR company trained and monitored to patrol at night.'),
        forceDecision: R('Night patrols stay at four nights a week, the most the TOB company can do while holding the base; on the other nights the QRF at Karsoma is on 30 minutes\' notice. A base at Bendiko is not possible before the rotation in February, when no company is free; the Force will review it then.'),
      }),
      B('location', 'LOC-2', {
        location: 'Wendu IDP site and its firewood routes',
        rank: 'must',
        securitySituation: R('Rapes of women and girls on the firewood routes west of the site, 14 reported since August, by armed men identified as FLK elements and bandits ({{ta:P-1}}, {{ta:P-5}}; {{tm:T-2}}).'),
        populationMovement: R('About 23,400 people in the site; about 600 left for Port-Lenne in September. New arrivals from Sarakai since October (about 900).'),
        accessAndPresence: UL('PNA: 12 officers in the site, unarmed at night. MINUSAR: FPU and a platoon of the Wendu company.', 'UNHCR leads site protection; GBV partners run a women\'s centre. Access inside the site is good; the firewood areas have none.'),
        recommendationsShort: R('Firewood patrols every morning, on routes agreed with the women\'s committee.'),
        recommendationsMid: R('Fuel-efficient stoves and a firewood distribution, so women need not go out; lighting inside the site.'),
        recommendationsLong: R('Prosecution of the attackers, and the return of families to Sarakai once it is safe.'),
        forceDecision: R('Patrols stay at three mornings a week: the FPU also guards the site at night and cannot do more. The Force asks the Cluster to press for the stoves and firewood, which would cover the other days.'),
      }),
      B('location', 'LOC-3', {
        location: 'Doro corridor: Lirwe-Kato, Mbali and the river crossings',
        rank: 'should',
        securitySituation: R('Clashes between Haddan herders and Lirwe farmers expected as the herds arrive early ({{ta:P-2}}, {{ta:P-3}}; {{tm:T-4}}). Last season: 26 killed at Mbali.'),
        populationMovement: R('No displacement yet this season; last season about 4,000 people fled Mbali, most returning by May.'),
        accessAndPresence: R('No state forces on the corridor; FAO vaccination points; mission patrols planned from December. The corridor is two days by road from Karsoma.'),
        recommendationsShort: R('Start corridor patrols now rather than in December; be at Mbali on market days.'),
        recommendationsMid: R('Keep patrols through the season, until the herds leave in April.'),
        recommendationsLong: R('Support the provincial transhumance commission, so passage is agreed before each season.'),
        forceDecision: R('Corridor patrols brought forward to 25 November, from the Karsoma company.'),
      }),
      B('location', 'LOC-4', {
        location: 'MSR 4 between Sarakai junction and Tirongo (km 40–110)',
        rank: 'could',
        securitySituation: R('Kidnappings by bandits ({{ta:P-5}}; {{tm:T-7}}), none since 2 November; IEDs laid by the FLK ({{tm:T-5}}).'),
        populationMovement: R('Traders and the few families returning towards Sarakai use the road.'),
        accessAndPresence: R('PNA checkpoint at Tirongo; escorted convoys on Mondays and Thursdays. Humanitarian convoys join the escorts.'),
        recommendationsShort: R('Keep the escorted convoys twice a week.'),
        recommendationsMid: R('Hand the escorts to the PNA once its Tirongo post has vehicles.'),
        recommendationsLong: R('Route clearance of MSR 4, so the road can be used without escort.'),
        forceDecision: R('Convoy escorts continue twice a week.'),
      }),
    ],
    '3': [
      'Protection Monitoring, October 2026: 41 incidents recorded in Kessa (27 in the Sarakai cluster), against 19 in September; killings and looting account for most of the rise.',
    ],
  },
};
