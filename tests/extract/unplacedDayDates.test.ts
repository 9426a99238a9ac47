import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('a person heard on a day the page cannot place', () => {
  it('an undated page: "Thứ Hai tuần trước, bà X đã …" then her words are not dated by the lede', () => {
    const ex = extractArticle([
      'Thủ tướng Xylandia Tomas Brekke ngày 4/10 tuyên bố từ chức sau khi liên minh tan rã.',
      'Thứ Hai tuần trước, lãnh đạo phe đối lập Ingrid Solvang đã kêu gọi bầu cử sớm.',
      '“Người dân cần được lên tiếng”, bà Solvang nói khi đó.',
    ], { published: null });
    expect(quoteWith(ex, 'cần được lên tiếng')?.date ?? null).toBeNull();
  });

  it('a dated page: the same words take the Monday the stamp places (a Sunday stamp: the Monday of the week before)', () => {
    const ex = extractArticle([
      'Thủ tướng Xylandia Tomas Brekke ngày 4/10 tuyên bố từ chức sau khi liên minh tan rã.',
      'Thứ Hai tuần trước, lãnh đạo phe đối lập Ingrid Solvang đã kêu gọi bầu cử sớm.',
      '“Người dân cần được lên tiếng”, bà Solvang nói khi đó.',
    ], { published: '2025-10-05' });
    expect(quoteWith(ex, 'cần được lên tiếng')?.date).toBe('2025-09-22');
  });
});

describe('an undated page: a speaker whose own words say an untold time', () => {
  it('"X mới đây cho biết …" then "“…”, X viết": the next words are not dated by the story\'s latest day', () => {
    const ex = extractArticle([
      'Ngày 30/12, nghị sĩ Orla Venn nói với các phóng viên rằng kế hoạch cắt giảm thuế đã bị hoãn.',
      'Bộ trưởng Tài chính Kasimir Dahl mới đây cũng đã xác nhận trên mạng xã hội rằng kế hoạch sẽ được xem xét lại.',
      '“Không ai có thể làm tốt hơn những gì tôi đã làm với ngân sách này”, ông Dahl viết.',
    ], { published: null });
    expect(quoteWith(ex, 'kế hoạch cắt giảm thuế')?.date).toBe('--12-30');
    expect(quoteWith(ex, 'Không ai có thể làm tốt hơn')?.date ?? null).toBeNull();
  });
});
