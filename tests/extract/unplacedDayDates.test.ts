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
