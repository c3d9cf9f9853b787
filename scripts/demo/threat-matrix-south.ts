/**
 * The demo POC Threat Matrix of Sector South (Lenne Province, around the capital Port-Lenne), as reviewed on
 * 5 November 2026: a second sector, with other threats than Sector North, so a view across sectors has more than one
 * matrix to put together. Its first row is the policy's own example of a threat that is unlikely but catastrophic
 * (mass violence around elections, E.4.1 footnote 42).
 */
import { B, type DocInput, ref, R, UL } from './dsl.js';

export const threatMatrixSouth: DocInput = {
  key: 'tms',
  type: 'threat-matrix',
  title: 'POC Threat Matrix — Sector South',
  status: 'in-review',
  created: '2026-03-02',
  fields: {
    classification: 'confidential',
    office: 'Sector South — Port-Lenne Field Office (Lenne Province)',
    reviewCadence: 'monthly',
    lastReview: '2026-11-05',
    preparedBy: 'Sector South POC Coordination Forum, with the Port-Lenne JOC',
  },
  sections: {
    '1': [
      'Review of 5 November 2026. Sector South has no armed group of its own; the threats are political and urban. The electoral commission has not yet published the calendar of the 2027 elections. {{tms:T-1}} is unlikely this season but would be catastrophic, so it ranks with the high-risk threats and has a response planned now (POC Policy, para. 48 and footnote 42).',
      UL(
        '**Up:** {{tms:T-2}} (now imminent: three killings by crowds in the Bassan market since August, by the same vigilante group).',
        '**New:** {{tms:T-3}}, after families from Wendu settled on the northern edge of Port-Lenne.',
      ),
    ],
    '2': [
      B('threat', 'T-1', {
        threat: 'Mass violence against opposition supporters around the 2027 elections',
        location: 'Port-Lenne: the Bassan and Kelo districts, the university quarter; the road to Karsoma',
        threatType: 'killing-and-maiming',
        perpetrator: 'Political youth groups mobilised by local politicians of both camps',
        perpetratorProfile: [ref('ta', 'P-6')],
        populations: R(
          'Supporters of the opposition and families seen as aligned with them, students, and people from Kessa living in Bassan (about 40,000). In 2022, clashes after the results killed 11 people in Karsoma and displaced about 2,000 in Port-Lenne.',
        ),
        likelihood: 2,
        impact: 5,
        imminent: false,
        otherActors: R(
          'PNA public-order units in Port-Lenne (two companies). The regional organization will deploy electoral observers. UNDP supports the electoral commission; civil-society peace committees in Bassan and Kelo.',
        ),
        response: UL(
          'JMAC and Political Affairs watch for signs of mobilisation (hate speech, arms, meetings) and report them to the Senior POC Forum each month.',
          'Good offices of the SRSG with party leaders on a code of conduct before the campaign opens.',
          'Contingency plan with the PNA: an FPU on standby in Port-Lenne from the start of the campaign to the results.',
        ),
        responseStatus: 'in-progress',
        tier: 'tier-1',
        phase: 'prevention',
        responsibleComponents: 'Political Affairs, JMAC, UNPOL, Human Rights',
        resources: R('Two Political Affairs officers and one JMAC analyst in Port-Lenne; the FPU at Port-Lenne (shared with the protection of UN premises).'),
        gap: true,
        recommendations: R('The FPU cannot both guard UN premises and stand by for the PNA during the campaign. Ask Police HQ for a second FPU from the opening of the campaign until the results are accepted.'),
        links: [ref('str', 'TS-5')],
      }),
      B('threat', 'T-2', {
        threat: 'Killings by crowds of people accused of theft or witchcraft in the Bassan market',
        location: 'Bassan market and the bus station, Port-Lenne',
        threatType: 'killing-and-maiming',
        perpetrator: 'A vigilante group of market traders and young men from Bassan',
        perpetratorProfile: [ref('ta', 'P-7')],
        populations: R('Young men, street children and older women accused of theft or witchcraft; three killed and five badly beaten since August 2026.'),
        likelihood: 4,
        impact: 3,
        imminent: true,
        otherActors: R('PNA post at the bus station (six officers), which has not intervened. A local NGO shelters street children.'),
        response: UL(
          'UNPOL advisers with the PNA post: alerts to the PNA public-order unit, which has reached two incidents in time since October.',
          'Human Rights raises each killing with the Port-Lenne prosecutor; Civil Affairs works with the market committee on a complaints desk.',
        ),
        responseStatus: 'in-progress',
        tier: 'tier-2',
        phase: 'response',
        responsibleComponents: 'UNPOL, Human Rights, Civil Affairs',
        resources: R('Two UNPOL advisers at the Bassan PNA post; one Human Rights officer.'),
        gap: false,
        recommendations: R('Ask the prosecutor to bring the first case to trial; the vigilantes believe they will not be prosecuted.'),
      }),
      B('threat', 'T-3', {
        threat: 'Attacks on displaced families from Kessa settling on the northern edge of Port-Lenne',
        location: 'Informal settlement at Kelo-Nord, Port-Lenne',
        threatType: 'violence-in-displacement',
        perpetrator: 'Residents of Kelo-Nord opposed to the settlement, and some PNA officers during evictions',
        populations: R('About 600 people, mostly Lirwe women and children who left Wendu IDP site in September; two shelters burnt in October.'),
        likelihood: 2,
        impact: 3,
        imminent: false,
        otherActors: R('UNHCR leads the response for the displaced; the municipality has promised a site but named none.'),
        response: UL('Civil Affairs to bring the municipality, the Kelo-Nord chiefs and UNHCR together on a site.'),
        responseStatus: 'not-started',
        tier: 'tier-3',
        phase: 'prevention',
        responsibleComponents: 'Civil Affairs, UNPOL',
        gap: false,
      }),
    ],
    '3': [
      'Reviewed on 5 November 2026 by the Sector South POC Coordination Forum (Head of Office Port-Lenne, chair; UNPOL Sector Commander; Political Affairs; Civil Affairs; Human Rights; JOC; JMAC; UNHCR; UNDP).',
      UL('UNDP commented on {{tms:T-1}} before the meeting, UNHCR on {{tms:T-3}}.', 'Shared after approval with the Senior POC Adviser for the Senior POC Forum.'),
    ],
  },
};
