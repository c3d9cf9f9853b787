// completion(): how many required parts a document has and how many are filled, for the plugin's header.
import { expect, test } from 'vitest';
import { completion } from '../../../shared/validate/index.js';
import { ModelBuilder } from '../../support/build-model.js';
import { filled, template } from './helpers.js';

test('a fully filled document has every required part filled', () => {
  const c = completion(filled('operations-brief').build(), template('operations-brief'));
  expect(c.filled).toBe(c.required);
  expect(c.required).toBeGreaterThan(0);
});

test('emptying a required field lowers the filled count by one and keeps the required count', () => {
  const t = template('threat-matrix');
  const full = completion(filled('threat-matrix').build(), t);
  const less = completion(filled('threat-matrix').setFields('T-1', { perpetrator: undefined }).build(), t);
  expect(less).toEqual({ required: full.required, filled: full.filled - 1 });
});

test('emptying a required section lowers the filled count by one', () => {
  const t = template('threat-matrix');
  const full = completion(filled('threat-matrix').build(), t);
  expect(completion(filled('threat-matrix').clearSection('3').build(), t)).toEqual({ required: full.required, filled: full.filled - 1 });
});

test('each required consultation party counts once', () => {
  const t = template('operations-brief');
  const b = filled('operations-brief');
  const full = completion(b.build(), t);
  const unhq = b.blocks('consultation').find((x) => x.fields.party === 'unhq')!.id;
  // Removing the block also removes its required fields from the count.
  const fieldsOfConsultation = t.blockTypes.find((x) => x.type === 'consultation')!.fields.filter((f) => f.required).length;
  expect(completion(b.withoutBlocks(unhq).build(), t)).toEqual({ required: full.required - fieldsOfConsultation, filled: full.filled - fieldsOfConsultation - 1 });
});

test('a new empty document has nothing filled', () => {
  const t = template('strategy');
  const b = ModelBuilder.of('strategy');
  for (const s of t.sections) b.section(s.id);
  const c = completion(b.build(), t);
  expect(c.filled).toBe(0);
  expect(c.required).toBeGreaterThan(30);
});
