import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('news announced at a named place on a day is an occasion of speaking', () => {
  it('"công bố hôm qua (5/6) tại Hà Nội" dates the presenter\'s undated words, not the next day\'s stamp', () => {
    const ex = extractArticle([
      'Công ty Nông sản Xanh vừa mua lại một nhà máy sấy nông sản.',
      'Thông tin được công ty công bố hôm qua (5/6) tại Hà Nội.',
      'Ông Đinh Quốc Việt, Tổng giám đốc, cho biết khoản tiền này dành cho ba kho lạnh mới.',
    ], { published: '2025-06-06' });
    expect(quoteWith(ex, 'ba kho lạnh mới')?.date).toBe('2025-06-05');
  });

  it('a statement issued without a place names no gathering: the stamp stands', () => {
    const ex = extractArticle([
      'Công ty Nông sản Xanh vừa mua lại một nhà máy sấy nông sản.',
      'Thông tin được công ty công bố hôm qua (5/6) trên trang web.',
      'Ông Đinh Quốc Việt, Tổng giám đốc, cho biết khoản tiền này dành cho ba kho lạnh mới.',
    ], { published: '2025-06-06' });
    expect(quoteWith(ex, 'ba kho lạnh mới')?.date).toBe('2025-06-06');
  });
});
