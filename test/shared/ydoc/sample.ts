// A small, hand-written threat matrix exercising every shape the model has.
import type { DocModel } from '../../../shared/model/types.js';

export const sampleThreatMatrix: DocModel = {
  meta: {
    id: 'tm-north',
    type: 'threat-matrix',
    templateVersion: 1,
    title: 'Threat Matrix — North Sector',
    status: 'draft',
    created: '2026-11-01',
    fields: { office: 'North Sector', reviewCadence: 'weekly', lastReview: '2026-11-20' },
  },
  sections: [
    {
      id: '1',
      title: 'Threat overview',
      content: [
        { t: 'p', content: [{ t: 'text', text: 'Attacks rose ' }, { t: 'text', text: 'sharply', marks: ['strong', 'em'] }, { t: 'text', text: ' near Kalo.' }] },
        { t: 'ul', items: [[{ t: 'text', text: 'See ' }, { t: 'link', docId: 'strategy-2026', blockId: 'OBJ-2' }], [{ t: 'text', text: 'second', marks: ['code'] }]] },
        { t: 'raw', markdown: '| a | b |\n|---|---|\n| 1 | 2 |' },
      ],
    },
    {
      id: '2',
      title: 'Threats to civilians',
      content: [
        {
          t: 'block',
          type: 'threat',
          id: 'T-1',
          fields: {
            threat: 'Raids on IDP site',
            location: 'Kalo IDP site',
            threatType: 'armed-attack',
            perpetrator: 'Armed group X',
            likelihood: 4,
            impact: 5,
            imminent: true,
            populations: [{ t: 'p', content: [{ t: 'text', text: '12,000 displaced people, mostly women and children.' }] }],
            links: [{ t: 'p', content: [{ t: 'link', docId: 'ap-2026', blockId: 'A-3' }] }],
          },
        },
      ],
    },
    { id: '3', title: 'Consultation', content: [] },
  ],
};
