import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-02-12');

describe('"X nói" followed by a clause with its own subject and tense', () => {
  const ex = one(
    'Giá cà phê nhân tại các huyện phía bắc tỉnh tiếp tục giảm trong tuần qua.',
    'Ông Lê Minh Sơn (ngụ xã Ea Tóh) nói so với mùa trước, giá cà phê đã giảm gần 20.000 đồng/kg.',
    'Bà Hoàng Thị Lan nói nông dân trong xã sẽ phải vay thêm tiền để trả công hái.',
    'Ông Sơn nói lời cảm ơn các cán bộ khuyến nông đã giúp ông chăm vườn.',
    'Chủ tọa nhắc đây là phần nói sau cùng nhưng bị cáo vẫn nói tiếp.',
  );

  it('reads the clause after an opening adverbial as the speaker’s words', () => {
    const q = quoteWith(ex, 'giá cà phê đã giảm gần 20.000 đồng/kg');
    expect(q?.speaker).toBe('Lê Minh Sơn');
    expect(q?.kind).toBe('indirect');
  });

  it('reads "nói" + subject + "sẽ" as a statement', () => {
    expect(quoteWith(ex, 'sẽ phải vay thêm tiền')?.speaker).toBe('Hoàng Thị Lan');
  });

  it('"nói lời cảm ơn", "phần nói sau cùng" take an object or are a noun: no statement', () => {
    expect(quoteWith(ex, 'cán bộ khuyến nông')).toBeUndefined();
    expect(quoteWith(ex, 'bị cáo vẫn nói tiếp')).toBeUndefined();
  });
});
