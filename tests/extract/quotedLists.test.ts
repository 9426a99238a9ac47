import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

// Sentences written for these tests: the people and the works are invented.
const extract = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-07-03' });

describe('a list of quoted titles is no statement', () => {
  it('"…thời gian qua: “A - B”, “C” và mới nhất là “D”" gives no quotation of the titles', () => {
    const ex = extract([
      'Nghệ sĩ Trần Thu Hà cho biết bà rất vui khi được khán giả đón nhận.',
      'Nghệ sĩ Trần Thu Hà tham gia nhiều phim ra rạp thời gian qua: "Mèo đen - Đêm trăng", "Bà ngoại" và mới nhất là "Chợ phiên".',
    ]);
    expect(quoteWith(ex, 'Mèo đen')).toBeUndefined();
    expect(quoteWith(ex, 'Bà ngoại')).toBeUndefined();
    expect(quoteWith(ex, 'rất vui')?.speaker).toBe('Trần Thu Hà');
  });

  it('comments listed after a reporting verb and its colon are still speech', () => {
    const ex = extract(['Dưới bài đăng, khán giả bình luận: "Hú hồn luôn ấy", "Hát hay quá trời".']);
    expect(quoteWith(ex, 'Hú hồn luôn ấy')).toBeDefined();
    expect(quoteWith(ex, 'Hát hay quá trời')).toBeDefined();
  });

  it('two statements of a speaker joined by a comma are still hers', () => {
    const ex = extract(['Bà Trần Thu Hà nói: "Chúng tôi đã báo cáo đầy đủ", "Tôi sẽ không từ chức".']);
    expect(quoteWith(ex, 'báo cáo đầy đủ')?.speaker).toBe('Trần Thu Hà');
  });
});
