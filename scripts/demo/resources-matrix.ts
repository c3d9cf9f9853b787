/** The demo Resources & Capabilities Matrix of MINUSAR, assessed for the 2027 mandate renewal. */
import { B, type DocInput, ref, R, UL } from './dsl.js';
import { DOCS } from './mission.js';

export const resourcesMatrix: DocInput = {
  key: 'rc',
  type: 'resources-matrix',
  title: 'MINUSAR POC Resources & Capabilities Matrix 2026',
  status: 'draft',
  created: '2026-11-02',
  fields: {
    classification: 'confidential',
    strategy: DOCS.str.id,
    assessedOn: '2026-11-10',
    milestone: 'mandate-renewal',
  },
  sections: {
    '1': [
      B('capability', 'CAP-1', {
        objective: 'Transhumance season without mass killing on the Doro corridor',
        strategyObjective: [ref('str', 'OBJ-2')],
        activities: R(UL('Joint transhumance committee with Haddan and Lirwe leaders.', 'Mediation of local disputes on the corridor.', 'Radio programmes in both languages.')),
        existingResources: R('Three Civil Affairs officers and four community liaison assistants in Karsoma; Radio MINUSAR Karsoma; QIP funds for two water points (budget 2026–27).'),
        currentCapabilities: R('Can convene the committee and follow up disputes in the southern half of the corridor within 48 hours.'),
        gaps: R('No community liaison assistant speaks Haddan, so the mission hears of incidents on the herders\' side late or not at all; the northern corridor is two days\' drive from Karsoma.'),
        criticality: 'orange',
        recommendations: R('Recruit two Haddan-speaking community liaison assistants (national posts, 2027–28 budget); until then, borrow one from the Sector West team.'),
      }),
      B('capability', 'CAP-2', {
        objective: 'FAAR operations in line with IHL and human rights law',
        strategyObjective: [ref('str', 'OBJ-3')],
        activities: R(UL('HRDDP risk assessment and mitigation measures.', 'Monitoring and detention visits.', 'Training of 14th Brigade officers.')),
        existingResources: R('Five Human Rights officers in Karsoma; two Force liaison officers with the 14th Brigade; Integrated Mission Training Centre.'),
        currentCapabilities: R('Monitoring in Karsoma and along MSR 4; detention visits twice a month; training for up to 40 officers a month.'),
        gaps: R('No Human Rights presence in Tirongo or Sarakai; cannot monitor FAAR conduct in operations away from Karsoma.'),
        criticality: 'orange',
        recommendations: R('Redeploy one Human Rights officer to the Tirongo team site and pair monitors with Force long-range patrols.'),
      }),
    ],
    '2': [
      B('capability', 'CAP-3', {
        objective: 'Deter FLK attacks on the Sarakai villages and Wendu',
        strategyObjective: [ref('str', 'OBJ-1')],
        activities: R(UL('TOB Sarakai-Centre manned 24/7.', 'Night patrols to the northern villages.', 'QRF response at night.')),
        existingResources: R('One infantry battalion in Sector North (about 850), with one company at the TOB; QRF platoon in Karsoma; two utility helicopters shared with Sector West, day flying only.'),
        currentCapabilities: R('Presence and patrols by day across the Sarakai cluster; night patrols within 10 km of the TOB; QRF by road takes over two hours to the northern villages at night.'),
        gaps: R('No night-flying helicopter and no night-vision equipment for the TOB company: the mission cannot reach an attack on the northern villages at night, when all three raids since October took place ({{tm:T-1}}).'),
        criticality: 'red',
        recommendations: R('Request from UNHQ a night-capable utility helicopter unit for Sector North and night-vision equipment for two companies; meanwhile, pre-position a platoon at Bendiko on alert nights.'),
      }),
      B('capability', 'CAP-4', {
        objective: 'Community alert network that brings a response in time',
        strategyObjective: [ref('str', 'OBJ-4')],
        activities: R(UL('HF radios and hotline for 30 villages.', 'JOC alert handling around the clock.')),
        existingResources: R('14 HF radio sets (3 deployed, 11 on order, budget secured); JOC hotline; six community liaison assistants.'),
        currentCapabilities: R('Alerts from three villages and the hotline acknowledged within the hour; full coverage once the radios arrive in January.'),
        gaps: R('No significant gap once the ordered radios are delivered; the network\'s value depends on the response capacity in CAP-3.'),
        criticality: 'green',
        recommendations: R('Track delivery of the 11 radio sets; review coverage with the communities in the first quarterly review.'),
      }),
    ],
    '3': [
      B('capability', 'CAP-5', {
        objective: 'Safe roads for civilians and returns: explosive hazards on MSR 4',
        strategyObjective: [ref('str', 'OBJ-6')],
        activities: R(UL('Route search and clearance of MSR 4 (km 40–95) and the Sarakai access roads.', 'Risk education along the road.')),
        existingResources: R('UNMAS risk-education team (4 staff) in Karsoma.'),
        currentCapabilities: R('Risk education only; suspicious objects cordoned until FAAR engineers arrive, which takes days.'),
        gaps: R('No explosive ordnance disposal or route-clearance capacity in Sector North; FAAR has none in Kessa ({{tm:T-5}}).'),
        criticality: 'red',
        recommendations: R('Request an explosive ordnance disposal team and a route-clearance package (UNMAS or a contributing country) for the 2027–28 budget.'),
      }),
      B('capability', 'CAP-6', {
        objective: 'Release and reintegration of children; justice for recruitment and sexual violence',
        strategyObjective: [ref('str', 'OBJ-5')],
        activities: R(UL('Handover protocol with the FAAR.', 'Monitoring and reporting of grave violations.', 'Mobile court sessions in Karsoma.')),
        existingResources: R('Two Child Protection officers; one Women\'s Protection Adviser; UNICEF transit centre (capacity 40); UNDP justice programme (funds for one court session).'),
        currentCapabilities: R('Verification of cases in Karsoma and Wendu; handover of children brought to Karsoma; one court session a year.'),
        gaps: R('No Child Protection presence in Tirongo; funds for only one of the two mobile court sessions planned.'),
        criticality: 'orange',
        recommendations: R('Ask the UNCT to fund the second court session under the ISF; deploy the joint protection team to Tirongo regularly.'),
      }),
      B('capability', 'CAP-7', {
        objective: 'Safe and voluntary return from Wendu to Sarakai',
        strategyObjective: [ref('str', 'OBJ-6')],
        activities: R(UL('Joint assessment of conditions for return with the Protection Cluster.', 'PNA post at Sarakai-Centre.', 'QIPs for water and a school in returnee villages.')),
        existingResources: R('POC Unit and Civil Affairs staff; UNPOL advisers; QIP funds; UNHCR returns programme.'),
        currentCapabilities: R('Assessment and planning; UNPOL can mentor a PNA post once the Government deploys it.'),
        gaps: R('The Government has not yet budgeted the PNA post; without clearance of the roads ({{rc:CAP-5}}), returns are unsafe.'),
        criticality: 'orange',
        recommendations: R('Raise the PNA post in the Joint POC Committee; make returns conditional on route clearance.'),
      }),
    ],
    '4': [
      'In order of priority, for the Secretary-General\'s report and the mandate renewal in 2027:',
      UL(
        '**Night-capable helicopter and night-vision equipment for Sector North** (red, {{rc:CAP-3}}): without them the mission cannot protect the Sarakai villages at night.',
        '**Explosive ordnance disposal and route clearance** (red, {{rc:CAP-5}}): needed for safe movement on MSR 4 and for returns.',
        '**Two Haddan-speaking community liaison assistants** (orange, {{rc:CAP-1}}).',
        '**Second mobile court session and Child Protection presence in Tirongo** (orange, {{rc:CAP-6}}).',
      ),
    ],
  },
};
