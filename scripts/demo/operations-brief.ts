/**
 * The demo SRSG Offensive Operations Brief: an operation against the FLK base in the Koumbi hills, November 2026.
 * It is in review and not yet decided: the decision is the SRSG's sign-off (after the Force Commander's), so the
 * brief itself says nothing in II.e and the action brief is written as what follows if the SRSG approves.
 */
import { B, type DocInput, ref, R, UL } from './dsl.js';

export const operationsBrief: DocInput = {
  key: 'ob',
  type: 'operations-brief',
  title: 'Offensive Operations Brief — Operation KOUMBI SHIELD',
  status: 'in-review',
  created: '2026-11-13',
  fields: {
    classification: 'strictly-confidential',
    draftedBy: 'Chief U5 (Plans), Force HQ',
    consultedWith: 'JOC, JMAC, POC Unit, Human Rights, Child Protection, Political Affairs, Legal Adviser, Head of Office Karsoma, Sector North Commander',
    briefDate: '2026-11-18',
  },
  sections: {
    'I.a': [
      B('target', 'TGT-1', {
        what: 'Dislodge the FLK Koumbi group from its base in the Koumbi hills and deny it the approaches to the northern Sarakai villages',
        why: R(
          'The Koumbi group has carried out three night raids on the northern Sarakai villages since 3 October (19 civilians killed) and is assessed by JMAC as preparing another before mid-December. It also holds abducted children and lays IEDs on MSR 4. Deterrence by presence has not stopped the raids because the mission cannot reach the villages at night.',
        ),
        where: 'Koumbi hills, 8–15 km north-east of Sarakai-Centre, Kessa Province: the FLK camp at Koumbi-Haut and its two outposts on the Gada track',
        who: R(
          'About 250 FLK fighters under the Koumbi group commander, with small arms, machine guns and RPGs. About 1,200 civilians live in the hamlets of Koumbi-Bas, Gada-Haut and Nyeri, among them fighters\' families and people held by the FLK, including an estimated 30–40 children.',
        ),
        when: 'when-ready',
        timing: 'Window 28 November – 12 December 2026, before the FLK disperses for the gold season and before the herds reach the Doro corridor',
        threats: [ref('tm', 'T-1'), ref('tm', 'T-3'), ref('tm', 'T-5')],
      }),
    ],
    'I.b': [
      'The mandate authorizes MINUSAR to use all necessary means to protect civilians under threat of physical violence, within its capabilities and areas of deployment, including through pre-emptive action. The Koumbi group poses a direct and continuing threat of physical violence to the Sarakai villages.',
      UL(
        'Mission ROE: use of force, up to and including deadly force, to protect civilians under imminent threat of physical violence; Force Commander\'s POC directive.',
        'International humanitarian law, where MINUSAR becomes a party to the hostilities during the operation: distinction, proportionality and precautions in attack.',
        'Human Rights Due Diligence Policy for any support to the FAAR (risk assessment of the 14th Brigade under update, {{ap:A-1}} of the Action Plan).',
        'Host state consent: the Minister of Defence confirmed on 14 November 2026 the Government\'s support for MINUSAR action against the FLK in the Koumbi hills.',
      ),
    ],
    'I.c.i': [
      B('impact', 'IMP-1', {
        pros: R('Shows the Government and the Sarakai communities that the mission acts on its mandate; strengthens the SRSG\'s hand with the Ministry of Defence on the conduct of the FAAR.'),
        cons: R('The FLK will present the mission as a party to the conflict, which may close the inter-faith council channel on the release of children. Opposition politicians may accuse the mission of fighting the Government\'s war before the 2027 elections.'),
      }),
    ],
    'I.c.ii': [
      B('impact', 'IMP-2', {
        pros: R('Farmers in the northern Sarakai villages could harvest and sell before the dry season; MSR 4 safer for the Tirongo gold trade.'),
        cons: R('Temporary closure of the Gada track and of the Tirongo–Koumbi route; loss of income for families in the hamlets; possible FLK retaliation against traders on MSR 4.'),
      }),
    ],
    'I.c.iii': [
      B('impact', 'IMP-3', {
        pros: R('Removes the main source of night raids on the Sarakai villages ({{tm:T-1}}); chance to separate children from the group and hand them over ({{tm:T-3}}); fewer IEDs on MSR 4 ({{tm:T-5}}).'),
        cons: R('Risk to the 1,200 civilians in the hamlets during the operation and of displacement toward Sarakai-Centre ({{tm:T-8}}); FLK reprisals on villages outside the area of operations; risk of FAAR abuses against suspected collaborators afterwards ({{tm:T-6}}).'),
      }),
    ],
    'I.c.iv': [
      B('impact', 'IMP-4', {
        pros: R('Degrades the strongest FLK group; frees the Sector North reserve from static protection in Sarakai for the transhumance season.'),
        cons: R('Risk of casualties among peacekeepers; the FLK may disperse into smaller groups that are harder to deter; the QRF and the helicopters are committed for up to ten days.'),
      }),
    ],
    'II.a': [
      'The Force Commander assesses that the Koumbi group will attack again within weeks and that the current posture cannot stop night raids. The group is vulnerable now: concentrated in the Koumbi-Haut camp, short of ammunition after October, and dependent on the Gada track for supplies.',
      'Intent: with a MINUSAR-led operation, clear the Koumbi-Haut camp and the Gada track outposts, hold the area for 72 hours, and establish a company operating base at Gada to deny the FLK the approaches to the Sarakai villages through the dry season — while keeping civilians in the hamlets out of harm and ensuring that children separated from the group are handed over to child protection actors.',
    ],
    'II.b': [
      B('option', 'OPT-1', {
        name: 'Hold the current posture (no offensive operation)',
        outline: R('Keep the TOB at Sarakai-Centre and night patrols to the northern villages; press for a night-capable helicopter; rely on the alert network and on deterrence by presence.'),
        pros: R('No risk of harm to civilians from MINUSAR fire; keeps the inter-faith channel to the FLK open; no commitment of the QRF.'),
        cons: R('Does not address the cause of the raids; JMAC expects at least one more attack before mid-December; inaction will be seen by the communities as abandonment.'),
        collateralDamage: R('None from MINUSAR action. Continued FLK raids on the Sarakai villages are expected: on 2026 figures, 5–10 civilians killed per raid.'),
        mitigation: R('Increase night patrols to every night, evacuate people at highest risk to Sarakai-Centre on alerts, and accelerate the alert network ({{ap:A-8}}).'),
        threats: [ref('tm', 'T-1')],
      }),
      B('option', 'OPT-2', {
        name: 'MINUSAR-led operation to clear the Koumbi hills, FAAR holding the outer cordon',
        outline: R(
          'Two infantry companies with the QRF and helicopter support clear the Koumbi-Haut camp and the Gada outposts; FAAR 14th Brigade (1st Battalion only) holds the outer cordon on the Tirongo track. MINUSAR holds the area for 72 hours and sets up a company operating base at Gada. Human Rights, Child Protection and Civil Affairs officers accompany the companies.',
        ),
        pros: R('Under MINUSAR command, so civilian harm mitigation and the handover of children are controlled by the mission; permanent presence at Gada afterwards; FAAR role limited to a unit without recorded violations.'),
        cons: R('Commits most of the Sector North reserve for ten days; risk of peacekeeper casualties; the FLK may disperse and attack elsewhere.'),
        collateralDamage: R('Civilians in Koumbi-Bas and Gada-Haut could be caught in fighting; houses near the camp could be damaged; people fleeing toward Sarakai-Centre (up to 1,200); possible reprisals on villages outside the area.'),
        mitigation: R(
          'Advance warning to the hamlets by radio and through the inter-faith council 24 hours before; a safe route to Sarakai-Centre, held by UNPOL; no indirect fire; helicopters for casualty evacuation of civilians; OCHA notified for humanitarian assistance; patrols in the southern Sarakai villages during and after the operation.',
        ),
        threats: [ref('tm', 'T-1'), ref('tm', 'T-3'), ref('tm', 'T-8')],
      }),
      B('option', 'OPT-3', {
        name: 'Support a FAAR-led operation in the Koumbi hills',
        outline: R('The FAAR 14th Brigade clears the camp with two battalions; MINUSAR provides planning support, fuel, casualty evacuation and a cordon on the Sarakai side.'),
        pros: R('Fewer MINUSAR troops committed; the state takes the lead, in line with its primary responsibility.'),
        cons: R('The 3rd Battalion would take part; the HRDDP risk assessment is not complete; the mission could not control conduct toward civilians or detainees and would share the blame for abuses.'),
        collateralDamage: R('High: record of indiscriminate fire and burning of houses in FAAR operations, and of killings of suspected collaborators ({{tm:T-6}}); children risk being detained rather than handed over.'),
        mitigation: R('Support only under HRDDP mitigation measures (exclusion of the 3rd Battalion, Human Rights monitors, handover of children within 72 hours), which the FAAR has not yet accepted.'),
        threats: [ref('tm', 'T-1'), ref('tm', 'T-6'), ref('tm', 'T-8')],
      }),
    ],
    'II.c': [
      B('recommendation', 'REC-1', {
        option: [ref('ob', 'OPT-2')],
        rationale: R(
          'OPT-2 is the only option that removes the threat to the Sarakai villages while keeping control of the conduct toward civilians and children. OPT-1 leaves the villages exposed; OPT-3 cannot be supported until the HRDDP mitigation measures are accepted.',
        ),
      }),
    ],
    'II.d': [
      B('consultation', 'CON-1', {
        party: 'unhq',
        date: '2026-11-17',
        participants: 'Office of Military Affairs, Integrated Operational Team, DPO POC team, Office of Legal Affairs',
        outcome: R('UNHQ supports OPT-2, asks that the FAAR cordon be limited to the 1st Battalion and written into the HRDDP mitigation measures, and that the TCCs of the two companies be consulted on the rules of engagement (done on 17 November; no caveat raised).'),
      }),
      B('consultation', 'CON-2', {
        party: 'national-regional-partners',
        date: '2026-11-18',
        participants: 'Minister of Defence; FAAR Chief of Staff; commander of the 14th Brigade; Governor of Kessa; liaison office of the regional organization in Port-Lenne',
        outcome: R('The Government supports the operation and accepts that only the 1st Battalion takes part. It agreed in principle to hand over children to child protection actors, but has not signed the protocol ({{ap:A-3}}). The regional liaison office raised no objection and asked to be briefed with the diplomatic community after the first phase.'),
      }),
    ],
    'III.a.i': [
      UL(
        'If the SRSG approves OPT-2: issue the operation order within four days, with its civilian harm mitigation measures and any conditions the SRSG sets.',
        'Sector North: two companies and the QRF ready by 27 November; set up the Gada company operating base on completion.',
        'Force liaison officers coordinate the FAAR 1st Battalion cordon and confirm the 3rd Battalion stays in Karsoma.',
      ),
    ],
    'III.a.ii': [
      UL(
        'Human Rights: two monitors with each company; monitoring of detention after the operation.',
        'Child Protection: receive separated children at Sarakai-Centre and hand them over to UNICEF partners within 72 hours.',
        'Civil Affairs: inform the Sarakai and hamlet leaders through the inter-faith council; run the safe route with UNPOL.',
        'POC Unit: update the Threat Matrix ({{tm:T-1}}, {{tm:T-8}}) and lead the after-action review within 30 days.',
      ),
    ],
    'III.a.iii': [
      'Assign two utility helicopters to Sector North from 27 November to 12 December, one at readiness for casualty evacuation; engineering support and field defence stores for the Gada operating base; fuel and rations for ten days.',
    ],
    'III.a.iv': [
      'Head of Office Karsoma: coordinate with the Governor and the humanitarian partners in Kessa; activate the sector crisis cell; prepare for up to 1,200 displaced people at Sarakai-Centre with UNHCR and OCHA. Heads of Office in the other sectors: watch for FLK movement out of Kessa.',
    ],
    'III.b': [
      B('communication', 'COM-1', {
        what: 'Notification of the operation and the safe route, without operational detail',
        when: 'D-1, 1800',
        toWhom: 'Humanitarian partners in Kessa (through OCHA)',
        byWhom: 'Head of Office, Karsoma',
      }),
      B('communication', 'COM-2', {
        what: 'Warning to the hamlets to keep away from the camp and use the safe route to Sarakai-Centre',
        when: 'D-1, from 1800',
        toWhom: 'Residents of Koumbi-Bas, Gada-Haut and Nyeri',
        byWhom: 'Civil Affairs, through the inter-faith council and Radio MINUSAR Karsoma',
      }),
      B('communication', 'COM-3', {
        what: 'Briefing on the operation and its conditions',
        when: 'D-day, on completion of the first phase',
        toWhom: 'Diplomatic community and TCCs in Port-Lenne',
        byWhom: 'SRSG',
      }),
      B('communication', 'COM-4', {
        what: 'Press release on the operation and its purpose (protection of the Sarakai villages)',
        when: 'D+1',
        toWhom: 'Media and the public',
        byWhom: 'Spokesperson, Public Information',
      }),
    ],
    'III.c': [
      B('timeline-step', 'TL-1', { when: 'D-5', step: 'Operation order issued; planning limited to Force HQ, Sector North, JOC and the SRSG\'s office', stepType: 'action', responsible: 'Force HQ (U3/U5)' }),
      B('timeline-step', 'TL-2', { when: 'D-3', step: 'FAAR 1st Battalion briefed on the cordon; written commitment on the handover of children received', stepType: 'coordination', responsible: 'Force liaison officers; Child Protection' }),
      B('timeline-step', 'TL-3', { when: 'D-1, 1800', step: 'Humanitarian notification and warning to the hamlets (COM-1, COM-2)', stepType: 'information-release', responsible: 'Head of Office Karsoma; Civil Affairs' }),
      B('timeline-step', 'TL-4', { when: 'D-day, 0430', step: 'Companies move from Sarakai-Centre; safe route opened', stepType: 'action', responsible: 'Sector North Commander; UNPOL' }),
      B('timeline-step', 'TL-5', { when: 'D-day, end of phase 1', step: 'SRSG briefs diplomats and TCCs (COM-3)', stepType: 'information-release', responsible: 'SRSG' }),
      B('timeline-step', 'TL-6', { when: 'D+1', step: 'Press release (COM-4)', stepType: 'information-release', responsible: 'Spokesperson' }),
      B('timeline-step', 'TL-7', { when: 'D+3', step: 'Handover of the area to the Gada company operating base; daily reports to the SRSG end', stepType: 'action', responsible: 'Sector North Commander' }),
    ],
  },
};
