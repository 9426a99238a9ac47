import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('a congress ("đại hội") is an occasion of speaking', () => {
  it('the day of a shareholders\' meeting in the lede dates the words said there', () => {
    const ex = extractArticle([
      'Sáng 26/4, Công ty cổ phần Thép Hòa Phong tổ chức đại hội đồng cổ đông thường niên.',
      'Năm nay, công ty đặt kế hoạch doanh thu 9.000 tỷ đồng, tăng 6%.',
      'Trả lời cổ đông, bà Trần Thị Hạnh, Tổng giám đốc, cho biết: “Giá thép còn nhiều biến động nên kế hoạch được đặt thận trọng”.',
    ], { published: '2024-04-29' });
    expect(quoteWith(ex, 'kế hoạch được đặt thận trọng')?.date).toBe('2024-04-26');
  });
});
