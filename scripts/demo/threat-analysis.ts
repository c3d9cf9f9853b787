/**
 * The demo Analysis of Threats and Perpetrators of MINUSAR (Annex B I), as updated on 15 November 2026: one card per
 * perpetrator named in the two sectors' threat matrices, which link their threats' perpetrators here. The Kelo-Nord
 * residents and police of Sector South's T-3 have no card yet (the overview says why), so that threat keeps its
 * perpetrator as plain text, as a mission without an analysis would.
 */
import { B, type DocInput, R, UL } from './dsl.js';

export const threatAnalysis: DocInput = {
  key: 'ta',
  type: 'threat-analysis',
  title: 'MINUSAR Analysis of Threats and Perpetrators',
  status: 'draft',
  created: '2026-03-16',
  fields: {
    classification: 'confidential',
    coverage: 'MINUSAR area of operations: Sector North (Kessa Province) and Sector South (Lenne Province)',
    assessedOn: '2026-11-15',
    preparedBy: 'JMAC, with the POC Unit, Human Rights and Child Protection',
  },
  sections: {
    '1': [
      'Violence against civilians in Kessa is driven by the FLK\'s campaign against villages it accuses of informing for the army, by the seasonal clash of Haddan herders and Lirwe farmers on the Doro corridor, and by abuses of the army\'s 14th Brigade against suspected FLK supporters. In Lenne, the risk is political and urban: mobilised youth around the 2027 elections, and crowd killings in the Bassan market.',
      UL(
        '**Since October:** the FLK has moved to night raids on the northern Sarakai villages ({{tm:T-1}}); the Haddan herds arrived on the Doro corridor three weeks early ({{tm:T-4}}).',
        '**Not profiled yet:** the residents of Kelo-Nord who burnt two shelters in October, and the police officers present at the evictions ({{tms:T-3}}). Human Rights is documenting both; a card will follow if the attacks recur.',
      ),
    ],
    '2': [
      B('perpetrator', 'P-1', {
        name: 'Kessa Liberation Front (FLK), Koumbi group',
        actorType: 'armed-group',
        profile: R('The strongest FLK group in Kessa, about 250 fighters under a commander known as "Colonel" Dabo, recruited among young Lirwe men from the Koumbi hills and, by force, among boys working in the Tirongo mines. It presents itself as defending Kessa against the capital; most villagers see it as a predator.'),
        violencePattern: 'strategic',
        motivation: R('Punishes villages it accuses of informing for the FAAR, to cut the army off from local information; takes grain, cattle and medicines to feed its fighters; recruits children to fill its ranks. Its raids target whole villages rather than individuals.'),
        capabilities: R('Small arms, RPGs and a few machine guns; makes IEDs from mining explosives. Finances itself by taxing the Tirongo gold mines. Commands by runner and satellite phone; moves on foot at night in groups of 30–60.'),
        presence: R('Base area in the Koumbi hills, 8–15 km north-east of Sarakai-Centre; checkpoints on the Tirongo–Koumbi track. Disperses to the Tirongo mines from mid-December for the gold season, and regroups in March.'),
        relations: R('Buys arms from traders across the northern border; some commanders share ransom with the bandits of MSR 4. Keeps a dialogue with the ICRC and, through the Kessa inter-faith council, with Civil Affairs.'),
        tactics: UL(
          'Night raids on villages out of sight of the TOB: houses and grain stores burnt, men killed, cattle driven off.',
          'Abduction of boys in the mines and of girls on the Tirongo track; sexual violence against women collecting firewood near Wendu.',
          'IEDs on MSR 4 between km 40 and 95, laid after army convoys pass.',
        ),
        history: R('Three night attacks on the northern Sarakai villages since 3 October 2026 (19 civilians killed); 23 cases of child recruitment verified in 2026; two civilian vehicles struck by IEDs on MSR 4 (5 killed). Raids on the Bendiko health post twice this year.'),
      }),
      B('perpetrator', 'P-2', {
        name: 'Haddan herder militias',
        actorType: 'civilians',
        profile: R('Armed young men who escort the Haddan herds on their seasonal move south, about 15–20 per herd, answerable to the herd owners and clan elders rather than to any single leader.'),
        violencePattern: 'opportunistic',
        motivation: R('Protect the herds and secure passage and water; retaliate collectively for cattle killed or stolen. Violence follows incidents in the fields more than any plan.'),
        capabilities: R('Assault rifles and hunting rifles; move fast on foot with the herds and call in other escorts by mobile phone. No command structure beyond the clan.'),
        presence: R('Doro corridor from December to April: the upper corridor first, then the crossings at Mbali and Lirwe-Kato.'),
        relations: R('Herd owners in Port-Lenne, some of them local politicians, pay and arm the escorts. Clan elders can restrain them, and did so in the 2025 mediation.'),
        tactics: R('Herds driven through unharvested fields; reprisal raids on the nearest Lirwe village after an incident, often at dawn, with houses burnt.'),
        history: R('The clashes at Mbali last season killed 26 people on both sides and displaced about 4,000. None has been prosecuted.'),
      }),
      B('perpetrator', 'P-3', {
        name: 'Lirwe village self-defence groups',
        actorType: 'civilians',
        profile: R('Vigilance committees of Lirwe farming villages, formed after the 2024 raids; in 9 of the 14 Sarakai villages and along the Doro corridor. Mostly young farmers, with hunting rifles.'),
        violencePattern: 'opportunistic',
        motivation: R('Defend fields and villages against herds and raiders; take revenge on Haddan families for losses, whether or not they were involved.'),
        capabilities: R('Hunting rifles, machetes, a few assault rifles taken from the FLK. Can gather 100 men within hours by drum and phone.'),
        presence: R('Their own villages; on the Doro corridor, Lirwe-Kato and Mbali.'),
        relations: R('Village chiefs and the Lirwe association in Karsoma; some members have relatives in the FLK, which the army holds against the whole community.'),
        tactics: R('Ambushes of herders and their children at water points; killing of cattle as a warning.'),
        history: R('Killed at least eight Haddan herders, two of them children, in the clashes at Mbali last season.'),
      }),
      B('perpetrator', 'P-4', {
        name: 'FAAR 14th Brigade (3rd Battalion in particular)',
        actorType: 'state-forces',
        profile: R('The army brigade responsible for Kessa, about 2,000 soldiers; the 3rd Battalion, based in Karsoma, carries out most arrests. Poorly paid and often unpaid for months.'),
        violencePattern: 'strategic',
        motivation: R('Extract information on the FLK and deter support for it; some soldiers extort money from families for the release of detainees.'),
        capabilities: R('Infantry battalions with trucks and some armoured vehicles; its own detention cells in Karsoma. Weak control of the battalion commanders by the brigade staff.'),
        presence: R('Brigade base and detention cells in Karsoma; one company at Sarakai-Centre; posts along MSR 4. Searches villages after FLK attacks.'),
        relations: R('Answers to the Ministry of Defence; the brigade commander is close to the provincial governor. Receives MINUSAR support under the HRDDP, with mitigation measures.'),
        tactics: R('Cordon-and-search of villages after FLK attacks; arrest of men and older boys; beatings and torture in detention; detainees held for weeks without charge.'),
        history: R('Human Rights documented 41 cases of arbitrary detention and 9 deaths in custody or after arrest between January and October 2026; two investigations opened by the Kessa prosecutor, none brought to trial.'),
      }),
      B('perpetrator', 'P-5', {
        name: 'Armed bandits of MSR 4',
        actorType: 'criminals',
        profile: R('Two or three gangs of 10–15 men each, former miners and deserters, operating between Sarakai junction and Tirongo.'),
        violencePattern: 'opportunistic',
        motivation: R('Money: ransom and the gold carried by traders. Violence is used to force payment and to deter resistance.'),
        capabilities: R('Assault rifles and motorbikes; informers at the Tirongo market who report when traders leave.'),
        presence: R('MSR 4, km 60–110, and the Tirongo market road; firewood areas west of Wendu.'),
        relations: R('Some share ransom with FLK commanders in exchange for passage; buyers of stolen gold in Tirongo.'),
        tactics: R('Roadblocks on bends of MSR 4 on market days; kidnapping of traders and drivers; rape of women met on the roads and firewood routes.'),
        history: R('Eight kidnappings in 2026, two hostages killed. No kidnapping since the escorted convoys started on 2 November.'),
      }),
      B('perpetrator', 'P-6', {
        name: 'Political youth groups of Port-Lenne',
        actorType: 'civilians',
        profile: R('Loose groups of unemployed young men in the Bassan and Kelo districts and the university quarter, each attached to a local politician of one camp or the other.'),
        violencePattern: 'strategic',
        motivation: R('Paid and mobilised to intimidate the other camp\'s supporters; ethnic grievances against people from Kessa are used to rally them.'),
        capabilities: R('Machetes, clubs and a few firearms; can be brought out in hundreds within a day by their patrons; no standing structure between elections.'),
        presence: R('Port-Lenne: Bassan, Kelo and the university quarter; the road to Karsoma during campaigns.'),
        relations: R('Local politicians of both camps, who pay and protect them; some PNA officers in Bassan are relatives.'),
        tactics: R('Attacks on rallies and on houses of known supporters of the other camp; roadblocks checking identity documents.'),
        history: R('Clashes after the 2022 results killed 11 people in Karsoma and displaced about 2,000 in Port-Lenne. Quiet since; JMAC watches for signs of mobilisation before the 2027 campaign.'),
      }),
      B('perpetrator', 'P-7', {
        name: 'Bassan market vigilantes',
        actorType: 'civilians',
        profile: R('A group of about 30 market traders and young men of Bassan who call themselves the market\'s "security".'),
        violencePattern: 'opportunistic',
        motivation: R('Punish theft in the market, which they believe the police will not; fear of witchcraft, used to settle personal disputes.'),
        capabilities: R('Sticks, machetes and tyres; rally crowds within minutes by whistle.'),
        presence: R('Bassan market and the bus station, Port-Lenne.'),
        relations: R('Tolerated by the market committee and by the officers of the PNA post at the bus station.'),
        tactics: R('Mob beatings and burning of people accused of theft or witchcraft, in the open market.'),
        history: R('Three people killed and five badly beaten since August 2026; no arrest.'),
      }),
    ],
    '3': [
      'Human Rights monitoring (incident reports and detention visits), Child Protection\'s verified cases under the MRM, JOC incident reports and the community alert networks of Sector North; the Protection Cluster\'s Protection Monitoring for displacement.',
      'Gaps: the mission hears of incidents on the Haddan side of the Doro corridor late, for lack of Haddan-speaking staff; nothing reliable is known of the FLK\'s arms supply.',
    ],
  },
};
