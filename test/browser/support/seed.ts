/**
 * A realistic threat matrix for the browser tests (fictional places and
 * groups), complete enough that the server accepts a sign-off, and a way
 * to put it on the server as a client would.
 */
import { writeModel } from '../../../shared/ydoc/layout.js';
import type { DocModel, FieldValue } from '../../../shared/model/types.js';
import { ModelBuilder, rich } from '../../support/build-model.js';
import { connectClient, waitFor } from '../../support/test-server.js';
import { TemplateSet } from '../../../shared/template/set.js';

interface ThreatSeed {
  id: string;
  threat: string;
  location: string;
  threatType: string;
  perpetrator: string;
  populations: string;
  likelihood: number;
  impact: number;
  imminent?: boolean;
  response: string;
  responsibleComponents: string;
  tier: string;
  phase: string;
}

const THREATS: ThreatSeed[] = [
  {
    id: 'T-1',
    threat: 'Raids on villages along the northern road',
    location: 'Kiri and Mabele villages',
    threatType: 'armed-attack',
    perpetrator: 'Armed group based in the Tala hills',
    populations: 'Families in Kiri and Mabele, above all those who farm away from the village centre.',
    likelihood: 4,
    impact: 5,
    imminent: true,
    response: 'Daily patrols on the northern road; early-warning network with village leaders.',
    responsibleComponents: 'Force, Civil Affairs',
    tier: 'tier-2',
    phase: 'pre-emption',
  },
  {
    id: 'T-2',
    threat: 'Sexual violence against women collecting firewood',
    location: 'Outskirts of the Bara displacement site',
    threatType: 'sexual-violence',
    perpetrator: 'Unidentified armed men',
    populations: 'Women and girls of the Bara site who gather firewood at dawn.',
    likelihood: 4,
    impact: 4,
    response: 'Escorted firewood patrols twice a week; referral pathway with the protection cluster.',
    responsibleComponents: 'Police, Human Rights',
    tier: 'tier-2',
    phase: 'prevention',
  },
  {
    id: 'T-3',
    threat: 'Clashes between herders and farmers over grazing land',
    location: 'Lowland farms south of Kiri',
    threatType: 'intercommunal-violence',
    perpetrator: 'Herder and farmer self-defence groups',
    populations: 'Farming households along the seasonal migration route.',
    likelihood: 3,
    impact: 4,
    response: 'Dialogue meetings ahead of the migration season.',
    responsibleComponents: 'Civil Affairs',
    tier: 'tier-1',
    phase: 'prevention',
  },
  {
    id: 'T-4',
    threat: 'Explosive remnants near the market road',
    location: 'Market road, Mabele',
    threatType: 'explosive-hazards',
    perpetrator: 'Remnants of past fighting',
    populations: 'Traders and children walking to the Mabele market.',
    likelihood: 2,
    impact: 3,
    response: 'Survey and clearance requested; risk education in schools.',
    responsibleComponents: 'Mine Action',
    tier: 'tier-3',
    phase: 'prevention',
  },
];

/** The seeded threat matrix, dated `today` so its review is current. */
export function threatMatrixModel(docId: string, today: string): DocModel {
  const b = ModelBuilder.of('threat-matrix', docId)
    .meta({ title: 'Sector North threat matrix', created: today })
    .field('office', 'Sector North — Kiri field office')
    .field('reviewCadence', 'weekly')
    .field('lastReview', today)
    .field('preparedBy', 'JOC and the Sector North POC working group')
    .section('1')
    .section('2');
  for (const t of THREATS) {
    const fields: Record<string, FieldValue> = {
      threat: t.threat,
      location: t.location,
      threatType: t.threatType,
      perpetrator: t.perpetrator,
      populations: rich(t.populations),
      likelihood: t.likelihood,
      impact: t.impact,
      response: rich(t.response),
      responsibleComponents: t.responsibleComponents,
      tier: t.tier,
      phase: t.phase,
    };
    if (t.imminent) fields.imminent = true;
    b.block('2', 'threat', t.id, fields);
  }
  b.text('3', 'Shared with UNCT protection partners and the Human Rights and Civil Affairs sections; their comments are reflected above.');
  const model = b.build();
  const titles: Record<string, string> = { '1': 'Threat overview', '2': 'Threats to civilians', '3': 'Consultation' };
  for (const s of model.sections) s.title = titles[s.id];
  return model;
}

/** Writes a model into a document on the server, as a client does (short text in its own text nodes), and waits until another client sees it. */
export async function seedDocument(serverUrl: string, docId: string, token: string, model: DocModel): Promise<void> {
  const writer = connectClient(serverUrl, docId, token);
  await writer.synced();
  writeModel(writer.doc, model, null, TemplateSet.builtin().get(model.meta.type));
  const reader = connectClient(serverUrl, docId, token);
  try {
    await reader.synced();
    await waitFor(() => reader.doc.getXmlFragment('body').length === model.sections.length, `the seeded document ${docId} to reach the server`);
  } finally {
    reader.destroy();
    writer.destroy();
  }
}
