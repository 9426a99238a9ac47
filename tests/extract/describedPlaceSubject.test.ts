import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-04-18');

describe('one person described, then the place where they live or work', () => {
  const ex = one(
    'Từ đầu tháng, phường lắp thêm nhiều đèn chiếu sáng quanh công viên.',
    'Một người dân sống trên phố Lạc Trung cho biết từ khi có đèn mới, buổi tối công viên đông hẳn người tập thể dục.',
    'Một tiểu thương ở chợ Đồng Xuân nói sức mua đã giảm khoảng một phần ba so với năm ngoái.',
    'Ông Vương Đức Hải, một chủ quán ở phố Lạc Trung, cho biết doanh thu của quán đã giảm gần một nửa.',
  );

  it('the words are a statement by no one named, never by the place', () => {
    const q = quoteWith(ex, 'buổi tối công viên đông hẳn người tập thể dục');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
    expect(quoteWith(ex, 'sức mua đã giảm')?.speaker ?? null).toBeNull();
    expect(ex.quotes.some((x) => x.speaker === 'Lạc Trung' || x.speaker === 'Đồng Xuân')).toBe(false);
  });

  it('a person named before the place still speaks', () => {
    expect(quoteWith(ex, 'doanh thu của quán đã giảm')?.speaker).toBe('Vương Đức Hải');
  });
});
