import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-03-18 is a Tuesday.
const one = extractOn('2025-03-18');

describe('English copy: "<Title> of <body>, <Name>, [had] said …" — a capitalised office, then the name between commas', () => {
  const ex = one(
    'Tea growers in the northern uplands expect a smaller harvest this spring.',
    'Deputy Minister of Industry and Trade, Luong Van Khiem, had said in January that export quotas would stay unchanged.',
    'Opening the forum on Monday, Vice Chairman of the Provincial Farmers Association, Ha Thi Nguyet, said most cooperatives had cut their prices.',
    'Director of the Northern Seed Centre, Kieu Van Hop, told reporters the new strain would be ready by autumn.',
  );

  it('the person named after the office speaks', () => {
    expect(quoteWith(ex, 'export quotas would stay unchanged')?.speaker).toBe('Luong Van Khiem');
    expect(quoteWith(ex, 'most cooperatives had cut their prices')?.speaker).toBe('Ha Thi Nguyet');
    expect(quoteWith(ex, 'the new strain would be ready by autumn')?.speaker).toBe('Kieu Van Hop');
  });

  it('the words of the body are no speaker', () => {
    expect(ex.quotes.some((q) => /Trade|Association|Centre|Development/u.test(q.speaker ?? ''))).toBe(false);
  });
});

describe('English copy: "<Name>, <a long office of nested bodies>, said …" opening a sentence', () => {
  const ex = one(
    'Two hospitals in the delta have run out of beds for burn patients.',
    'Kha Van Tuyen, Director of the Health Ministry’s Department of Emergency Care and Burn Treatment Coordination, said the ministry would send two teams of surgeons this week.',
  );

  it('the named person speaks, though the office between the commas is long', () => {
    expect(quoteWith(ex, 'would send two teams of surgeons')?.speaker).toBe('Kha Van Tuyen');
  });
});
