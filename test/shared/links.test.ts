import { describe, expect, it } from 'vitest';
import { LinkIndex } from '../../shared/links/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { ModelBuilder } from '../support/build-model.js';

const templates = TemplateSet.builtin();
const link = (docId: string, blockId: string) => [{ t: 'p' as const, content: [{ t: 'link' as const, docId, blockId }] }];

describe('backlinks', () => {
  it("a link in an action's link field is a backlink of the threat it serves", () => {
    const tm = ModelBuilder.of('threat-matrix', 'tm').section('2').block('2', 'threat', 'T-1', { threat: 'Raids' }).build();
    const ap = ModelBuilder.of('action-plan', 'ap').section('3').block('3', 'action', 'A-1', { serves: link('tm', 'T-1') }).build();
    const index = LinkIndex.build([tm, ap], templates);
    expect(index.backlinks('tm', 'T-1').map((b) => b.blockId)).toEqual(['A-1']);
  });

  it('a mention of a threat inside another threat’s text is not a backlink', () => {
    const tm = ModelBuilder.of('threat-matrix', 'tm')
      .section('2')
      .block('2', 'threat', 'T-1', { threat: 'Raids' })
      .block('2', 'threat', 'T-9', { threat: 'Looting', populations: [{ t: 'p', content: [{ t: 'text', text: 'Same people as ' }, { t: 'link', docId: 'tm', blockId: 'T-1' }] }] })
      .build();
    expect(LinkIndex.build([tm], templates).backlinks('tm', 'T-1')).toEqual([]);
  });
});
