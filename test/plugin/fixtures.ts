// Documents for the plugin tests: a small threat matrix and a strategy that links to it.
import type { DocModel } from '../../shared/model/types.js';
import { link, p } from '../support/build-model.js';

/** A threat matrix with two threats and an overview paragraph. */
export function threatMatrix(id = 'tm-north'): DocModel {
  return {
    meta: { id, type: 'threat-matrix', templateVersion: 1, title: 'Threat matrix — North', status: 'draft', created: '2026-11-01', fields: { office: 'North Sector', reviewCadence: 'weekly', lastReview: '2026-11-20' } },
    sections: [
      { id: '1', title: 'Threat overview', content: [p('Attacks rose near Kalo.'), p('Patrols resumed on the river road.')] },
      {
        id: '2',
        title: 'Threats to civilians',
        content: [
          { t: 'block', type: 'threat', id: 'T-1', fields: { threat: 'Raids on the IDP site', location: 'Kalo', likelihood: 4, impact: 5, populations: [p('Displaced families.')] } },
          { t: 'block', type: 'threat', id: 'T-2', fields: { threat: 'Cattle raids', location: 'Plateau', likelihood: 2, impact: 3, populations: [p('Herders.')] } },
        ],
      },
      { id: '3', title: 'Consultation', content: [p('Consulted the UNCT protection cluster.')] },
    ],
  };
}

/** An action plan whose action links to a threat of the threat matrix. */
export function actionPlan(id = 'ap-north', target = 'tm-north'): DocModel {
  return {
    meta: { id, type: 'action-plan', templateVersion: 1, title: 'Action plan — North', status: 'draft', created: '2026-11-01', fields: {} },
    sections: [
      {
        id: '1',
        title: 'Planning',
        content: [{ t: 'block', type: 'action', id: 'A-1', fields: { task: 'Night patrols around Kalo', status: 'in-progress', serves: [p(link(target, 'T-1'))] } }],
      },
    ],
  };
}
