/** The demo POC Strategy of MINUSAR for 2026–2027, sent for endorsement after its annual review. */
import { B, type DocInput, ref, R, UL } from './dsl.js';
import { DOCS } from './mission.js';

export const strategy: DocInput = {
  key: 'str',
  type: 'strategy',
  title: 'MINUSAR POC Strategy 2026–2027',
  status: 'in-review',
  created: '2026-08-31',
  fields: {
    classification: 'confidential',
    draftingOffice: 'POC Unit, Office of the DSRSG (Political), with the POC Working Group',
    draftingStarted: '2026-09-01',
    pocLead: 'DSRSG (Political)',
    validFrom: '2026-12-15',
    validUntil: '2027-12-14',
    reviewDate: '2027-06-15',
    actionPlan: DOCS.ap.id,
    threatMatrix: DOCS.tm.id,
    resourcesMatrix: DOCS.rc.id,
  },
  sections: {
    'A.1': [
      'This strategy sets out how MINUSAR will protect civilians under threat of physical violence in the Republic of Ardessa from December 2026 to December 2027. It concentrates the mission\'s effort on Kessa Province, where nine in ten of the civilian deaths recorded in 2026 occurred, while keeping a watch on the provinces where the 2027 elections may bring violence.',
      'It aims to reduce attacks on the Sarakai villages and the Wendu IDP site, prevent another season of herder–farmer killings on the Doro corridor, bring the conduct of the FAAR in Kessa in line with its obligations, and lay the ground for the safe return of displaced people. It replaces the strategy of 2025.',
    ],
    'A.1.1': [
      'Success will be judged against these benchmarks, reviewed by the Senior POC Forum each quarter; each objective in A.2.2 carries its own.',
      UL(
        'Civilians killed in Kessa: down by half against 2026 (baseline 212, January–October 2026).',
        'No attack causing civilian deaths in the Sarakai villages or within 5 km of the Wendu IDP site for three consecutive months by June 2027.',
        'Verified violations by the FAAR in Kessa: down by half against 2026 (baseline 41 cases of arbitrary detention, 9 deaths).',
        'Community alert network answering 80 % of alerts within one hour, in 30 villages, by June 2027.',
        'At least 5,000 IDPs from Wendu returned voluntarily to Sarakai, with a PNA post at Sarakai-Centre, by December 2027.',
      ),
    ],
    'A.2.1': [
      'Once signed by the Head of Mission, this strategy is mandatory for all MINUSAR civilian, military and police personnel concerned. Components translate it into their workplans and the Force and Police into their operational orders; the POC Unit checks that they do at each quarterly review.',
      'Parts that need action from other UN entities — the conditions for return (Tier III, C.1.3), the handover of children ({{str:OBJ-5}}) and the fuel and firewood needs of Wendu — are agreed with the UNCT and the Protection Cluster and carried in their plans, not ordered by this strategy.',
    ],
    'A.2.2': [
      'Six objectives: two immediate (before the end of the 2026–27 dry season), two medium-term (by the end of 2027) and two long-term (beyond this strategy\'s year, started now).',
      B('objective', 'OBJ-1', {
        objective: 'Deter FLK attacks on the Sarakai villages and the Wendu IDP site',
        timeframe: 'immediate',
        tier: 'tier-2',
        phase: 'pre-emption',
        benchmark: R(
          'No attack causing civilian deaths in the 14 Sarakai villages or within 5 km of Wendu for three consecutive months by June 2027. TOB Sarakai-Centre manned 24/7 from December 2026; night patrols to the northern villages at least four nights a week; QRF able to reach Sarakai-Nord within 60 minutes, day or night, by February 2027.',
        ),
        lead: 'Force (Sector North)',
        threats: [ref('str', 'TS-1'), ref('tm', 'T-1'), ref('tm', 'T-2'), ref('tm', 'T-9')],
      }),
      B('objective', 'OBJ-2', {
        objective: 'See the 2026–27 transhumance season through without mass killing on the Doro corridor',
        timeframe: 'immediate',
        tier: 'tier-1',
        phase: 'prevention',
        benchmark: R(
          'Transhumance agreement between Haddan and Lirwe leaders and the provincial authorities signed by 15 December 2026; corridor and crossing points marked; no incident with five or more deaths on the corridor by 30 April 2027.',
        ),
        lead: 'Civil Affairs',
        threats: [ref('str', 'TS-2'), ref('tm', 'T-4')],
      }),
      B('objective', 'OBJ-3', {
        objective: 'Bring the conduct of FAAR operations in Kessa in line with international humanitarian and human rights law',
        timeframe: 'medium-term',
        tier: 'tier-1',
        phase: 'prevention',
        benchmark: R(
          'HRDDP risk assessment of the FAAR 14th Brigade updated and mitigation measures agreed with the Ministry of Defence by January 2027; every form of MINUSAR support in Kessa conditioned on them; verified violations by the FAAR in Kessa halved against 2026 by October 2027; 200 brigade officers trained by May 2027.',
        ),
        lead: 'Human Rights',
        threats: [ref('str', 'TS-3'), ref('tm', 'T-6'), ref('tm', 'T-8')],
      }),
      B('objective', 'OBJ-4', {
        objective: 'Give communities a way to raise the alarm in time for a response',
        timeframe: 'medium-term',
        tier: 'tier-2',
        phase: 'response',
        benchmark: R(
          'Community alert network covering 30 villages (the 14 Sarakai villages and 16 on the Doro corridor) by June 2027; 80 % of alerts acknowledged within one hour and followed by a patrol or a call-back within six hours; quarterly survey shows that women in each village know how to raise an alert.',
        ),
        lead: 'Civil Affairs, with the Force and the JOC',
        threats: [ref('tm', 'T-1'), ref('tm', 'T-4'), ref('tm', 'T-7')],
      }),
      B('objective', 'OBJ-5', {
        objective: 'Children leave the FLK and return to their families, and those who recruit or rape face justice',
        timeframe: 'long-term',
        tier: 'tier-3',
        phase: 'consolidation',
        benchmark: R(
          'Handover protocol signed with the FAAR by March 2027; every child separated from the FLK handed to child protection actors within 72 hours; two mobile court sessions in Karsoma trying recruitment and sexual violence cases by December 2027.',
        ),
        lead: 'Child Protection, with Rule of Law',
        threats: [ref('tm', 'T-3'), ref('tm', 'T-2')],
      }),
      B('objective', 'OBJ-6', {
        objective: 'Make safe and voluntary return from Wendu to Sarakai possible',
        timeframe: 'long-term',
        tier: 'tier-3',
        phase: 'consolidation',
        benchmark: R(
          'Conditions for return assessed with the Protection Cluster by March 2027; MSR 4 and the Sarakai access roads cleared of explosive hazards; a PNA post at Sarakai-Centre; at least 5,000 IDPs returned voluntarily by December 2027, with no returnee killed in the first six months.',
        ),
        lead: 'POC Unit, with the UNCT',
        threats: [ref('str', 'TS-1'), ref('tm', 'T-5')],
      }),
    ],
    'A.2.3': [
      'The strategy follows the Government\'s National Stabilization Plan for the North (2025–2028), whose first pillar is the security of people in Kessa, and supports the Protection Cluster\'s strategy for 2026–2027, whose priorities — GBV, child protection and durable solutions for the displaced — match objectives {{str:OBJ-5}} and {{str:OBJ-6}}.',
      'Component workplans for 2027 (Civil Affairs, Human Rights, Child Protection, UNPOL) and the Sector North operational order were drafted alongside it and refer to it. Day-to-day threats are tracked in the Sector North Threat Matrix; the tasks that carry the strategy out are in the POC Action Plan.',
    ],
    'A.2.3.1': [
      'POC is the first of the four priorities of the MINUSAR–UNCT Integrated Strategic Framework 2026–2028 ("people in Kessa and the border provinces are safe from violence"). Objectives {{str:OBJ-5}} and {{str:OBJ-6}} are shared ISF results with UNICEF, UNHCR and UNDP.',
    ],
    'A.2.3.2': [
      'Checked with the Force and Police planners in October 2026: the strategy is consistent with the Military CONOPS (revision 3, 2026), the Police CONOPS (2025), the mission\'s ROE and the Police Directive on the Use of Force. Both CONOPS name the protection of civilians under threat of physical violence as a priority task and authorize the use of force, up to and including deadly force, to protect civilians under imminent threat.',
      'The Force will revise its Sector North operational order by 31 December 2026 to reflect the night posture in {{str:OBJ-1}}.',
    ],
    'A.2.4': [
      'The strategy is reviewed once a year, in September, so that its findings feed the results-based budget submitted in January and the report of the Secretary-General before the mandate renewal. A mid-year review on 15 June 2027 checks progress against the benchmarks.',
      'An earlier review is triggered by a new or changed mandate, by a major change on the ground (a ceasefire with the FLK, a large new displacement, a change in the FAAR\'s deployment in Kessa), or by election violence spreading beyond Kessa. The POC Unit proposes the review; the Senior POC Forum decides.',
    ],
    'A.3': [
      'Of the principles of the POC policy, these weigh most in Ardessa:',
      UL(
        '**Primary responsibility of the state.** The Government is responsible for protecting its people; MINUSAR supports it and acts on its own only when the state is unable or unwilling to protect — in Kessa, often at night and east of Karsoma.',
        '**Active and preventive approach.** The mission does not wait for attacks: the night posture, the alert network and the transhumance committee exist to act before violence.',
        '**Do no harm.** Engagement with communities and with the FAAR must not expose anyone to reprisals; joint activities with FAAR units follow the HRDDP.',
        '**Impartiality.** Civilians are protected whoever threatens them — the FLK, the militias or the FAAR.',
        '**Community engagement.** Women, men, girls and boys of each community are consulted on what protects them; the women of Wendu set the firewood patrol routes.',
        '**Mission-wide, integrated effort.** POC is every component\'s task; the JOC and the POC Working Group hold it together.',
      ),
    ],
    B: [
      'The assessment draws on the JMAC Mission Threat Assessment of August 2026 and on incident data from Human Rights, Child Protection and the Protection Cluster. Kessa accounts for 212 of the 236 civilian deaths recorded in 2026 (January–October). The Sector North Threat Matrix details the threats week by week.',
    ],
    'B.1': [
      B('threat-source', 'TS-1', {
        source: 'Kessa Liberation Front (FLK)',
        category: 'non-state-armed-group',
        threats: R(
          UL(
            'Night raids on villages accused of informing for the FAAR: killings, burning of houses, looting of grain.',
            'Abduction and forced recruitment of children in the Tirongo mining area.',
            'Sexual violence against women and girls, around Wendu and during raids.',
            'IEDs on MSR 4.',
          ),
        ),
        status: 'actual',
        priority: 'high',
        analysis: R(
          'Formed in 2019 by former soldiers from Kessa; claims to defend Lirwe communities against the central government. Between 600 and 800 fighters in three groups, the strongest in the Koumbi hills (about 250). Financed by taxing the Tirongo gold trade. Uses reprisals to deter cooperation with the state; attacks follow FAAR operations within days. Has negotiated local truces with village chiefs and responded to ICRC messages on the wounded.',
        ),
      }),
      B('threat-source', 'TS-2', {
        source: 'Haddan herder militias and Lirwe village self-defence groups',
        category: 'civilians',
        threats: R('Killings and burning of camps or villages in clashes over crops, cattle and water during the transhumance (December–April); revenge attacks on travellers of the other community.'),
        status: 'actual',
        priority: 'high',
        analysis: R(
          'Armed groups of young men raised by each community, with hunting rifles and increasingly with assault rifles bought from the FLK. Clashes start with damaged fields or stolen cattle and spread within days when leaders do not intervene. The transhumance commission that used to settle disputes has not met since March 2026.',
        ),
      }),
      B('threat-source', 'TS-3', {
        source: 'Elements of the Ardessan Armed Forces (FAAR) 14th Brigade',
        category: 'national-security-forces',
        threats: R('Arbitrary detention, ill-treatment and killing of men suspected of supporting the FLK; indiscriminate fire and burning of houses during operations.'),
        status: 'actual',
        priority: 'high',
        analysis: R(
          'About 2,500 soldiers deployed in Kessa since 2024, under-supplied and often unpaid for months. Most violations are attributed to the 3rd Battalion. The brigade commander cooperates with MINUSAR liaison officers; the Ministry of Defence has accepted the HRDDP process in principle.',
        ),
      }),
      B('threat-source', 'TS-4', {
        source: 'Armed bandits on MSR 4',
        category: 'criminals',
        threats: R('Kidnapping for ransom and armed robbery of traders and passengers; sexual violence against women travelling to market.'),
        status: 'actual',
        priority: 'medium',
        analysis: R('Two or three groups of 10–15 men, some of them former FLK fighters, active between km 60 and the Tirongo market. Targets gold traders on pay days. Deterred by escorted convoys.'),
      }),
      B('threat-source', 'TS-5', {
        source: 'Political youth groups in Karsoma and Port-Lenne',
        category: 'other',
        threats: R('Attacks on opposition supporters and on communities seen as aligned with them during the 2027 provincial elections campaign.'),
        status: 'potential',
        priority: 'medium',
        analysis: R('Groups mobilized by local politicians in the 2022 elections (11 killed in Karsoma). Watched by JMAC; the mission will review this assessment when the electoral calendar is published.'),
      }),
    ],
    'B.2': [
      B('population-at-risk', 'POP-1', {
        population: 'Displaced people at the Wendu IDP site',
        location: 'Wendu, 12 km south of Karsoma',
        vulnerabilities: R(
          'About 23,400 people, 62 % women and children, most from the Sarakai villages. Women and girls must leave the site daily for firewood and water; the site is overcrowded and poorly lit; the FLK sees it as a recruitment pool and a target.',
        ),
        selfProtection: R('A women\'s committee organizes group departures for firewood and agrees routes with the FPU; block leaders run night watches.'),
        threatSources: [ref('str', 'TS-1'), ref('str', 'TS-4')],
      }),
      B('population-at-risk', 'POP-2', {
        population: 'Residents of the Sarakai villages',
        location: 'Sarakai cluster (14 villages), Kessa river',
        vulnerabilities: R(
          'About 31,000 people, isolated, with no state presence except a FAAR company at Sarakai-Centre. Accused of collaboration by the FLK and by the FAAR alike. Older people and people with disabilities cannot flee at night.',
        ),
        selfProtection: R('Vigilance committees in 9 villages; families sleep in the fields during alerts; chiefs negotiate local truces with the FLK.'),
        threatSources: [ref('str', 'TS-1'), ref('str', 'TS-3')],
      }),
      B('population-at-risk', 'POP-3', {
        population: 'Children and youth in the Tirongo mining area',
        location: 'Tirongo and the Tirongo–Koumbi track',
        vulnerabilities: R('Boys of 12–17 working in the mines, many separated from their families; girls in villages on the track. No school has opened in Tirongo since 2023.'),
        selfProtection: R('Some mine owners refuse entry to FLK recruiters; a church runs a shelter for unaccompanied children.'),
        threatSources: [ref('str', 'TS-1')],
      }),
      B('population-at-risk', 'POP-4', {
        population: 'Haddan herding families and Lirwe farming villages on the Doro corridor',
        location: 'Doro plateau to Mbali, Lirwe-Kato and the river crossings',
        vulnerabilities: R('Herders, often children, move with cattle through farmland; Lirwe villages harvest late. Each community holds the other collectively responsible for any incident.'),
        selfProtection: R('Religious leaders of both communities mediated successfully in 2025; women traders of both communities still share the Mbali market.'),
        threatSources: [ref('str', 'TS-2')],
      }),
      B('population-at-risk', 'POP-5', {
        population: 'Men and older boys suspected of supporting the FLK',
        location: 'Sarakai villages, Karsoma detention cells',
        vulnerabilities: R('Detained without charge during FAAR operations, held incommunicado, sometimes for weeks; families afraid to report.'),
        selfProtection: R('Families turn to village chiefs and the Catholic mission to locate detainees.'),
        threatSources: [ref('str', 'TS-3')],
      }),
    ],
    'B.3': [
      'The Government is committed in principle — its National Stabilization Plan for the North makes the security of people in Kessa its first pillar, and the Ministry of Defence has accepted the HRDDP process — but its means in Kessa are thin, and one of its forces is itself a source of threat ({{str:TS-3}}).',
      UL(
        '**FAAR 14th Brigade** (about 2,500 soldiers): holds Karsoma and a company at Sarakai-Centre, but does not patrol at night and is under-supplied. Its commander cooperates with MINUSAR liaison officers; its 3rd Battalion is responsible for most violations recorded in 2026.',
        '**Police (PNA)**: a station in Karsoma, a post at Tirongo and 12 officers in the Wendu site, unarmed at night; none in the Sarakai villages. Willing, but short of vehicles and radios.',
        '**Provincial authorities and justice**: the Governor will co-chair the transhumance committee; the commission that used to settle disputes has not met since March. Courts rarely sit; the Kessa prosecutor has opened two investigations into FAAR abuses, none has reached trial.',
        '**International security forces**: none besides MINUSAR in Ardessa.',
        '**Humanitarian and human rights actors**: UNHCR leads site protection at Wendu and the Protection Cluster in Kessa; GBV sub-cluster partners run a women\'s centre in the Wendu site, and UNICEF with an NGO a transit centre for 40 children in Karsoma; ICRC visits places of detention and talks with the FLK. They do not travel with military escorts, so they rarely reach the northern Sarakai villages. The National Human Rights Commission has one officer in Karsoma.',
        '**Development actors**: UNDP supports mobile courts with the Ministry of Justice; FAO runs vaccination points on the Doro corridor.',
        '**Civil society and communities**: vigilance committees in 9 of the 14 Sarakai villages, the Wendu women\'s committee, Haddan and Lirwe religious leaders who mediated in 2025, the Kessa inter-faith council, and church groups sheltering children and helping families find detainees.',
      ),
      'Where the state is absent or unwilling — at night, in the Sarakai villages, and where its own forces are the threat — the mission acts directly; elsewhere it supports the authorities (E.2.2). Risk ratings in the Threat Matrix take into account who else is present.',
    ],
    C: [
      'MINUSAR answers the threats in section B with all three tiers at once. In Kessa the weight falls on Tier II around Sarakai and Wendu during the dry season, on Tier I on the Doro corridor and with the FAAR, and on Tier III for the returns and for justice. The tasks are in the POC Action Plan; each threat\'s response is in the Threat Matrix.',
    ],
    'C.1.1': [
      UL(
        'Engage Haddan and Lirwe leaders and the provincial authorities to agree and monitor the transhumance arrangements ({{str:OBJ-2}}).',
        'Press the Ministry of Defence and the 14th Brigade on detention and conduct in operations; make support conditional under the HRDDP ({{str:OBJ-3}}).',
        'Through the SRSG, raise grave violations with the Government and report them to the Security Council.',
        'Public information on what the mission can do and how to raise an alert, in the local languages.',
      ),
    ],
    'C.1.2': [
      UL(
        'Permanent presence at TOB Sarakai-Centre and night patrols to the northern villages ({{str:OBJ-1}}).',
        'Firewood patrols and an FPU presence at Wendu.',
        'Escorted convoys on MSR 4.',
        'A QRF able to reach threatened villages at night; offensive action against the FLK only on a decision of the SRSG (see the Offensive Operations Brief on the Koumbi hills).',
        'Guidance from civilian components: Civil Affairs and Human Rights officers accompany long-range patrols.',
      ),
    ],
    'C.1.3': [
      UL(
        'Mobile court sessions in Karsoma with UNDP and the Ministry of Justice; support to the Kessa prosecutor on the FAAR cases ({{str:OBJ-3}}, {{str:OBJ-5}}).',
        'Handover protocol and reintegration for children leaving the FLK, with UNICEF ({{str:OBJ-5}}).',
        'Route clearance of MSR 4 and the Sarakai roads; a PNA post at Sarakai-Centre; conditions for return agreed with UNHCR ({{str:OBJ-6}}).',
      ),
    ],
    'C.2.1': [
      'In the provinces without an identified threat (the south and west), Civil Affairs and Human Rights keep a light watch through monthly visits and the Protection Cluster; JMAC tracks election-related tension ({{str:TS-5}}).',
    ],
    'C.2.2': [
      'Where attacks are likely — the northern Sarakai villages, the Doro corridor in December, MSR 4 on pay days — the mission increases presence before the expected attack, engages leaders, and warns the communities. The weekly review of the Threat Matrix sets these priorities.',
    ],
    'C.2.3': [
      'When an attack happens or is under way: the JOC activates the crisis cell; the QRF deploys; Human Rights and Civil Affairs go with the first patrol to assess needs and record violations; humanitarian partners are informed within two hours through OCHA.',
    ],
    'C.2.4': [
      'After an attack or a season of violence: after-action review within 30 days, support to returns and to the justice process, and handover of tasks to the state and to the UNCT where possible.',
    ],
    D: [
      'General POC roles; who does what for each threat is in the Threat Matrix.',
      B('role', 'R-1', {
        component: 'Force',
        responsibilities: R('Physical protection through presence, patrols, escorts and, on decision, use of force; night posture in Sarakai; QRF; support to the alert network (signals). Plans and conducts operations with civilian components and applies civilian harm mitigation.'),
        focalPoint: 'Force POC Adviser (U9), Force HQ; Sector North POC Officer, Karsoma',
      }),
      B('role', 'R-2', {
        component: 'Police (UNPOL)',
        responsibilities: R('FPU protection at Wendu; advice and mentoring to the PNA in Karsoma, Tirongo and at the future Sarakai-Centre post; joint convoy escort on MSR 4.'),
        focalPoint: 'UNPOL Sector North Commander',
      }),
      B('role', 'R-3', {
        component: 'Civil Affairs',
        responsibilities: R('Community engagement and local conflict management; runs the community alert network and the community liaison assistants; convenes the transhumance committee.'),
        focalPoint: 'Team Leader, Civil Affairs, Karsoma',
      }),
      B('role', 'R-4', {
        component: 'Human Rights',
        responsibilities: R('Monitoring, investigation and reporting of violations, including CRSV; HRDDP risk assessments; detention visits; training of the FAAR.'),
        focalPoint: 'Head of Human Rights Office, Karsoma',
      }),
      B('role', 'R-5', {
        component: 'Child Protection',
        responsibilities: R('MRM on grave violations against children; handover of children separated from armed groups; engagement of armed groups and FAAR on action plans.'),
        focalPoint: 'Senior Child Protection Adviser',
      }),
      B('role', 'R-6', {
        component: 'POC Unit (Office of the DSRSG Political)',
        responsibilities: R('Keeps this strategy, the Action Plan and the POC coordination fora running; advises senior leadership and the Force on POC; leads after-action reviews and training.'),
        focalPoint: 'Senior POC Adviser',
      }),
      B('role', 'R-7', {
        component: 'JOC and JMAC',
        responsibilities: R('JOC: situational awareness, alerts and crisis coordination, weekly Threat Matrix review support. JMAC: threat analysis, early warning and the Mission Threat Assessment.'),
        focalPoint: 'Chief JOC; Chief JMAC',
      }),
      B('role', 'R-8', {
        component: 'Public Information',
        responsibilities: R('POC communication strategy; radio programmes in Haddan and Lirwe; expectations management.'),
        focalPoint: 'Radio MINUSAR Karsoma producer',
      }),
      B('role', 'R-9', {
        component: 'Mission Support',
        responsibilities: R('Air assets, engineering (TOB Sarakai, lighting and water at Wendu), communications equipment for the alert network; prioritises POC requests in the allocation of assets.'),
        focalPoint: 'Chief, Mission Support Centre',
      }),
    ],
    E: [
      'MINUSAR coordinates POC through its existing fora rather than new ones, with one forum at each level and the Sector North forum as the working engine in Kessa.',
    ],
    'E.1.1': [
      B('mechanism', 'M-1', {
        name: 'Senior POC Forum',
        level: 'strategic',
        chair: 'SRSG (DSRSG Political in the SRSG\'s absence)',
        members: 'DSRSGs, Force Commander, Police Commissioner, Chief of Staff, Director of Mission Support, Heads of Human Rights, Civil Affairs and Child Protection, Humanitarian Coordinator',
        frequency: 'Monthly, and at once in a crisis',
        purpose: R('Sets POC priorities, decides on the allocation of scarce assets, approves this strategy\'s reviews.'),
      }),
      B('mechanism', 'M-2', {
        name: 'POC Working Group',
        level: 'operational',
        chair: 'Senior POC Adviser',
        members: 'POC focal points of all components, JOC, JMAC, OCHA and the Protection Cluster coordinator',
        frequency: 'Weekly',
        purpose: R('Follows the Action Plan, prepares decisions for the Senior POC Forum, consolidates the sector threat matrices.'),
      }),
      B('mechanism', 'M-3', {
        name: 'Sector North POC Coordination Forum',
        level: 'tactical',
        chair: 'Head of Office, Karsoma',
        members: 'Sector North Commander, UNPOL Sector Commander, Civil Affairs, Human Rights, Child Protection, JOC, JMAC; UNHCR, UNICEF and UNMAS',
        frequency: 'Weekly (Fridays)',
        purpose: R('Reviews the Sector North Threat Matrix and agrees the coming week\'s protection priorities and patrol plan.'),
      }),
    ],
    'E.1.2': [
      'In a POC crisis the Chief of Staff convenes the Crisis Management Team; the JOC becomes the crisis centre and runs the information flow. In Kessa the Head of Office Karsoma leads a sector crisis cell in the Sector North JOC with the Sector Commander and the UNPOL Sector Commander.',
    ],
    'E.1.3': [
      'The DSRSG (Political) is the mission\'s POC lead: guides daily POC work, chairs the Senior POC Forum in the SRSG\'s absence, and signs off the Action Plan.',
    ],
    'E.1.4': [
      'A Senior POC Adviser and two POC officers in the POC Unit (Port-Lenne), and one POC officer in Karsoma. Every component names a POC focal point at headquarters and in each field office; the Force has a POC Adviser at Force HQ and a POC officer in each sector.',
    ],
    'E.2.1': [
      'The Government is committed in principle and has a stabilization plan for the north, but its presence in Kessa is thin: no police east of Karsoma, courts that rarely sit, a brigade under-supplied and unpaid for months. The FAAR is both a protector and a source of threat ({{str:TS-3}}): its 3rd Battalion is responsible for most violations recorded in 2026.',
    ],
    'E.2.2': [
      'Tier I: MINUSAR supports the provincial authorities to convene the transhumance commission and presses for investigation of FAAR abuses. Tier II: the mission acts directly at night and east of Karsoma, where the state is absent, and jointly with the PNA on MSR 4, handing over as PNA capacity grows. Tier III: support to justice, the PNA post at Sarakai-Centre, and the handover protocol build the state\'s own capacity. All support to the FAAR follows the HRDDP.',
    ],
    'E.2.3': [
      B('mechanism', 'M-4', {
        name: 'Joint POC Committee (Government–MINUSAR)',
        level: 'strategic',
        chair: 'Minister of Interior and the SRSG',
        members: 'Ministries of Defence, Interior and Justice; FAAR Chief of Staff; PNA Director-General; MINUSAR senior leadership',
        frequency: 'Quarterly',
        purpose: R('Agrees priorities for the protection of civilians, HRDDP mitigation measures, and follow-up of violations.'),
      }),
      B('mechanism', 'M-5', {
        name: 'Kessa Provincial Security Committee',
        level: 'operational',
        chair: 'Governor of Kessa',
        members: 'FAAR 14th Brigade, PNA, prefects, MINUSAR Head of Office and Sector Commander',
        frequency: 'Every two weeks',
        purpose: R('Deconflicts operations, shares early warning and follows up incidents in Kessa.'),
      }),
    ],
    'E.3': [
      'Communities in Kessa protect themselves — night watches, group departures, truces negotiated by chiefs. MINUSAR builds on that: community liaison assistants in each team site, protection committees with separate meetings for women and youth, and joint early warning through the alert network. Civil Affairs checks with each committee that being seen with the mission does not expose it; meetings in the northern Sarakai villages are held at the TOB, not in the villages.',
      B('mechanism', 'M-6', {
        name: 'Community protection committees',
        level: 'tactical',
        chair: 'Village chiefs, with a women\'s and a youth representative',
        members: 'Community representatives; Civil Affairs community liaison assistants',
        frequency: 'Monthly, and after each alert',
        purpose: R('Agree local protection plans and alert procedures; feed the Threat Matrix.'),
      }),
    ],
    'E.4': [
      'MINUSAR does not negotiate with the FLK. The Senior POC Forum decided on 14 October 2026 that Child Protection may engage FLK intermediaries on the release of children, and Civil Affairs may keep contact with commanders through the Kessa inter-faith council on the safety of civilians, both under the SRSG\'s authority and reported to the POC Working Group. Contacts with the Haddan and Lirwe militias go through community leaders.',
    ],
    'E.5': [
      'MINUSAR sits in the Protection Cluster at national and Kessa level, and the SRSG in the HCT. Roles are agreed: UNHCR leads site protection in Wendu; UNICEF leads reintegration; the mission provides physical protection and monitoring. Humanitarian partners keep their distance from military operations: the mission never uses humanitarian convoys for escorts of its own, and shares operation plans through OCHA\'s civil-military coordination only.',
      B('mechanism', 'M-7', {
        name: 'Kessa Protection Cluster',
        level: 'operational',
        chair: 'UNHCR (co-lead: an international NGO)',
        members: 'UN agencies, NGOs, MINUSAR POC officer and Human Rights',
        frequency: 'Every two weeks',
        purpose: R('Shares protection analysis, refers cases, coordinates the response to displacement.'),
      }),
    ],
    'F.1': [
      'Information follows the mission\'s Information Management SOP for POC (2025): incidents go to the JOC within 12 hours, Human Rights verifies, JMAC analyses and maps trends monthly, and the POC Unit consolidates the quarterly POC report. The integrated incident database is being rolled out to Sector North ({{ap:A-6}}).',
    ],
    'F.1.1': [
      'Names of victims, survivors and witnesses are shared only with their informed consent and only with those who need them. Human Rights and Child Protection keep case files on their own restricted systems; the Threat Matrix carries no names. Sexual violence cases follow the CRSV information-sharing protocol.',
    ],
    'F.1.2': [
      UL(
        'Incidents affecting civilians, by type, place and alleged perpetrator.',
        'Civilians killed, wounded, raped or abducted; children recruited or released.',
        'New displacement and returns (with UNHCR).',
        'Harm to civilians involving MINUSAR personnel.',
        'Explosive hazard incidents on MSR 4.',
        'Alerts received and time to response.',
      ),
    ],
    'F.2.1': [
      'The community alert network: HF radios and mobile phones in villages without coverage, a free hotline at the Karsoma JOC, and community liaison assistants at each team site. The PNA and prefects are connected to the JOC. Alerts are acknowledged within the hour; callers are never named in reports.',
    ],
    'F.2.2': [
      'The Head of Office Karsoma may order a patrol or QRF deployment at once; the Sector Commander informs the Force HQ and the JOC. Decisions with political consequences (operations with or against parties, relocation of civilians to UN bases) go to the SRSG through the Crisis Management Team, which consults the Government and the Humanitarian Coordinator.',
    ],
    'F.2.3': [
      UL(
        'Hotline and HF radio network; alerts logged in the JOC database.',
        'Community liaison assistants at Karsoma, Wendu and Tirongo (six in all).',
        'Joint protection teams of Civil Affairs, Human Rights and Child Protection, deployable within 48 hours.',
        'QRF platoon in Karsoma; surge of one company from Sector West on the Force Commander\'s order.',
      ),
    ],
    'F.3': [
      'The Resources & Capabilities Matrix sets the mission\'s means against each objective. In short: the Force can protect Sarakai by day but not by night (no night-flying helicopter, no night-vision equipment for the TOB company); the mission has no explosive ordnance disposal capacity in Sector North; the Civil Affairs team cannot cover the Doro corridor without a Haddan-speaking assistant. One contingent\'s national caveat excludes night patrols beyond 10 km of its base; the Force Commander has moved that company to Karsoma and the TOB is held by another.',
      'Priorities when assets run short: protection of civilians under imminent threat first, then the security of UN personnel, then other tasks. Threats beyond the mission\'s means — the election-related violence in the capital, the FLK\'s finances — are left to the Government and to other UN entities, and said so to the communities.',
    ],
    'F.4': [
      'MINUSAR says plainly what it can and cannot do: it cannot be in every village at night, and it does not fight the FLK for the Government. Radio MINUSAR and community meetings explain the alert network, the TOB and the transhumance arrangements in Haddan and Lirwe, with separate sessions for women. Messages on Wendu are aligned with the HCT through the Humanitarian Coordinator.',
    ],
    'F.5': [
      'The POC Unit monitors progress against the benchmarks in A.1.1 and A.2.2 each quarter and reports to the Senior POC Forum.',
    ],
    'F.5.1': [
      UL(
        'After-action review within 30 days of every attack with civilian deaths (the 3 October attack on Bendiko reviewed on 28 October).',
        'Quarterly review of the alert network and of the firewood patrols, with the communities.',
        'Perception survey in Sarakai and Wendu every six months.',
      ),
    ],
    'F.5.2': [
      'POC inputs to the Secretary-General\'s reports (POC Unit, with Human Rights); monthly POC report to UNHQ; weekly POC update to senior leadership from the JOC; Human Rights public reports every six months.',
    ],
    'F.5.3': [
      'An evaluation of the night posture in Sarakai in June 2027, with the communities, the Government and humanitarian partners; lessons learned shared with UNHQ.',
    ],
    'F.6': [
      'Induction POC training for every new contingent and civilian staff member; a mission-wide POC tabletop exercise twice a year (February and August), for civilian, military and police staff together, with UNHCR, UNICEF and OCHA invited. Training of FAAR 14th Brigade officers on IHL, human rights and child protection is part of {{str:OBJ-3}}.',
    ],
    G: [
      B('consultation', 'C-1', {
        party: 'host-government',
        date: '2026-10-20',
        participants: 'Ministries of Interior, Defence, Justice and Social Affairs; Governor of Kessa; FAAR Chief of Staff; PNA Director-General',
        method: 'Workshop in Port-Lenne, then written comments on the draft',
        topics: 'Threat assessment (B), response model (C), roles of the state (E.2)',
        outcome: R(
          'The Government accepted the threat assessment but asked that {{str:TS-3}} name "elements" of the brigade rather than the brigade; done. It agreed to the Joint POC Committee (M-4) and to an HRDDP mitigation plan, and asked for support to the PNA post at Sarakai-Centre (added to {{str:OBJ-6}}).',
        ),
      }),
      B('consultation', 'C-2', {
        party: 'non-state-armed-groups',
        date: '2026-10-14',
        participants: 'Senior POC Forum (decision); Kessa inter-faith council',
        method: 'No direct consultation; decision of the Senior POC Forum, then indirect contact',
        topics: 'Whether and how to engage the FLK (E.4)',
        outcome: R(
          'The Senior POC Forum decided not to consult armed groups on the strategy itself. Through the Kessa inter-faith council, the FLK\'s stated position on the release of children was sought; it said it would "consider" releasing children under 15. This shaped {{str:OBJ-5}} and section E.4.',
        ),
      }),
      B('consultation', 'C-3', {
        party: 'local-population',
        date: '2026-10-09',
        participants: 'Women\'s committee and block leaders of Wendu; chiefs, women and youth of 6 Sarakai villages; Haddan and Lirwe religious leaders',
        method: 'Community dialogues (separate sessions for women and youth), held by Civil Affairs and Human Rights',
        topics: 'Threats and self-protection (B.2), alert network, transhumance',
        outcome: R(
          'Communities asked for night presence in the northern villages rather than more day patrols (reflected in {{str:OBJ-1}}), for a hotline free of charge, and for women to set the firewood patrol routes. Haddan leaders asked for water points on the corridor; added to the transhumance activities.',
        ),
      }),
      B('consultation', 'C-4', {
        party: 'unhq',
        date: '2026-08-25',
        participants: 'Integrated Operational Team, DPO POC team, Office of Military Affairs; later the IMTF and the Office of Legal Affairs',
        method: 'Video conference on the parameters before drafting; written comments on the draft (5 November)',
        topics: 'Scope, priorities, HRDDP, engagement with armed groups',
        outcome: R('UNHQ endorsed the focus on Kessa and asked that election-related threats be kept under review ({{str:TS-5}}). OLA confirmed the wording of E.4 on contacts with the FLK. Comments of 5 November incorporated.'),
      }),
      B('consultation', 'C-5', {
        party: 'in-mission',
        date: '2026-09-29',
        participants: 'All components through the POC Working Group; Force and Police planners; JOC, JMAC; Chief of Staff; Sector North Commander and Head of Office Karsoma; UNCT through the RC/HC office',
        method: 'Three working group sessions and a senior leadership retreat',
        topics: 'All sections',
        outcome: R('Objectives and roles agreed; the Force committed to the night posture subject to a night-capable helicopter (now a red gap in the Resources & Capabilities Matrix). The UNCT agreed to co-own {{str:OBJ-5}} and {{str:OBJ-6}} under the ISF.'),
      }),
      B('consultation', 'C-6', {
        party: 'protection-actors',
        date: '2026-10-06',
        participants: 'Protection Cluster (national and Kessa), GBV and Child Protection sub-clusters, UNHCR, UNICEF, OCHA, four NGOs, two women\'s organizations and a youth network from Karsoma',
        method: 'Meeting of the Kessa Protection Cluster; written comments',
        topics: 'Threat assessment, Wendu, returns, distinction between humanitarian and military action',
        outcome: R('Partners asked that returns be voluntary and conditioned on a joint assessment (now in {{str:OBJ-6}}), and that the mission never use humanitarian convoys for its own escorts (E.5). Women\'s organizations asked for a Women\'s Protection Adviser in Kessa; the post was moved from Port-Lenne to Karsoma in November.'),
      }),
      B('consultation', 'C-7', {
        party: 'security-council-tpccs',
        date: '2026-10-27',
        participants: 'Troop- and police-contributing countries of Sector North, through UNHQ; Security Council experts (informal briefing)',
        method: 'Briefing by UNHQ with the Force Commander by video link',
        topics: 'Night posture, use of force, national caveats',
        outcome: R('Contributing countries agreed to the night posture; one confirmed its national caveat on night patrols (see F.3), which led to the redeployment of its company to Karsoma. No objection from Council experts.'),
      }),
    ],
    H: [
      B('dissemination', 'DIS-1', {
        audience: 'mission-components',
        recipients: 'Heads of all components and field offices',
        form: 'full',
        notes: R('Sent by the Chief of Staff within a week of endorsement, also to the Force and Police Commanders and the sector commanders, with a one-page note of what each component must do; posted on the mission intranet. Sector North receives it with its revised operational order.'),
      }),
      B('dissemination', 'DIS-2', {
        audience: 'protection-cluster',
        recipients: 'Protection Cluster coordinators, national and Kessa',
        form: 'full',
        notes: R('For the cluster and its GBV and Child Protection sub-clusters.'),
      }),
      B('dissemination', 'DIS-3', {
        audience: 'other-partners',
        recipients: 'HCT members outside the UNCT; NGOs of the Kessa Protection Cluster',
        form: 'summary',
        notes: R('Sections B.1 and E.4 name the armed groups and the mission\'s contacts with them; a summary without them protects sources and keeps humanitarian partners clear of that engagement. Agreed by the Senior POC Forum on 18 November 2026.'),
      }),
      B('dissemination', 'DIS-4', {
        audience: 'other-partners',
        recipients: 'The Government, through the Joint POC Committee',
        form: 'summary',
        notes: R('The full text assesses elements of the FAAR as a source of threat and sets out contacts with the FLK. The SRSG will present the objectives, the response and the role of the state at the next Joint POC Committee, and leave a summary.'),
      }),
    ],
  },
};
